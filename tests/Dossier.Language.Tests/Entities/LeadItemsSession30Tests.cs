using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The lead's session-30 names item: a firm named by its trade in shows and films, apposed to a role a person could
/// hold, is an organisation.</summary>
public sealed class LeadItemsSession30Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Theory]
    [InlineData("Orlen Events")]
    [InlineData("Vasty Productions")]
    [InlineData("Kell Promotions")]
    public void AShowFirmApposedToItsRole_IsAnOrganisation(string firm)
    {
        var doc = EntityPipeline.Run("t", $"Police said six people were hurt. The concert's organiser, {firm}, said it was shocked.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == firm && m.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Storm closes port\nBy Ilka Moren, Vesterby Courier\n\nThe port was closed on Monday, officials said.", "Vesterby Courier")]
    [InlineData("Storm closes port\nVesterby Tribune\nMarch 3, 2026\n\nThe port was closed on Monday, officials said.", "Vesterby Tribune")]
    public void APapersNameOnAByOrTitleLine_IsNoPerson(string text, string paper)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == paper && m.Type == EntityType.Person);
    }
}
