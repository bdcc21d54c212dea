using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Tests.Aliases;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 32 (a water's or a landform's name, a body's name in apposition before or after its noun, a
/// group that calls itself a name, a body's generic noun before a role, a ruler's possessive before "government", "the group"
/// and "the gang" for the body described so), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound32Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AWatersOrALandformsHead_MakesTheNameBeforeItAPlace_AndOneWordAfterAPrepositionAndThe()
    {
        var doc = EntityPipeline.Run("t", "Rescuers searched the Marsk Lagoon and the Torvik Glacier for the missing kayakers.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Marsk Lagoon" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Torvik Glacier" && m.Type == EntityType.Loc);

        var canal = EntityPipeline.Run("u", "Two anglers drowned when their boat overturned on the Dravna canal, police said.");
        Assert.Contains(canal.Mentions, m => Text(canal, m) == "Dravna" && m.Type == EntityType.Loc);

        var alone = EntityPipeline.Run("v", "Barges were stuck on the Velna near Kastel for three days.");
        Assert.Contains(alone.Mentions, m => Text(alone, m) == "Velna" && m.Type == EntityType.Loc);
        Assert.DoesNotContain(alone.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ABodysNameInAppositionToItsNoun_ClosingTheSentence_IsThatBody()
    {
        var doc = EntityPipeline.Run("t", "The tests were run by the state forestry authority, Lesny Ustav.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Lesny Ustav" && m.Type == EntityType.Org);

        var other = EntityPipeline.Run("u", "The timetable was published by the regional bus provider, Kovabus, on Friday.");
        Assert.Contains(other.Mentions, m => Text(other, m) == "Kovabus" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AGroupThatCallsItselfAName_OrIsKnownByIt_IsAnOrganisation()
    {
        var doc = EntityPipeline.Run("t", "The cell, which calls itself Amber Wolf, posted the video on Sunday. "
            + "A second crew, known as Velvet Hydra, denied any link.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Amber Wolf" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Velvet Hydra" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ABodysGenericNounOpeningASentenceBeforeARole_IsNoName()
    {
        var doc = EntityPipeline.Run("t", "Federation secretary Olaf Brenner said the tournament would go ahead. "
            + "Council spokeswoman Ines Vidal declined to comment.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Federation" or "Council");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Olaf Brenner" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ines Vidal" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ARulersNameBeforeAPossessiveAndGovernment_IsAPerson_AndACountryStaysAPlace()
    {
        var doc = EntityPipeline.Run("t", "Zelvanov's government has banned the march. Kazakhstan's government did not respond.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Zelvanov" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kazakhstan" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void TheGroup_IsAnAliasOfTheOneBodyDescribedAsAGroup_BeforeOrAfterItsName()
    {
        var doc = EntityPipeline.Run("t", "Norwegian salmon group Fjellhav said its profits fell. The group said prices had dropped in Asia.");
        Assert.Contains("the group", Assert.Single(doc.Entities, e => e.Name == "Fjellhav").Aliases);

        var after = EntityPipeline.Run("u", "Vestrand Foods, a Danish dairy group, cut 300 jobs on Monday. The group said demand had fallen.");
        Assert.Contains("the group", Assert.Single(after.Entities, e => e.Name == "Vestrand Foods").Aliases);
    }

    [Fact]
    public void ANameBeforeACommaAndABodysNounInApposition_IsThatBody_AndOneBeforeAPersonsNounStaysAPerson()
    {
        var doc = EntityPipeline.Run("t", "Cranes stood idle at the port on Monday. Kestrafor, the dockers' union, said the strike would go on. "
            + "Officials said Brenner, the union leader, had resigned.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestrafor" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Brenner" && m.Type == EntityType.Person);
    }

    [Fact]
    public void TheGang_IsAnAliasOfTheGroupThatCallsItselfAName()
    {
        var doc = EntityPipeline.Run("t", "A criminal gang that calls itself Obsidian Moth leaked the files. "
            + "The gang, which first appeared last year, wants $4 million.");
        var gang = Assert.Single(doc.Entities, e => e.Name == "Obsidian Moth");
        Assert.Equal(EntityType.Org, gang.Type);
        Assert.Contains("the gang", gang.Aliases);
    }

    [Fact]
    public void TheCompany_IsAnAliasOfTheOneBodyDescribedAsAGroupOrAnotherNounForAFirm()
    {
        var doc = EntityPipeline.Run("t", "A court fined Belgian plastics group Solvira on Monday over the leak. The company said it would appeal.");
        Assert.Contains("the company", Assert.Single(doc.Entities, e => e.Name == "Solvira").Aliases);
    }

    [Fact]
    public void AClubsNameOpeningWithSportingOrDynamo_IsAClub_AndAClubInApposition_IsOne()
    {
        var doc = EntityPipeline.Run("t", "Olympique Varenne beat Dynamo Sokol 2-1 on Sunday. Sporting Ravena said the fee was a club record.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Olympique Varenne" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Dynamo Sokol" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Sporting Ravena" && m.Type == EntityType.Org);

        var club = EntityPipeline.Run("u", "Winger Tomas Hrebik has left for a fee of 9 million euros. He began at his first club, Slavonek.");
        Assert.Contains(club.Mentions, m => Text(club, m) == "Slavonek" && m.Type == EntityType.Org);
    }

    [Fact]
    public void TheCompany_IsTheBodyDescribedAsOne_OverAnotherThatMightBeAFirm()
    {
        var doc = EntityPipeline.Run("t", "The regional water agency, ACRA, ordered cuts on Monday. Water company Aiguaviva said homes would not be "
            + "affected. The company said it had cut leaks by a tenth.");
        Assert.Contains("the company", Assert.Single(doc.Entities, e => e.Name == "Aiguaviva").Aliases);
        Assert.DoesNotContain("the company", Assert.Single(doc.Entities, e => e.Name == "ACRA").Aliases);
    }
}
