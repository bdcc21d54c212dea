using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-23 dossiers, each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead23Tests
{
    [Theory]
    [InlineData("Dockers in Antwerp have voted to strike.\n\nThe Federation of Port Dockers said talks had failed.", "Dockers")]
    [InlineData("Unions in Kaunas have threatened a walkout.\n\nThe Confederation of Trade Unions said on Friday that it would decide.", "Unions")]
    [InlineData("Nurses in Leeds walked out on Monday.\n\nThe nurses said pay had fallen for a decade.", "Nurses")]
    public void AnOrdinaryPluralOpeningASentenceBeforeInOrOf_IsNoName(string text, string word)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => m.Span.Start == 0 && text[m.Span.Start..m.Span.End] == word);
        Assert.DoesNotContain(doc.Entities, e => e.Aliases.Contains(word));
    }

    [Fact]
    public void APlaceNameShapedLikeAPluralBeforeIn_StaysAName()
    {
        const string text = "Athens in turn rejected the plan on Monday.\n\nThe Greek government said talks would go on.";
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => m.Span.Start == 0 && text[m.Span.Start..m.Span.End] == "Athens");
    }
}
