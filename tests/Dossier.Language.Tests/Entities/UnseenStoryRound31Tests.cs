using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Aliases;
using Dossier.Language.Tests.Aliases;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 31 (a party's name of a people's word or an unknown place and a noun, a codename cut to its
/// last word, a body's noun after "the" as an alias, a generation's suffix after a person's name, a title's office, an
/// auxiliary inside a role, a firm's or an acronym's mentions across reports), each on an invented sentence of another
/// story.</summary>
public sealed class UnseenStoryRound31Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void APartysNameBeforePartyOrMovement_IsOneBody_AndItsRepeatsAreThatBody()
    {
        var doc = EntityPipeline.Run("t", "Members of the ruling Moldovan Harvest party met on Sunday. Moldovan Harvest said the vote was fair. "
            + "The centre-right Forward Slovenia party won 12 seats, and Forward Slovenia said it would join talks.");
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Moldovan Harvest" && m.Type == EntityType.Org));
        Assert.Equal(2, doc.Mentions.Count(m => Text(doc, m) == "Forward Slovenia" && m.Type == EntityType.Org));
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Slovenia" or "Moldovan" || Text(doc, m).StartsWith("centre", StringComparison.Ordinal));

        // Words the tagger left unnamed before "movement", and the repeat; "party" after no word of politics is a gathering.
        var other = EntityPipeline.Run("u", "The Unity bloc took 38 seats and the nationalist Free Hills movement won 12. Free Hills said it would listen. "
            + "Guests gathered for a Christmas Eve party at the hall.");
        Assert.Equal(2, other.Mentions.Count(m => Text(other, m) == "Free Hills" && m.Type == EntityType.Org));
        Assert.DoesNotContain(other.Mentions, m => Text(other, m).Contains("Christmas", StringComparison.Ordinal) && m.Type == EntityType.Org);
    }

    [Fact]
    public void ACodenameAfterCallingItself_IsWhole_AndItsLastWordAloneIsTheSameBody()
    {
        var doc = EntityPipeline.Run("t", "A ransomware group calling itself Silver Jackal claimed the attack on the water utility. "
            + "Officials said Jackal had demanded payment in bitcoin. A hacking crew calling itself Grey Marten leaked the files.");
        var jackal = Assert.Single(doc.Entities, e => e.Name == "Silver Jackal");
        Assert.Equal(EntityType.Org, jackal.Type);
        Assert.Contains("Jackal", jackal.Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Jackal");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Grey Marten" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ABodysNounAfterThe_IsAnAliasOfTheOneBodyOfThatKindNamedBefore()
    {
        var doc = EntityPipeline.Run("t", "Talbridge Motors said on Monday it would close its plant near the river. The company said 400 jobs would go. "
            + "The National Roads Agency said the access road would stay open, and the agency added that repairs were due.");
        Assert.Contains("the company", Assert.Single(doc.Entities, e => e.Name == "Talbridge Motors").Aliases);
        Assert.Contains("the agency", Assert.Single(doc.Entities, e => e.Name == "National Roads Agency").Aliases);
        Assert.DoesNotContain("the company", Assert.Single(doc.Entities, e => e.Name == "National Roads Agency").Aliases);

        // Two companies named before it: "the company" is neither's.
        var two = EntityPipeline.Run("u", "Orvane Telecom and Brisk Logistics agreed a deal on Friday. The company said the terms were fair.");
        Assert.DoesNotContain(two.Entities, e => e.Aliases.Contains("the company"));

        // Across reports "the company" is no name to merge on: each report's company stays its own.
        var other = EntityPipeline.Run("v", "Corvel Shipping said it would sell two vessels. The company said the buyer was not known.");
        var merged = EntityMerger.Merge([doc, other]);
        Assert.Contains(merged.Entities, e => e.Name == "Talbridge Motors");
        Assert.Contains(merged.Entities, e => e.Name == "Corvel Shipping");
    }

    [Fact]
    public void AGenerationsSuffixAfterAPersonsName_IsPartOfIt_AndTheSurnameAloneIsThatPerson()
    {
        var doc = EntityPipeline.Run("t", "Calvin Edward King Jr spoke at the rally in Dayton. Later, Harold Brenner Jr. said the plan was sound. "
            + "Brenner added that work would start in May.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Calvin Edward King Jr" && m.Type == EntityType.Person);
        var brenner = Assert.Single(doc.Entities, e => e.Name == "Harold Brenner Jr.");
        Assert.Equal(2, brenner.MentionCount);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Jr" or "Harold Brenner");

        // A report that names him only by surname joins him across the dossier.
        var other = EntityPipeline.Run("u", "The council approved the plan on Tuesday. Brenner said the vote was close.");
        var merged = EntityMerger.Merge([doc, other]);
        Assert.Equal(3, Assert.Single(merged.Entities, e => e.Name == "Harold Brenner Jr.").MentionCount);
    }

    [Fact]
    public void ATitlesOffice_IsOneBody_AndTheTitleInsideItIsNoRole()
    {
        var doc = EntityPipeline.Run("t", "The inquiry was opened by the Regional Public Prosecutor's Office in Kastelo, which said three officials "
            + "had been questioned. The Attorney General's Office declined to comment.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Regional Public Prosecutor's Office" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Attorney General's Office" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Office");
    }

    [Fact]
    public void AVerbsAuxiliaryBetweenABodyAndATitle_EndsTheRole()
    {
        var doc = EntityPipeline.Run("t", "Dunmore Rangers have sacked coach Pieter Voss after a run of six defeats. "
            + "Valmont City had hired manager Rosa Lindqvist in May.");
        Assert.Equal(["coach"], Assert.Single(doc.Entities, e => e.Name == "Pieter Voss").Roles);
        Assert.Equal(["manager"], Assert.Single(doc.Entities, e => e.Name == "Rosa Lindqvist").Roles);
    }

    [Fact]
    public void AFirmWithItsLegalSuffixInOneReport_AndWithoutItInAnother_IsOneBody()
    {
        var first = EntityPipeline.Run("r1", "The contracts went to Maçonnerie Delorme SA, prosecutors said.");
        var second = EntityPipeline.Run("r2", "Maçonnerie Delorme denied any wrongdoing.");
        var merged = EntityMerger.Merge([first, second]);
        Assert.Equal(2, Assert.Single(merged.Entities, e => e.Name == "Maçonnerie Delorme SA").MentionCount);
        Assert.DoesNotContain(merged.Entities, e => e.Name == "Maçonnerie Delorme");
    }

    [Fact]
    public void AnAcronymABodysAliasInOneReport_AndTypedAPlaceInAnother_IsThatBody()
    {
        var first = EntityReports.Report("r1", ("Flood Response Directorate", EntityType.Org, 2));
        first.Entities[0].Aliases.Add("FRD");
        var second = EntityReports.Report("r2", ("FRD", EntityType.Loc, 1));
        var merged = EntityMerger.Merge([first, second]);
        var body = Assert.Single(merged.Entities);
        Assert.Equal(EntityType.Org, body.Type);
        Assert.Equal(3, body.MentionCount);
    }

    [Fact]
    public void ALongPluralOfAnAgentNounBeforeSaid_IsNoOnesName()
    {
        var doc = EntityPipeline.Run("t", "The warehouse fire started before dawn. Firefighters said the roof had collapsed. "
            + "Investigators said the cause was not yet known.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Firefighters" or "Investigators");
    }

    [Fact]
    public void CapitalisedWordsAfterAGroupsNoun_BeforeACommaOrAVerbOfSaying_AreTheGroupsName()
    {
        var doc = EntityPipeline.Run("t", "The residents' group Keep Fenwick Green said it would appeal. "
            + "The charity Friends of Tallow Wood, which owns the land, agreed.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Keep Fenwick Green" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Fenwick Green");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Friends of Tallow Wood" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AOneWordNameTakenForAPerson_JoinsTheBodyAnotherReportCallsByIt()
    {
        var first = EntityPipeline.Run("r1", "Hackers hit Dutch port operator Kaaiwerk Terminals on Monday. Kaaiwerk said no data had been stolen.");
        var second = EntityPipeline.Run("r2", "Kaaiwerk said on Friday its terminals were working normally again.");
        var merged = EntityMerger.Merge([first, second]);
        var body = Assert.Single(merged.Entities, e => e.Aliases.Contains("Kaaiwerk"));
        Assert.Equal("Kaaiwerk Terminals", body.Name);
        Assert.Equal(EntityType.Org, body.Type);
    }

    [Fact]
    public void ARailwaysName_IsAFirm_AndTheCompanyAfterItIsItsAlias()
    {
        var doc = EntityPipeline.Run("t", "The line was closed after the landslip, operator Great Southern Railways said on Sunday. "
            + "The company apologised to passengers.");
        var railway = Assert.Single(doc.Entities, e => e.Name == "Great Southern Railways");
        Assert.Equal(EntityType.Org, railway.Type);
        Assert.Contains("the company", railway.Aliases);
    }
}
