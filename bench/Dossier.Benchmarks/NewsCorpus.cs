using Dossier.Core;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Benchmarks;

/// <summary>News text for benchmarks: the bundled sample reports, read from the repository, tokenised and split.</summary>
internal static class NewsCorpus
{
    public static string SamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Dossier.slnx not found"), "samples", "dprk-artillery");
    }

    /// <summary>The sample reports' texts, in file-name order.</summary>
    public static List<string> Texts() =>
        Directory.GetFiles(SamplesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    /// <summary>The sample reports joined into one text, a blank line between them.</summary>
    public static string Joined() => string.Join("\n\n", Texts());

    /// <summary><paramref name="copies"/> copies of each sample report, ready for the time stage (tokens and sentences done).</summary>
    public static List<Document> Prepared(int copies)
    {
        var texts = Texts();
        var docs = new List<Document>(texts.Count * copies);
        var tokenizer = new TokenizerStage();
        var splitter = new SentenceStage();
        for (int c = 0; c < copies; c++)
        {
            foreach (var text in texts)
            {
                var doc = new Document("d" + docs.Count, text) { Paragraphs = LineParagraphSplitter.Split(text) };
                tokenizer.Process(doc, CancellationToken.None);
                splitter.Process(doc, CancellationToken.None);
                docs.Add(doc);
            }
        }
        return docs;
    }
}
