using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The lead's session-26 name repairs (a body's head read as a person, the person of a body before "of"), each on an
/// invented sentence of another story than the dossier it came from.</summary>
public sealed class UnseenStoryLead26Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Theory]
    [InlineData("Engineers at the Regional Water Board said the river was clean.", "Regional Water Board")]
    [InlineData("The ferry hit the pier at 14 knots, the Maritime Accident Board said on Tuesday.", "Maritime Accident Board")]
    public void ABodysHeadReadAsAPerson_IsTheBody_WithTheWordsBeforeIt(string text, string body)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => Text(doc, m) == body && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Sonja Brevik of Harbour Bank said the loan was safe.", "Sonja Brevik", "Harbour Bank")]
    [InlineData("Tomas Hall of Goldman Sachs said the deal was off.", "Tomas Hall", "Goldman Sachs")]
    public void ThePersonOfABody_BeforeOf_IsAPerson(string text, string person, string body)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => Text(doc, m) == person && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == body && m.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("The Bank of Valdoria said rates would hold.", "Bank of Valdoria")]
    [InlineData("Carnegie Hall of New York was full.", "Carnegie Hall")]
    public void ABodyOrPlaceNamedWithOf_StaysWhole_OrNoPerson(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m).StartsWith(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kestan")]
    [InlineData("Vardenor")]
    public void ANameThatOwnsAForeignMinistry_IsAPlace_HoweverOftenTheTaggerReadsAPerson(string name)
    {
        var doc = EntityPipeline.Run("t", name + " has sold rifles to militias in northern Kaldora since May. "
            + name + "'s foreign ministry called the report false. " + name + "'s ambassador to the UN dismissed it.");

        Assert.All(doc.Mentions.Where(m => Text(doc, m) == name), m => Assert.NotEqual(EntityType.Person, m.Type));
    }

    [Fact]
    public void ALeadersPossessiveGovernment_StaysAPerson()
    {
        var doc = EntityPipeline.Run("t", "Halvorsen's government fell on Tuesday. Halvorsen said he would not resign. Halvorsen's office denied it.");

        Assert.All(doc.Mentions.Where(m => Text(doc, m) == "Halvorsen"), m => Assert.Equal(EntityType.Person, m.Type));
    }
}
