using Dossier.Core;
using Dossier.Language.Aliases;
using Dossier.Language.Entities;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Language.Tests.Entities;

/// <summary>Runs tokens → sentences → entities → aliases on plain text, as the tests need it.</summary>
internal static class EntityPipeline
{
    private static readonly EntityStage s_entities = new();
    private static readonly AliasStage s_aliases = new();

    public static Document Run(string id, string text)
    {
        var doc = new Document(id, text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        s_entities.Process(doc, default);
        s_aliases.Process(doc, default);
        return doc;
    }

    public static List<Document> Samples()
    {
        var docs = new List<Document>();
        foreach (var id in TestSupport.AnswerKey.ArticleIds())
        {
            docs.Add(Run(id, File.ReadAllText(TestSupport.AnswerKey.SamplePath(id))));
        }
        return docs;
    }
}
