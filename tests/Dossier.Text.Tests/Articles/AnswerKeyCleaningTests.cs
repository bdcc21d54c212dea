using System.Text.Json;
using Dossier.Core.Articles;
using Dossier.TestSupport;

namespace Dossier.Text.Tests.Articles;

/// <summary>The foundation's exam: titles, dates, datelines and debris of the sample corpus against the answer key.</summary>
public class AnswerKeyCleaningTests
{
    public static TheoryData<string> ArticleIds() => [.. AnswerKey.ArticleIds()];

    private static JsonElement KeyFor(string id) => AnswerKey.Items("articles").Single(a => a.GetProperty("id").GetString() == id);

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Assemble_SampleArticle_TitleIsTheKeysTitle(string id)
    {
        var doc = SampleCorpus.Get(id);
        Assert.Equal(KeyFor(id).GetProperty("title").GetString(), doc.Metadata.Title);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Assemble_SampleArticle_PublishedOnlyWhereTheTextStatesIt(string id)
    {
        var doc = SampleCorpus.Get(id);
        var key = KeyFor(id);
        var expected = key.GetProperty("published").ValueKind == JsonValueKind.Null ? null : key.GetProperty("published").GetString();
        Assert.Equal(expected, doc.Metadata.Published?.ToString("yyyy-MM-dd"));
        if (expected is not null)
        {
            Assert.Equal("text", doc.Metadata.PublishedFrom);
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Assemble_SampleArticle_EveryDebrisLineIsGoneFromTheText(string id)
    {
        var doc = SampleCorpus.Get(id);
        var debris = AnswerKey.Strings(KeyFor(id), "boilerplate");
        foreach (var line in debris)
        {
            Assert.Contains(doc.Removed, r => r.Text == line);
            Assert.DoesNotContain(doc.Paragraphs, p => doc.Slice(p.Span).Contains(line, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Assemble_SampleArticle_RemovesNothingButDebris(string id)
    {
        var doc = SampleCorpus.Get(id);
        var debris = AnswerKey.Strings(KeyFor(id), "boilerplate");
        Assert.All(doc.Removed, r => Assert.Contains(r.Text, debris));
    }

    [Fact]
    public void Assemble_WireStory_ReadsTheDateline()
    {
        var key = AnswerKey.Items("articles").Single(a => a.TryGetProperty("dateline", out _));
        var doc = SampleCorpus.Get(key.GetProperty("id").GetString()!);
        Assert.Equal(key.GetProperty("dateline").GetString(), doc.Metadata.Dateline);
        Assert.Equal(doc.Metadata.Dateline, doc.Slice(doc.Metadata.DatelineSpan!.Value));
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Assemble_SampleArticle_ParagraphSpansPointIntoTheText(string id)
    {
        var doc = SampleCorpus.Get(id);
        Assert.NotEmpty(doc.Paragraphs);
        for (int i = 0; i < doc.Paragraphs.Length; i++)
        {
            var p = doc.Paragraphs[i];
            Assert.Equal(i, p.Index);
            Assert.InRange(p.Span.End, p.Span.Start + 1, doc.Text.Length);
            Assert.False(char.IsWhiteSpace(doc.Text[p.Span.Start]));
            Assert.False(char.IsWhiteSpace(doc.Text[p.Span.End - 1]));
        }
        Assert.Equal(ParagraphKind.Title, doc.Paragraphs.First(p => p.Kind != ParagraphKind.DateLine).Kind);
    }
}
