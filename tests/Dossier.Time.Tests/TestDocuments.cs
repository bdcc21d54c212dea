using Dossier.Core;
using Dossier.Core.Time;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;
using Dossier.TestSupport;

namespace Dossier.Time.Tests;

/// <summary>Builds documents for tests: one paragraph per line, tokens and sentences, then the time stage.</summary>
internal static class TestDocuments
{
    /// <summary>A fixed clock, so windows that end "today" do not move between runs.</summary>
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));

    public static Document Prepare(string id, string text, DateOnly? published)
    {
        var doc = new Document(id, text) { Paragraphs = LineParagraphSplitter.Split(text) };
        doc.Metadata.Published = published;
        if (published is not null)
        {
            doc.Metadata.PublishedFrom = "test";
        }
        new TokenizerStage().Process(doc, CancellationToken.None);
        new SentenceStage().Process(doc, CancellationToken.None);
        return doc;
    }

    public static Document Annotated(string text, DateOnly? published = null, string id = "t")
    {
        var doc = Prepare(id, text, published);
        new TimeStage(Clock).Process(doc, CancellationToken.None);
        return doc;
    }

    public static Document Sample(string prefix, DateOnly? published = null)
    {
        var file = Directory.GetFiles(RepoPaths.Samples, prefix + "_*.txt").Single();
        return Annotated(File.ReadAllText(file), published, Path.GetFileNameWithoutExtension(file));
    }

    /// <summary>The expression whose text equals <paramref name="text"/> (ignoring case), or that contains it.</summary>
    public static TimeExpression Find(Document doc, string text)
    {
        foreach (var t in doc.Times)
        {
            if (doc.Slice(t.Span).Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }
        foreach (var t in doc.Times)
        {
            if (doc.Slice(t.Span).Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }
        throw new Xunit.Sdk.XunitException($"no time expression \"{text}\" in {doc.Id}; found: " + Describe(doc));
    }

    public static string Describe(Document doc) =>
        string.Join("; ", doc.Times.Select(t => $"\"{doc.Slice(t.Span)}\"={t.ValueText}/{t.Value.Year}"));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
