using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 39's repairs from the tuning folds' error groups (an island's name without its feature word, names listed
/// after a plural noun for places, a camp's name), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound39Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AnIslandsNameWithoutItsFeatureWord_IsThatPlaceThroughoutTheDocument()
    {
        var doc = EntityPipeline.Run("t",
            "Ferries to Velmora Island were halted on Monday after the storm. Velmora has two small harbours. The mayor said Velmora would need help.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Velmora" && m.Type == EntityType.Loc));
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Floodwaters reached the villages of Brenzio, Valcorta and Monteluce Alta on Sunday. Residents of the towns of Kessling and Ormund were told to leave.",
        new[] { "Valcorta", "Monteluce Alta", "Kessling", "Ormund" })]
    [InlineData("The storm cut power to the suburbs of Marlow Heights, Dunmore and Castleby, the utility said.", new[] { "Marlow Heights", "Dunmore" })]
    [InlineData("From the ferry you can see the islands Skarvoy, Hallund and Marre Holm on a clear day.", new[] { "Skarvoy", "Marre Holm" })]
    public void NamesListedAfterAPluralNounForPlaces_ArePlaces(string text, string[] places)
    {
        var doc = EntityPipeline.Run("t", text);
        foreach (var place in places)
        {
            Assert.Contains(doc.Mentions, m => Text(doc, m) == place && m.Type == EntityType.Loc);
        }
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ANameRightAfterAPluralNounForPlaces_IsNoPlace_UnlessAListFollows()
    {
        var doc = EntityPipeline.Run("t", "Of all the towns Adaeze Okafor visited on the tour, she liked the smallest best.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Adaeze Okafor" && m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("A car bomb exploded outside Camp Lindqvist, the Swedish base near the border.", "Camp Lindqvist")]
    [InlineData("The minister strongly condemned today's attack on Camp Mirza that killed and injured camp residents.", "Camp Mirza")]
    public void ACampsName_IsAPlace(string text, string camp)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == camp && m.Type == EntityType.Loc);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void APluralAfterAWordOfMany_IsNoPerson_ButAFamilysNameBeforeItsNounStays()
    {
        var doc = EntityPipeline.Run("t", "Both Marvellas were parked outside the hotel.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);

        var family = EntityPipeline.Run("t", "The Williams sisters won again on Sunday.");
        Assert.Contains(family.Mentions, m => Text(family, m) == "Williams" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ATownBeforeACommaAndItsState_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "She was born in Kessling, Ohio, and studied in Chicago.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kessling" && m.Type == EntityType.Loc);
    }

    [Theory]
    [InlineData("Anna Berg of the Green Dawn Party and Tom Hale of the Labour Party were re-elected.", "Green Dawn Party")]
    [InlineData("Voters backed the Bright Meadow Party in the north.", "Bright Meadow Party")]
    public void TitleCaseWordsBeforeParty_AreOnePoliticalParty(string text, string party)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == party && m.Type == EntityType.Org);
    }
}
