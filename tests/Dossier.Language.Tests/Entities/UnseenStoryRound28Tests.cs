using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of the lead's unseen dossiers in round 28 (a place's "-based" modifier, trade heads and foreign firm
/// openers, numbered military units, a plural's possessive before "Forum", an expert after a lower-case field noun, an
/// "X and Y Authority" known by an acronym, a one-word name in apposition to a body's noun), each on an invented sentence of
/// another story; and an unknown word before a body's lower-case noun after a possessive.</summary>
public sealed class UnseenStoryRound28Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void APlacesBasedOrOwnedModifier_IsNoPartOfTheFirmsName()
    {
        var doc = EntityPipeline.Run("t", "Rotterdam-based Vantor Shipping said on Monday that two of its tankers had been diverted. "
            + "The Swiss-owned Brennwald Holdings bought the plant last year.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Vantor Shipping" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Brennwald Holdings" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains("-based") || Text(doc, m).Contains("-owned"));
    }

    [Fact]
    public void AFirmWithATradesHead_IsACompany_AndItsFirstWordAloneLaterJoinsIt()
    {
        var doc = EntityPipeline.Run("t", "Oslo's Fjordane Maritime owns the vessel. Fjordane did not respond to a request for comment.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
        var firm = Assert.Single(doc.Entities, e => e.Type == EntityType.Org);
        Assert.Equal("Fjordane Maritime", firm.Name);
        Assert.Contains("Fjordane", firm.Aliases);
    }

    [Fact]
    public void AFirmOpeningWithAForeignWordForLaboratories_IsACompany_AndItsNameAloneLaterJoinsIt()
    {
        var doc = EntityPipeline.Run("t", "Belgium's Laboratoires Duvanel recalled the batch on Tuesday. Duvanel said the risk was low.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
        var firm = Assert.Single(doc.Entities, e => e.Type == EntityType.Org);
        Assert.Equal("Laboratoires Duvanel", firm.Name);
        Assert.Contains("Duvanel", firm.Aliases);
    }

    [Fact]
    public void AnOrdinalAndAMilitaryUnitsHead_AreOneOrganisation()
    {
        var doc = EntityPipeline.Run("t", "The French Navy's Second Fleet said the drone had been shot down. A spokesman for the 7th Fleet "
            + "said the carrier would stay, and the 82nd Airborne Division and the 4th Infantry Brigade were put on alert.");
        foreach (var name in new[] { "Second Fleet", "7th Fleet", "82nd Airborne Division", "4th Infantry Brigade" })
        {
            Assert.Contains(doc.Mentions, m => Text(doc, m) == name && m.Type == EntityType.Org);
        }
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);

        // A unit named by its place in the one above it, set off by a comma, is one name.
        var hierarchy = EntityPipeline.Run("t", "Soldiers from 2nd Battalion, 14th Mountain Artillery Regiment fired the first rounds.");
        Assert.Contains(hierarchy.Mentions, m => Text(hierarchy, m) == "2nd Battalion, 14th Mountain Artillery Regiment" && m.Type == EntityType.Org);
    }

    [Fact]
    public void APluralsPossessiveBeforeForum_IsInsideTheBodysName()
    {
        var doc = EntityPipeline.Run("t", "The Global Pensioners' Forum said the drug was too expensive.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Global Pensioners' Forum" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AnExpertsNameAfterALowerCaseFieldNoun_IsAPerson_AndAVerbOfSayingEndsTheBodysName()
    {
        var doc = EntityPipeline.Run("t", "The ice is melting, climate scientist Sigrun Halvorsen of Imperial College London told AFP.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Sigrun Halvorsen" && m.Type == EntityType.Person);

        var other = EntityPipeline.Run("t", "\"The fires are getting worse,\" marine biologist Henrike Vos of Wageningen University told Reuters.");
        Assert.Contains(other.Mentions, m => Text(other, m) == "Henrike Vos" && m.Type == EntityType.Person);
        Assert.Contains(other.Mentions, m => Text(other, m) == "Wageningen University" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ALongXAndYAuthority_IsOneBody_AndTheAcronymItIsKnownByJoinsIt()
    {
        var doc = EntityPipeline.Run("t", "The Flood and Drought Response Authority, known as FDRA, said 40 people had died.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Flood and Drought Response Authority" && m.Type == EntityType.Org);
        var body = Assert.Single(doc.Entities);
        Assert.Contains("FDRA", body.Aliases);

        // Two bodies coordinated stay two.
        var two = EntityPipeline.Run("t", "The United States and European Union said the talks would resume.");
        Assert.DoesNotContain(two.Mentions, m => Text(two, m).Contains(" and "));
    }

    [Fact]
    public void AOneWordNameInAppositionToABodysNoun_IsNoPerson()
    {
        var doc = EntityPipeline.Run("t", "The African Union's peacekeeping mission in the region, Kestrana, has only two battalions.");
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestrana" && m.Type == EntityType.Org);

        // A person's noun before the body's makes the name that person's.
        var person = EntityPipeline.Run("t", "The head of the agency, Lindqvist, said the mission would go on.");
        Assert.DoesNotContain(person.Mentions, m => Text(person, m) == "Lindqvist" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AnUnknownWordBeforeABodysLowerCaseNoun_AfterAPossessive_IsTheBody()
    {
        var doc = EntityPipeline.Run("t", "According to the EU's Orbitra climate service, last month was the hottest on record.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Orbitra" && m.Type == EntityType.Org);
    }
}
