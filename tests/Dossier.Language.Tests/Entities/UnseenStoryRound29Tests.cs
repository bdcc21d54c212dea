using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Aliases;
using Dossier.Language.Tests.Aliases;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 29 (a ship's name after a vessel's noun, a name before a group's noun after a possessive, a
/// team's or a group's name after its noun, a body's short name without "International" across reports), each on an
/// invented sentence of another story; and a day before "when" and a title, which is no part of the role.</summary>
public sealed class UnseenStoryRound29Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AShipsNameAfterAVesselsNoun_OrBeforeAVesselsNounInApposition_IsNoName()
    {
        var doc = EntityPipeline.Run("t", "Coastguards boarded the bulk carrier Velora Dawn off the coast on Friday. The trawler Grey Kestrel was towed "
            + "to port. The Velora Dawn, a Panama-flagged vessel, had been carrying timber.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Velora Dawn" or "Grey Kestrel");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Panama");

        var apposition = EntityPipeline.Run("t", "The Kestova Brightwater, a Maltese-registered cargo ship, ran aground near the harbour on Sunday.");
        Assert.DoesNotContain(apposition.Mentions, m => Text(apposition, m) == "Kestova Brightwater");

        // "carrier" alone is also an airline's word.
        var airline = EntityPipeline.Run("t", "The carrier Flyvanta said on Monday it would cut 300 jobs.");
        Assert.Contains(airline.Mentions, m => Text(airline, m) == "Flyvanta" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ANameBeforeAGroupsNoun_AfterAPossessiveOrAWordOfPower_IsTheGroup()
    {
        var doc = EntityPipeline.Run("t", "Belarus's Korvin group has recruited fighters in three countries. The opposition Andorin movement called a strike.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Korvin" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Andorin" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ANameAfterATeamsOrAGroupsNoun_IsThatBody()
    {
        var doc = EntityPipeline.Run("t", "The ice hockey team Dunmore Falcons said on Friday it had signed the goalkeeper. "
            + "A ransomware group calling itself Violet Heron claimed the attack.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Dunmore Falcons" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Violet Heron" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ABodysNameWithoutInternational_InAnotherReport_JoinsTheBody_AndATieOfTypesGoesToTheFullestName()
    {
        var merged = EntityMerger.Merge([EntityReports.Report("r1", ("Vantara International", EntityType.Org, 1)),
            EntityReports.Report("r2", ("Vantara", EntityType.Person, 1))]);
        var body = Assert.Single(merged.Entities);
        Assert.Equal("Vantara International", body.Name);
        Assert.Equal(EntityType.Org, body.Type);
        Assert.Contains("Vantara", body.Aliases);
    }

    [Fact]
    public void ADayBeforeAConjunctionAndATitle_IsNoPartOfTheRole()
    {
        var doc = EntityPipeline.Run("t", "Dara Okafor lost her appeal on Tuesday when Mr Justice Whitcombe dismissed the claim.");
        var judge = Assert.Single(doc.Entities, e => e.Name == "Whitcombe");
        Assert.Equal("Mr Justice", Assert.Single(judge.Roles));
    }
}
