using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Language.Aliases;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from round 23's dossiers (an EU antitrust fine, a central bank's rate cut, an expulsion of diplomats,
/// a mine's acid spill), each on an invented sentence of the same shape.</summary>
public sealed class UnseenStoryRound23Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    private static Entity EntityOf(Document doc, string surface) =>
        doc.Entities[Assert.Single(doc.Mentions, m => Text(doc, m) == surface).Entity];

    [Theory]
    [InlineData("Regulators fined Marrowgate Foods Inc. 40 million dollars on Monday.", "Marrowgate Foods Inc")]
    [InlineData("Shares in Tolvern Copper plc fell sharply after the warning.", "Tolvern Copper plc")]
    public void ALegalSuffixWithAPeriodOrInLowerCase_EndsTheCompanysName(string text, string company)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == company && m.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("The mayor told Voz Andina radio that the road would reopen.", "Voz Andina")]
    [InlineData("Speaking to Kilima TV, the minister denied the report.", "Kilima TV")]
    public void CapitalisedWordsBeforeRadio_OrEndingInTV_AreAnOutlet(string text, string outlet)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == outlet && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Kenyan radio said the talks had failed, and Sunday TV repeated it.")]
    [InlineData("State television said the vote was delayed.")]
    [InlineData("Local radio reported two deaths.")]
    public void APeopleAWeekdayOrAnOrdinaryWordBeforeTheMedium_IsNoOutlet(string text)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Org);
    }

    [Fact]
    public void ATitleOpeningACourtsName_IsNoPersonsTitle()
    {
        var doc = EntityPipeline.Run("t", "The company said it would appeal to the General Court in Brussels.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "General Court" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void ANameEndingInOffice_IsABody()
    {
        var doc = EntityPipeline.Run("t", "Austria's Federal Cartel Office, the Kartellamt, is running a separate case against Norvik.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Federal Cartel Office" && m.Type == EntityType.Org);
    }

    [Fact]
    public void Brussels_StandsForTheUnion_OrItsCommission_WhereTheArticleNamesThem()
    {
        var doc = EntityPipeline.Run("t", "The EU says the rules are fair. Brussels wants a reply by Friday.");
        Assert.Equal("European Union", EntityOf(doc, "Brussels").Name);
        var commission = EntityPipeline.Run("v", "The deal awaits Brussels. The European Commission will rule in May.");
        Assert.Equal("European Commission", EntityOf(commission, "Brussels").Name);
        var city = EntityPipeline.Run("u", "Brussels police closed the square on Friday.");
        Assert.Equal("Belgium", EntityOf(city, "Brussels").Name);
    }

    [Fact]
    public void ABodysNameRepeatedInLowerCase_IsTheBody_NotThePlaceInIt()
    {
        var doc = EntityPipeline.Run("t", "The Reserve Bank of Malawi raised its rate. The reserve bank of Malawi said inflation was high.");
        Assert.Equal("Reserve Bank of Malawi", EntityOf(doc, "reserve bank of Malawi").Name);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Malawi");
    }

    [Fact]
    public void TheCentralBankOfACountry_IsABody_NotTheCountry()
    {
        var doc = EntityPipeline.Run("t", "Inflation slowed in March. The central bank of Ghana said it would hold rates.");
        Assert.Equal(EntityType.Org, EntityOf(doc, "central bank of Ghana").Type);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m) == "Ghana");
    }

    [Fact]
    public void ACompanysNameLessItsHeadAndLegalSuffix_IsTheCompany()
    {
        var doc = EntityPipeline.Run("t", "Ashby Vale Logistics Ltd cut 200 jobs. Ashby Vale said demand had fallen.");
        var company = EntityOf(doc, "Ashby Vale");
        Assert.Equal(EntityType.Org, company.Type);
        Assert.Same(company, EntityOf(doc, "Ashby Vale Logistics Ltd"));
    }

    [Fact]
    public void ABanksNationalArm_IsTheBank()
    {
        var doc = EntityPipeline.Run("t", "Analysts at Barclays and Umoja Bank Tanzania had expected the cut.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Umoja Bank Tanzania" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ABroadcastersStation_IsOneName()
    {
        var doc = EntityPipeline.Run("t", "She told RTE Radio 1 that the deal was close.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "RTE Radio 1" && m.Type == EntityType.Org);
    }

    [Fact]
    public void ASpanishCompanyHead_EndsACompany_AndItsFirstWordJoinsItAcrossReports()
    {
        var first = EntityPipeline.Run("u", "The contract went to Aldana Sistemas last year.");
        Assert.Contains(first.Mentions, m => Text(first, m) == "Aldana Sistemas" && m.Type == EntityType.Org);
        var second = EntityPipeline.Run("v", "Shares in Aldana rose on Monday.");
        var merged = EntityMerger.Merge([first, second]);
        Assert.Single(merged.Entities, e => e.Aliases.Contains("Aldana") && e.Aliases.Contains("Aldana Sistemas"));
    }
}
