using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-17 dossiers (a missile strike on a ship), each on an invented sentence of another
/// story with the same shape.</summary>
public sealed class UnseenStoryLead17Tests
{
    [Theory]
    [InlineData("The tanker's operator, Piraeus-based Velmora Maritime, said the crew was safe.", "Velmora Maritime")]
    [InlineData("The cargo was insured, according to its owner, Ostrava Freight.", "Ostrava Freight")]
    public void AFirmWithATradeHead_InApposition_ToAPersonsRole_IsAnOrganisation(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void AShipInAppositionToAVesselsNoun_IsNoName()
    {
        const string text = "Coastguards said the vessel, the Velora Dawn, was hit about 40 miles off Crete.";
        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End].Contains("Velora", StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Crete");
    }
}
