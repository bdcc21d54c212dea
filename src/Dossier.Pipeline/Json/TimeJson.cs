using System.Globalization;
using System.Text.Json;
using Dossier.Core;
using Dossier.Core.Time;

namespace Dossier.Json;

/// <summary>JSON for time expressions and publication windows, shared by <c>dates --json</c> and (for the lead to wire) <c>export</c>.</summary>
public static class TimeJson
{
    public static void WriteExpression(Utf8JsonWriter w, Document doc, TimeExpression t)
    {
        w.WriteStartObject();
        w.WriteString("text", doc.Slice(t.Span));
        w.WriteNumber("start", t.Span.Start);
        w.WriteNumber("end", t.Span.End);
        w.WriteString("type", t.Type.ToString().ToUpperInvariant());
        w.WriteString("value", t.ValueText);
        WriteValue(w, "start_value", t.Value);
        if (t.RangeEnd is { } end)
        {
            WriteValue(w, "end_value", end);
        }
        w.WriteString("tense", t.Tense.ToString().ToLowerInvariant());
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, TimeValue v)
    {
        w.WriteStartObject(name);
        w.WriteString("value", v.Value);
        w.WriteString("precision", v.Precision.ToString().ToLowerInvariant());
        w.WriteString("mod", v.Mod.Timex());
        w.WriteString("earliest", Iso(v.Earliest));
        w.WriteString("latest", Iso(v.Latest));
        w.WriteString("year_from", v.Year.ToString().ToLowerInvariant());
        w.WriteString("anchor", Iso(v.Anchor));
        w.WriteString("reason", v.Reason);
        w.WriteEndObject();
    }

    public static void WriteWindow(Utf8JsonWriter w, string name, PublicationWindow win)
    {
        w.WriteStartObject(name);
        w.WriteString("earliest", win.HasEarliest ? Iso(win.Earliest) : null);
        w.WriteString("latest", win.HasLatest ? Iso(win.Latest) : null);
        w.WriteBoolean("stated", win.Stated);
        w.WriteString("latest_yearless_mention", win.LatestYearlessMention);
        w.WriteStartArray("weekday_years");
        foreach (var y in win.WeekdayYears)
        {
            w.WriteNumberValue(y);
        }
        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var e in win.Evidence)
        {
            w.WriteStringValue(e);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
