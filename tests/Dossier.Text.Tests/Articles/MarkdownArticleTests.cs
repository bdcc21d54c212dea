using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Articles;
using Dossier.Text.Reading;

namespace Dossier.Text.Tests.Articles;

/// <summary>Markdown reports: block markers and styling around whole lines are left out of the text the stages read.</summary>
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
    public void EmphasisInsideALine_StaysText()
    {
        var doc = Assemble("# Glacier retreat\n\n*Surveyors* said the *glacier* lost 40 metres.\n");

        Assert.Contains(doc.Paragraphs, p => p.Span.Slice(doc.Text) == "*Surveyors* said the *glacier* lost 40 metres.");
    }

    private static Document Assemble(string body) => new ArticleAssembler().Assemble(new RawArticle
    {
        Id = "t", SourcePath = "t.md", Format = "md", Body = body, ContentHash = "0", BodyIsMarkdown = true,
    });
}
