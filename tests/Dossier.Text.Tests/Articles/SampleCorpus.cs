using Dossier.Core;
using Dossier.Text.Articles;
using Dossier.Text.Reading;
using Dossier.TestSupport;

namespace Dossier.Text.Tests.Articles;

/// <summary>Reads and assembles the bundled sample corpus once for the tests that examine it.</summary>
internal static class SampleCorpus
{
    private static readonly Lazy<IReadOnlyList<Document>> s_documents = new(Load);

    public static IReadOnlyList<Document> Documents => s_documents.Value;

    public static Document Get(string id) => Documents.Single(d => d.Id == id);

    /// <summary>A fresh copy of the corpus, for tests that annotate it.</summary>
    public static IReadOnlyList<Document> Load()
    {
        var reader = new SourceReader(new ReaderOptions());
        var problems = new List<ReadProblem>();
        var assembler = new ArticleAssembler();
        var docs = new List<Document>();
        foreach (var file in reader.Expand([RepoPaths.Samples], problems, out _))
        {
            foreach (var raw in reader.Read(file, problems))
            {
                docs.Add(assembler.Assemble(raw));
            }
        }
        Assert.Empty(problems);
        return docs;
    }
}
