using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Statements;
using Dossier.Storage.Sqlite;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Cli;

/// <summary>Runs the statement and quantity stages over stored articles for the commands that list them.</summary>
/// <remarks>
/// Statements are computed when asked for, not stored: the store keeps clean text and paragraphs. Statements and
/// quantities inside repeated paragraphs are left out, so a pasted paragraph is counted where it first appeared.
/// </remarks>
internal static class StatementAnalysis
{
    private static readonly TokenizerStage s_tokens = new();
    private static readonly SentenceStage s_sentences = new();
    private static readonly StatementStage s_statements = new();
    private static readonly QuantityStage s_quantities = new();

    public static IEnumerable<Document> Load(SqliteDossierStore store, string? article)
    {
        IEnumerable<string> ids = article is null ? store.Ids() : [article];
        foreach (var id in ids)
        {
            var doc = store.Load(id);
            if (doc is null)
            {
                continue;
            }
            Annotate(doc);
            yield return doc;
        }
    }

    public static void Annotate(Document doc)
    {
        s_tokens.Process(doc, default);
        s_sentences.Process(doc, default);
        s_statements.Process(doc, default);
        s_quantities.Process(doc, default);
    }

    /// <summary>True when <paramref name="span"/> lies in a paragraph that repeats an earlier one.</summary>
    public static bool InRepeat(Document doc, TextSpan span)
    {
        foreach (var p in doc.Paragraphs)
        {
            if (p.Span.Contains(span.Start))
            {
                return p.RepeatOf is not null && p.Repeat != RepeatKind.None;
            }
        }
        return false;
    }
}
