using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 43's repairs (an outlet named with a nationality, substances' acronyms, "Korea" alone, crafts and devices
/// read as persons, a term's acronym spelled in capitals after "a"), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound43Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void ANewspaperNamedWithANationality_IsOneOrganisation_ButAGroupBeforeAKnownBodyStaysTwo()
    {
        var doc = EntityPipeline.Run("t", "The lighthouse keeper told the Irish Times that the lamp had been dark for three nights.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Irish Times" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Norp);

        var other = EntityPipeline.Run("t", "A columnist at the Asian Nikkei said the shipyard order would be delayed.");
        Assert.Contains(other.Mentions, m => Text(other, m) == "Asian" && m.Type == EntityType.Norp);
        Assert.Contains(other.Mentions, m => Text(other, m) == "Nikkei" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AChemicalsAcronym_IsNoOrganisation()
    {
        var doc = EntityPipeline.Run("t", "Inspectors found high levels of BPA in the canned soup, and the supplier said exposure to PFAS was below the limit.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "BPA" or "PFAS");
    }

    [Fact]
    public void KoreaAlone_IsAPlace_WhereTheTaggerMadeABodyOfIt()
    {
        var doc = EntityPipeline.Run("t", "Exports from Korea rose 4 percent in the third quarter as chip demand recovered, while North Korea's trade fell.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Korea" && m.Type is EntityType.Loc or EntityType.Gpe);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Korea" && m.Type is EntityType.Org or EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "North Korea" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void ACraftTheDocumentDefines_IsNoPerson_ButAPersonDefinedByHisTradeStays()
    {
        var doc = EntityPipeline.Run("t", "Marlow is a European space probe that studies comets. Scientists said Marlow would reach the comet in 2031.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Marlow" && m.Type == EntityType.Person);

        var drone = EntityPipeline.Run("t", "Orin, a cargo drone, crashed near the depot on Sunday. The company said Orin had flown 300 missions.");
        Assert.DoesNotContain(drone.Mentions, m => Text(drone, m) == "Orin" && m.Type == EntityType.Person);

        var scientist = EntityPipeline.Run("t", "Halvorsen is a rocket scientist who worked on the engine. Halvorsen said the launch went well.");
        Assert.Contains(scientist.Mentions, m => Text(scientist, m) == "Halvorsen" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AThingNamedAfterAPersonOfTheDocument_LeavesThePersonNamed()
    {
        var doc = EntityPipeline.Run("t", "Jonas Okafor tested the Okafor vaccine on 200 volunteers. Okafor said the trial went well.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Jonas Okafor" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Okafor" && m.Type == EntityType.Person && m.Span.Start > 40);
    }

    [Fact]
    public void ANameBetweenAnArticleAndACraftsNoun_IsNoPerson()
    {
        var doc = EntityPipeline.Run("t", "The Ada probe reached the asteroid on Friday, and mission controllers said Ada was healthy.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Ada" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AnAcronymSpelledByCapitalisedWordsAfterA_IsATerm_ButABodyBeforeARoleStaysNamed()
    {
        var doc = EntityPipeline.Run("t", "The tool injects faults into a Device Under Test ( DUT ) . We then attach the probes to the DUT and read the logs.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "DUT");

        var body = EntityPipeline.Run("t", "Fighters loyal to a Rapid Support Forces ( RSF ) commander took the town. The RSF denied it.");
        Assert.Contains(body.Mentions, m => Text(body, m) == "RSF" && m.Type == EntityType.Org);
    }
}
