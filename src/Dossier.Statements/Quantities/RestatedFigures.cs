using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Core.Time;

namespace Dossier.Statements.Quantities;

/// <summary>Finds the figures an article tells twice in a row ("The toll rose to 38 on Sunday. Officials said 38 people
/// were now confirmed dead"): one figure restated, which a list of numbers should not count as two.</summary>
/// <remarks>
/// Only what stays honest is joined: the same interval, kind and unit, the second in the sentence right after the first,
/// no two different days that date them, and the same thing counted: the same object (not a bare "people", which two
/// different facts share: "38 people were injured … 38 people were evacuated"), or both counting the dead (a death toll,
/// "deaths", or people with "dead / killed / died" after them). Both quantities keep their own spans; the later one points
/// at the first telling. Runs per article when a list is shown, not in the stage.
/// </remarks>
public static class RestatedFigures
{
    /// <summary>For each quantity of <paramref name="doc"/> (by index), the index of the earlier quantity it restates (its
    /// first telling), or -1.</summary>
    public static int[] Find(Document doc)
    {
        var quantities = doc.Quantities;
        var restates = new int[quantities.Count];
        Array.Fill(restates, -1);
        for (int i = 1; i < quantities.Count; i++)
        {
            var q = quantities[i];
            int sentence = doc.SentencePositionAt(q.Span.Start);
            if (sentence < 1)
            {
                continue;
            }
            for (int j = i - 1; j >= 0; j--)
            {
                var told = quantities[j];
                int toldSentence = doc.SentencePositionAt(told.Span.Start);
                if (toldSentence < sentence - 1)
                {
                    break;
                }
                if (toldSentence == sentence - 1 && SameFigure(doc, told, q))
                {
                    restates[i] = restates[j] >= 0 ? restates[j] : j;
                    break;
                }
            }
        }
        return restates;
    }

    private static bool SameFigure(Document doc, Quantity a, Quantity b)
    {
        if (a.Value != b.Value || a.Low != b.Low || a.High != b.High || a.Kind != b.Kind || a.Unit != b.Unit || DatedApart(doc, a, b))
        {
            return false;
        }
        if (a.Object is { } x && b.Object is { } y && string.Equals(x, y, StringComparison.OrdinalIgnoreCase) && !IsPeopleNoun(Head(x)))
        {
            return true;
        }
        return a.Kind == QuantityKind.Count && CountsTheDead(doc, a) && CountsTheDead(doc, b);
    }

    /// <summary>Both dated, by days or months of their own that differ ("38 on Sunday … 38 on Monday" may be two tallies
    /// that agree): not joined. "now" and the like do not part them.</summary>
    private static bool DatedApart(Document doc, Quantity a, Quantity b)
    {
        if (a.Time < 0 || b.Time < 0 || a.Time >= doc.Times.Count || b.Time >= doc.Times.Count)
        {
            return false;
        }
        var (ta, tb) = (doc.Times[a.Time], doc.Times[b.Time]);
        return ta.Type == TimeType.Date && tb.Type == TimeType.Date && !ta.Value.Value.EndsWith("_REF", StringComparison.Ordinal)
            && !tb.Value.Value.EndsWith("_REF", StringComparison.Ordinal) && ta.ValueText != tb.ValueText;
    }

    /// <summary>A count of the dead: a death toll ("toll", "death toll"), "dead / deaths / fatalities", or people, victims
    /// or bodies with a word of death within six words after the count in its sentence.</summary>
    private static bool CountsTheDead(Document doc, Quantity q)
    {
        if (q.Object is not { } obj)
        {
            return false;
        }
        var head = Head(obj);
        if (head.Equals("toll", StringComparison.OrdinalIgnoreCase))
        {
            return obj.Length == 4 || obj.StartsWith("death ", StringComparison.OrdinalIgnoreCase);
        }
        if (head.Equals("dead", StringComparison.OrdinalIgnoreCase) || head.Equals("deaths", StringComparison.OrdinalIgnoreCase)
            || head.Equals("fatalities", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!IsPeopleNoun(head) && !head.Equals("bodies", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int sentence = doc.SentencePositionAt(q.Span.Start);
        int end = sentence >= 0 ? Math.Min(doc.Sentences[sentence].Span.End, doc.Text.Length) : doc.Text.Length;
        var rest = doc.Text.AsSpan(q.Span.End, Math.Max(0, end - q.Span.End));
        for (int words = 0; words < 7 && !rest.IsEmpty; words++)
        {
            rest = rest.TrimStart(' ');
            int stop = rest.IndexOfAny(' ', ',', '.');
            var word = stop < 0 ? rest : rest[..stop];
            if (word.Equals("dead", StringComparison.OrdinalIgnoreCase) || word.Equals("killed", StringComparison.OrdinalIgnoreCase)
                || word.Equals("died", StringComparison.OrdinalIgnoreCase) || word.Equals("perished", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (stop < 0 || rest[stop] != ' ')
            {
                return false;
            }
            rest = rest[stop..];
        }
        return false;
    }

    private static bool IsPeopleNoun(ReadOnlySpan<char> w) =>
        w.Equals("people", StringComparison.OrdinalIgnoreCase) || w.Equals("persons", StringComparison.OrdinalIgnoreCase)
        || w.Equals("victims", StringComparison.OrdinalIgnoreCase) || w.Equals("residents", StringComparison.OrdinalIgnoreCase)
        || w.Equals("civilians", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Head(string obj) => obj.AsSpan(obj.LastIndexOf(' ') + 1);
}
