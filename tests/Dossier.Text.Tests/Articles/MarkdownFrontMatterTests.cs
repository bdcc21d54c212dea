using Dossier.Core;
using Dossier.Text.Articles;
using Dossier.Text.Reading;

namespace Dossier.Text.Tests.Articles;

/// <summary>A Markdown post's front matter describes the post: it dates and names it and is no paragraph of its text.</summary>
public sealed class MarkdownFrontMatterTests
{
    private const string Post = "---\ntitle: \"Glacier retreat doubles in a decade\"\nsite: Alpine Notes\ndate: 2025-05-03\n---\n\n"
        + "The glacier lost 40 metres of ice this spring, surveyors said on Friday.\n\nMeltwater flooded two huts, the park said.\n";

    [Fact]
    public void FrontMatter_GivesTitleOutletAndDate()
    {
        var doc = Assemble(Post);

        Assert.Equal("Glacier retreat doubles in a decade", doc.Metadata.Title);
        Assert.Equal("Alpine Notes", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 5, 3), doc.Metadata.Published);
    }

    [Fact]
    public void FrontMatter_IsNoParagraph_AndTheFirstLineStaysText()
    {
        var doc = Assemble(Post);

        Assert.Equal(2, doc.Paragraphs.Length);
        Assert.StartsWith("The glacier lost", doc.Paragraphs[0].Span.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleUnderAFirstLine_IsNoFrontMatter()
    {
        var doc = Assemble("---\n\nThe glacier lost 40 metres of ice this spring.\n\n---\n\nMeltwater flooded two huts.\n");

        Assert.Null(doc.Metadata.Outlet);
        Assert.Contains(doc.Paragraphs, p => p.Span.Slice(doc.Text).StartsWith("The glacier", StringComparison.Ordinal));
    }

    private static Document Assemble(string body) => new ArticleAssembler().Assemble(new RawArticle
    {
        Id = "t", SourcePath = "t.md", Format = "md", Body = body, ContentHash = "0", BodyIsMarkdown = true,
    });
}
