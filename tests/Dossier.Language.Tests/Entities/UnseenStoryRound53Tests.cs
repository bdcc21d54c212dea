using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Round 53's repairs (the lead's names faults from invented dossiers: a person's relative clause, a place's parts,
/// a party's plural, a care company's head, a field before an expert, a trade before a company, "the X government"), each
/// on other invented sentences.</summary>
public sealed class UnseenStoryRound53Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void AWordBeforeWhoHasGoverned_IsAPerson()
    {
        var doc = EntityPipeline.Run("t", "Kelmoor's Liberals gain ground\n\nA new poll put Kelmoor's opposition Civic League ahead of the governing "
            + "bloc. Arvan, who has governed Kelmoor since 2019, played down the result.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Arvan" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AKnownPlacesWordBeforeWhoHasLed_IsAPerson()
    {
        // "Doran" is a town's name too (the known-places list), which the tagger and the document's vote read as a place.
        var doc = EntityPipeline.Run("t", "Survey puts Velmoor's opposition ahead\n\nA survey put Velmoor's opposition Unity League ahead of "
            + "the ruling bloc. Doran, who has led Velmoor since 2018, dismissed the figures.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Doran" && m.Type == EntityType.Person);
    }

    [Fact]
    public void APlaceBeforeWhichOrTheirPlural_StaysAPlace()
    {
        var doc = EntityPipeline.Run("t", "Rescuers reached Ostmere, which had been cut off for days. Officials in Ostmere said roads were open.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Ostmere" && m.Type == EntityType.Person);
    }

    [Fact]
    public void PartsOfAPlace_AndAcrossAPlace_AreAPlace()
    {
        var doc = EntityPipeline.Run("t", "Aid groups warn of hunger in flooded Dresk\n\nAid groups said on Monday that food was running short "
            + "in flooded parts of Dresk.");
        var dresk = doc.Mentions.Where(m => Text(doc, m) == "Dresk").ToList();
        Assert.Equal(2, dresk.Count);
        Assert.All(dresk, m => Assert.Equal(EntityType.Loc, m.Type));
    }

    [Fact]
    public void PartsOfAPersonsPlan_NamesNoPlace()
    {
        var doc = EntityPipeline.Run("t", "Critics attacked parts of Hallam's plan on Monday. Hallam said the plan would stand.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Hallam" && m.Type is EntityType.Loc or EntityType.Gpe);
    }

    [Fact]
    public void APartysPlural_IsThePartyTheArticleNamesInFull()
    {
        var doc = EntityPipeline.Run("t", "Liberals gain in new poll\n\nA poll on Monday put the opposition Liberal Alliance ahead of the ruling "
            + "Labour Party. The Liberals have led since June.");
        var party = Assert.Single(doc.Entities, e => e.Name == "Liberal Alliance");
        Assert.Contains("Liberals", party.Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Liberals");
    }

    [Fact]
    public void ACareOrLifeScienceCompany_IsOneOrganisation()
    {
        var doc = EntityPipeline.Run("t", "Vantor Health will not pay for the drug, a spokesman said. The insurer said costs were too high. "
            + "Kellgard Bio will appeal, the company said. Tessmark Health said little.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Vantor Health" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kellgard Bio" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Tessmark Health" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ACareCompanyBeforeItsDescription_StaysAnOrganisation()
    {
        var doc = EntityPipeline.Run("t", "Corvel Health, a rival, said it would review the case.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Corvel Health" && m.Type == EntityType.Org);
    }

    [Fact]
    public void AnOrdinaryWordBeforeHealth_IsNoCompany()
    {
        var doc = EntityPipeline.Run("t", "Officials said Public Health had warned of the risk. Mental Health services were stretched.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Public Health" or "Mental Health");
    }

    [Fact]
    public void AFieldBeforeAnExpertsNoun_IsNoOrganisation()
    {
        var doc = EntityPipeline.Run("t", "Cybersecurity analyst Mara Quell said the attack was serious. Aviation expert Tomas Brink agreed.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) is "Cybersecurity" or "Aviation");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Mara Quell" && m.Type == EntityType.Person);
    }

    [Fact]
    public void ATradeWordOpeningTheSentence_IsNoPartOfTheCompanysName()
    {
        var doc = EntityPipeline.Run("t", "Drugmaker Tavelon Therapeutics said on Monday its trial had failed. Tavelon Therapeutics shares fell "
            + "20 percent. Tavelon said it would appeal.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).StartsWith("Drugmaker", StringComparison.Ordinal));
        var company = Assert.Single(doc.Entities, e => e.Name == "Tavelon Therapeutics");
        Assert.Equal(3, company.MentionCount);
    }

    [Fact]
    public void TheXGovernment_MakesAnUnknownWordAState()
    {
        var doc = EntityPipeline.Run("t", "Talks stall over border\n\nOfficials said on Monday that the talks had stalled. The Kelmar government "
            + "rejected the plan on Tuesday.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Kelmar" && m.Type == EntityType.Gpe);
    }

    [Fact]
    public void ALeadersGovernment_WhereTheDocumentNamesTheLeader_IsNoState()
    {
        var doc = EntityPipeline.Run("t", "Prime Minister Anton Varro resigned on Friday. The budget was passed under the Varro government in 2019.");
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Varro" && m.Type == EntityType.Gpe);
    }
}
