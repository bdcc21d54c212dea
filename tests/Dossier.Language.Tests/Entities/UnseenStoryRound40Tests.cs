using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 40's repairs from the tuning folds' error groups (a place named by another language's feature word, places
/// listed after "exurbs", a listed place's later mentions), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound40Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void ANameOpenedByAnotherLanguagesWordForATemple_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "We took a boat across the river to Wat Phrasong before lunch.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Wat Phrasong" && m.Type == EntityType.Loc);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void NamesListedAfterExurbs_ArePlaces()
    {
        var doc = EntityPipeline.Run("t", "Rapid growth has reached exurbs such as Copper Ridge, Sand Hollow and Mesa Vista.");
        foreach (var place in new[] { "Copper Ridge", "Sand Hollow", "Mesa Vista" })
        {
            Assert.Contains(doc.Mentions, m => Text(doc, m) == place && m.Type == EntityType.Loc);
        }
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ANameListedAfterAPluralNounForPlaces_IsThatPlaceThroughoutTheDocument()
    {
        var doc = EntityPipeline.Run("t",
            "The bus stops in the villages Hollin Vale and Orsett Green. Orsett Green is known for its fair. Orsett Green was quiet on Sunday.");
        Assert.Equal(3, doc.Mentions.Count(m => Text(doc, m) == "Orsett Green" && m.Type == EntityType.Loc));
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void AGroupOfIslandsNamedWhole_IsAlsoItsFirstWordsPlural()
    {
        var doc = EntityPipeline.Run("t",
            "Ferries run to the Korrin Islands twice a week. The only way to reach the Korrins in winter is by air, and visitors to the Korrins should book early.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Korrins" && m.Type == EntityType.Loc));
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }
}
