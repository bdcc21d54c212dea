using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli;

/// <summary>Runs the statement and quantity stages over stored articles for the commands that list them.</summary>
/// <remarks>
/// Statements are computed when asked for, not stored: the store keeps clean text and paragraphs. Statements and
/// quantities inside repeated paragraphs are left out, so a pasted paragraph is counted where it first appeared.
/// </remarks>
internal static class StatementAnalysis
{
    // Statements bring in entities (to name speakers) and time (to date what was said).
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() =>
        DossierAnnotator.Create(new AnnotatorOptions { Annotations = Annotations.Statements | Annotations.Quantities }));

    public static IEnumerable<Document> Load(SqliteDossierStore store, string? article)
    {
        // The whole dossier is annotated, even for one article: an undated report takes its window, and so its statements'
        // and numbers' dates, from the others (as the export does), so both views give the same "when".
        var docs = new List<Document>();
        foreach (var id in store.Ids())
        {
            if (store.Load(id) is { } doc)
            {
                docs.Add(doc);
            }
        }
        var analysis = Dossier.Analysis.DossierAnalysis.Run(docs, s_annotator.Value);
        foreach (var doc in analysis.Documents)
        {
            if (article is null || doc.Id == article)
            {
                yield return doc;
            }
        }
    }

    /// <summary>The time expression at index <paramref name="time"/> of the document's times (what a statement or
    /// quantity is dated by), or null for -1.</summary>
    public static Core.Time.TimeExpression? When(Document doc, int time) => time >= 0 && time < doc.Times.Count ? doc.Times[time] : null;

    /// <summary>Writes <c>"when": { "text", "value" }</c>, or null when nothing dates the item.</summary>
    public static void WriteWhen(System.Text.Json.Utf8JsonWriter w, Document doc, int time)
    {
        if (When(doc, time) is not { } t)
        {
            w.WriteNull("when");
            return;
        }
        w.WriteStartObject("when");
        w.WriteString("text", doc.Slice(t.Span));
        w.WriteString("value", t.ValueText);
        w.WriteEndObject();
    }

    /// <summary>The value of the time that dates an item, for a table cell ("2025-08-12", "XXXX-WXX-2"), or "".</summary>
    public static string WhenCell(Document doc, int time) => When(doc, time)?.ValueText ?? "";

    /// <summary>True when <paramref name="span"/> lies in a paragraph that repeats an earlier one.</summary>
    public static bool InRepeat(Document doc, TextSpan span) =>
        doc.ParagraphAt(span.Start) is { } p && p.RepeatOf is not null && p.Repeat != RepeatKind.None;
}
