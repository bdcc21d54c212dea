using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 48's repairs (a role noun opening a sentence before a name; invented states by "the X government", "the
/// president of X" and a people's adjective in "-i"; a road's letter and number), each on invented sentences.</summary>
public sealed class UnseenStoryRound48Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void ARoleNounOpeningTheSentence_IsTheNamesRole_NotItsFirstWord()
    {
        var doc = EntityPipeline.Run("t", "Negotiator Lars Okland said the talks would resume on Monday. "
            + "Investigator Maria Olsen Berg said the fire began in the kitchen.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Lars Okland" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("Negotiator", StringComparison.Ordinal));
        var okland = Assert.Single(doc.Entities, e => e.Name == "Lars Okland");
        Assert.Contains("Negotiator", okland.Roles);
        var berg = Assert.Single(doc.Entities, e => e.Name == "Maria Olsen Berg");
        Assert.Contains("Investigator", berg.Roles);
    }

    [Fact]
    public void AnUnknownNameBeforeGovernmentOrAfterPresidentOf_IsAState()
    {
        var doc = EntityPipeline.Run("t", "The Kestan government rejected the proposal on Tuesday. Protests went on in Kestan.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestan" && m.Type == EntityType.Gpe);

        doc = EntityPipeline.Run("t", "Protests went on in Kestan, and the Kestan government rejected the proposal.");
        Assert.All(doc.Mentions.Where(m => Text(doc, m) == "Kestan"), m => Assert.Equal(EntityType.Gpe, m.Type));

        doc = EntityPipeline.Run("t", "Officials said the president of Drevnia would attend the summit.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Drevnia" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void APeoplesAdjectiveInI_IsNorp_AndMakesItsStemAState()
    {
        var doc = EntityPipeline.Run("t", "Kestani officials said the border would stay closed. Trade with Kestan has fallen by half.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestani" && m.Type == EntityType.Norp);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kestan" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void ALeadersGovernment_StaysAPerson()
    {
        var doc = EntityPipeline.Run("t", "In 2014 the tax rules were changed by the Monti government.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Monti" && m.Type == EntityType.Gpe);

        doc = EntityPipeline.Run("t", "The senator had backed open relations with the Varro government.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Varro" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void AWordBeforeARoleNounThatIsAPronounOrATitle_IsNoRole()
    {
        var doc = EntityPipeline.Run("t", "Neither Lars Okland nor his deputy would comment. Former Okland aide Ines Varga said nothing.");
        Assert.DoesNotContain(doc.Entities, e => e.Roles.Contains("Neither") || e.Roles.Contains("Former"));
    }

    [Fact]
    public void ARoadsLetterAndNumberAfterThe_IsAPlace()
    {
        var doc = EntityPipeline.Run("t", "Drivers heading north should take the M4 westbound to junction 12. Later the M25 near Arvel was closed.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "M4" && m.Type == EntityType.Loc);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "M25" && m.Type == EntityType.Loc);
    }

    [Fact]
    public void ALetterAndNumberThatLabelsAPhaseOrAField_IsNoPlace()
    {
        var doc = EntityPipeline.Run("t", "The drug was tested on adults in phase B2 trials and in L3 classrooms across Kestan.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "B2");
    }

    [Fact]
    public void ARoadsNumberInBracketsAfterItsName_StaysAPlace()
    {
        var doc = EntityPipeline.Run("t", "The road was closed near Arvel Ring Road (A1237) on Monday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "A1237" && m.Type == EntityType.Loc);
    }
}
