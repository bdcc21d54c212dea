using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Articles;
using Dossier.Text.Reading;

namespace Dossier.Text.Tests.Articles;

/// <summary>Markdown reports: block markers, emphasis and link targets are left out of the text the stages read.</summary>
public sealed class MarkdownArticleTests
{
    [Theory]
    [InlineData("*Published 3 May 2025 · Science*")]
    [InlineData("_3 May 2025_")]
    [InlineData("**Published: 3 May 2025**")]
    public void AnEmphasisedDateLine_DatesTheReport(string line)
    {
        var doc = Assemble($"# Glacier retreat doubles in a decade\n\n{line}\n\nThe glacier lost 40 metres of ice this spring, surveyors said.\n");

        Assert.Equal(new DateOnly(2025, 5, 3), doc.Metadata.Published);
    }

    [Fact]
    public void EmphasisInsideALine_IsStyling_AndLeftOut()
    {
        var doc = Assemble("# Glacier retreat\n\n**How much was lost?** *Surveyors* said the __glacier__ lost 40 metres.\n");

        Assert.Contains(doc.Paragraphs, p => p.Span.Slice(doc.Text) == "How much was lost? Surveyors said the glacier lost 40 metres.");
    }

    [Fact]
    public void ALink_ReadsAsItsLabel_AndMapsBackToTheFile()
    {
        const string body = "# Glacier retreat\n\nThe [survey office](https://example.org/report) said the glacier lost 40 metres.\n";
        var doc = Assemble(body);

        var paragraph = Assert.Single(doc.Paragraphs, p => p.Span.Slice(doc.Text).StartsWith("The ", StringComparison.Ordinal));
        Assert.Equal("The survey office said the glacier lost 40 metres.", paragraph.Span.Slice(doc.Text));
        int at = doc.Text.IndexOf("40 metres", StringComparison.Ordinal);
        Assert.Equal(body.IndexOf("40 metres", StringComparison.Ordinal), doc.SourceMap!.ToOriginal(at));
    }

    [Fact]
    public void MarksThatAreNoEmphasis_StayText()
    {
        var doc = Assemble("# Glacier retreat\n\nThe field max_depth_m read 2*3 metres, and 5 * 4 in the old log.\n");

        Assert.Contains(doc.Paragraphs, p => p.Span.Slice(doc.Text) == "The field max_depth_m read 2*3 metres, and 5 * 4 in the old log.");
    }

    private static Document Assemble(string body) => new ArticleAssembler().Assemble(new RawArticle
    {
        Id = "t", SourcePath = "t.md", Format = "md", Body = body, ContentHash = "0", BodyIsMarkdown = true,
    });
}
