using System.Text.Json;
using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Core.Statements;
using Dossier.Language.Aliases;
using Dossier.Language.Entities;
using Dossier.Language.PartsOfSpeech;
using Dossier.Statements;
using Dossier.TestSupport;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Builds documents from the sample reports, with the answer key's debris lines left out as the cleaner would.</summary>
internal static class SampleDocuments
{
    private static readonly Lazy<Dictionary<string, Document>> s_docs = new(Load);

    public static Document Get(string id) => s_docs.Value[id];

    public static Document FromText(string text, string id = "t")
    {
        var doc = new Document(id, text) { Paragraphs = LineParagraphSplitter.Split(text) };
        Run(doc);
        return doc;
    }

    /// <summary>Tokens and sentences only, for tests that build statements by hand and run one step over them.</summary>
    public static Document Tokenized(string text)
    {
        var doc = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        return doc;
    }

    /// <summary>As the pipeline reads a story: with parts of speech and names before the statements, which the tagger reads.</summary>
    public static Document FromTextWithNames(string text, string id = "t")
    {
        var doc = new Document(id, text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        new PartOfSpeechStage().Process(doc, default);
        new EntityStage().Process(doc, default);
        new AliasStage().Process(doc, default);
        new StatementStage().Process(doc, default);
        new QuantityStage().Process(doc, default);
        return doc;
    }

    /// <summary>The one statement of <paramref name="doc"/> whose cue ends with <paramref name="cue"/>.</summary>
    public static Statement WithCue(Document doc, string cue) =>
        Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(cue, StringComparison.Ordinal));

    /// <summary>The one statement whose cue ends with <paramref name="cue"/> and whose content holds <paramref name="words"/>.</summary>
    public static Statement WithCue(Document doc, string cue, string words) =>
        Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(cue, StringComparison.Ordinal)
            && s.Content.Slice(doc.Text).Contains(words, StringComparison.Ordinal));

    public static void Run(Document doc)
    {
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        new StatementStage().Process(doc, default);
        new QuantityStage().Process(doc, default);
    }

    private static Dictionary<string, Document> Load()
    {
        var docs = new Dictionary<string, Document>();
        foreach (var article in AnswerKey.Items("articles"))
        {
            string id = article.GetProperty("id").GetString()!;
            var debris = new HashSet<string>(AnswerKey.Strings(article, "boilerplate"));
            string text = File.ReadAllText(AnswerKey.SamplePath(id));
            var kept = new List<Paragraph>();
            foreach (var p in LineParagraphSplitter.Split(text))
            {
                if (!debris.Contains(p.Span.Slice(text)))
                {
                    kept.Add(p with { Index = kept.Count });
                }
            }
            var doc = new Document(id, text) { Paragraphs = [.. kept] };
            Run(doc);
            docs[id] = doc;
        }
        return docs;
    }

    public static IEnumerable<string> Articles(JsonElement item)
    {
        foreach (var a in item.GetProperty("articles").EnumerateArray())
        {
            yield return a.GetString()!;
        }
    }
}
