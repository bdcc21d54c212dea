using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Tests.Articles;
using Dossier.TestSupport;

namespace Dossier.Text.Tests.Dedup;

/// <summary>Repeated text in the sample corpus, against the answer key's <c>repeated_text</c>.</summary>
public class AnswerKeyRepeatTests
{
    private static readonly Lazy<IReadOnlyList<Document>> s_marked = new(() =>
    {
        var docs = SampleCorpus.Load();
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        foreach (var doc in docs)
        {
            marker.Mark(doc);
        }
        return docs;
    });

    private static IEnumerable<(Document Doc, Paragraph Paragraph)> Starting(string prefix, IEnumerable<string> articles)
    {
        foreach (var doc in s_marked.Value.Where(d => articles.Contains(d.Id)))
        {
            foreach (var p in doc.Paragraphs)
            {
                var text = doc.Slice(p.Span);
                if (text.StartsWith(prefix, StringComparison.Ordinal) || text.Contains(prefix, StringComparison.Ordinal) && prefix.Length > 25)
                {
                    yield return (doc, p);
                }
            }
        }
    }

    [Fact]
    public void Mark_PastedAndNearRepeats_LinkToTheirFirstOccurrence()
    {
        foreach (var group in AnswerKey.Items("repeated_text").Where(g => g.GetProperty("kind").GetString() != "paraphrase"))
        {
            var articles = AnswerKey.Strings(group, "articles");
            var starts = AnswerKey.Strings(group, "paragraphs_starting");
            var occurrences = new List<(Document Doc, Paragraph Paragraph)>();
            if (group.GetProperty("kind").GetString() == "near")
            {
                // One paragraph written twice, with small differences: the two starts name the two copies.
                foreach (var start in starts)
                {
                    occurrences.Add(Starting(start, articles).First());
                }
                AssertChain(occurrences);
            }
            else
            {
                foreach (var start in starts)
                {
                    var copies = Starting(start, articles).ToList();
                    Assert.True(copies.Count >= 2, $"expected '{start}' in several places, found {copies.Count}");
                    AssertChain(copies);
                }
            }
        }
    }

    private static void AssertChain(List<(Document Doc, Paragraph Paragraph)> copies)
    {
        var first = copies[0];
        Assert.Null(first.Paragraph.RepeatOf);
        foreach (var (doc, paragraph) in copies.Skip(1))
        {
            Assert.True(paragraph.RepeatOf is not null, $"{doc.Id}#{paragraph.Index} '{doc.Slice(paragraph.Span)}' is not marked as a repeat");
            Assert.Equal(new ParagraphRef(first.Doc.Id, first.Paragraph.Index), paragraph.RepeatOf);
        }
    }

    [Fact]
    public void Mark_SampleCorpus_LinksNoParagraphTheKeyDoesNotList()
    {
        var listed = AnswerKey.Items("repeated_text").SelectMany(g => AnswerKey.Strings(g, "paragraphs_starting")).ToList();
        foreach (var doc in s_marked.Value)
        {
            foreach (var p in doc.Paragraphs.Where(p => p.RepeatOf is not null))
            {
                var text = doc.Slice(p.Span);
                Assert.True(listed.Any(s => text.StartsWith(s, StringComparison.Ordinal) || text.Contains(s, StringComparison.Ordinal)),
                    $"{doc.Id}#{p.Index} '{text}' is linked to {p.RepeatOf} but the key lists no such repeat");
            }
        }
    }

    [Fact]
    public void Mark_SampleCorpus_NoArticleIsAWholeCopy()
    {
        Assert.All(s_marked.Value, d => Assert.Null(d.DuplicateOf));
    }
}
