using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 33 (a river after "on the" before a reporting clause, a place's adjective in a title-case
/// headline, a body's acronym after "known as", a firm named by a place and a trade's word, a body's noun before its name,
/// a firm described in apposition after "a/an"), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound33Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void OneWordAfterOnTheBeforeAReportingClause_IsARiver()
    {
        var doc = EntityPipeline.Run("t", "Fishermen reported dead fish on the Molvena, local officials said.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Molvena" && m.Type == EntityType.Loc);

        var ferry = EntityPipeline.Run("u", "The ferry sank on the Narva, officials said.");
        Assert.Contains(ferry.Mentions, m => Text(ferry, m) == "Narva" && m.Type == EntityType.Loc);

        // The network is no place, and a paper after "in the" is left to the tagger.
        var net = EntityPipeline.Run("v", "The video spread on the Internet, police said.");
        Assert.DoesNotContain(net.Mentions, m => m.Type == EntityType.Loc);
    }

    [Fact]
    public void APlacesAdjectiveInATitleCaseHeadline_IsNoPerson()
    {
        var doc = EntityPipeline.Run("t", "Mudslide buries Andean hamlet\n\nA mudslide buried a hamlet on Tuesday.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);

        var person = EntityPipeline.Run("u", "Christine wins top award\n\nChristine Dubois won the award on Sunday.");
        Assert.Contains(person.Mentions, m => Text(person, m) == "Christine" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ABodysAcronymAfterKnownAs_IsTheBody_AndTheRiverBeforeBasin_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "The Tagus basin authority, known as CHT, said reservoirs were at 40 percent.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "CHT" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Tagus" && m.Type == EntityType.Loc);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void AFirmNamedByAPlaceAndATradesWord_IsACompany()
    {
        var doc = EntityPipeline.Run("t", "Sahara Agritech said it would build a plant. Balkan Agrochem denied the report.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Sahara Agritech" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Balkan Agrochem" && m.Type == EntityType.Org);

        var metal = EntityPipeline.Run("u", "Output at Alaska Zinc rose in May.");
        Assert.Contains(metal.Mentions, m => Text(metal, m) == "Alaska Zinc" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ABodysNounBeforeItsName_IsNoPartOfIt_AndNamesItLater()
    {
        var doc = EntityPipeline.Run("t", "Insurers' association Canada Assureurs said claims had doubled after the floods. "
            + "The association said premiums would rise.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Canada Assureurs" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("association", StringComparison.Ordinal));
        Assert.Contains("the association", Assert.Single(doc.Entities, e => e.Name == "Canada Assureurs").Aliases);
    }

    [Fact]
    public void AGreetingOrAPrepositionOpeningTheSentence_IsNoPartOfTheName()
    {
        var doc = EntityPipeline.Run("t", "Hey Marko, did you see the match?");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Marko" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("Hey", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArabicSurnameWithoutItsArticle_IsFoundAgain_AsThePerson()
    {
        var doc = EntityPipeline.Run("t", "Foreign Minister Khalid al-Rasheed met the envoy on Monday. The envoy thanked Rasheed for his help.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Rasheed" && m.Type == EntityType.Person);
        Assert.Contains("Rasheed", Assert.Single(doc.Entities, e => e.Name == "Khalid al-Rasheed").Aliases);
    }

    [Fact]
    public void ANameBeforeACommaAndAFirmsDescriptionAfterA_IsThatFirm()
    {
        var doc = EntityPipeline.Run("t", "Kessler, a German engineering group, said profits fell.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kessler" && m.Type == EntityType.Org);

        var later = EntityPipeline.Run("u", "Prices rose. Terravolt, an Austrian drugmaker, said it would raise prices.");
        Assert.Contains(later.Mentions, m => Text(later, m) == "Terravolt" && m.Type == EntityType.Org);
    }
}
