namespace Dossier.Statements.Tests;

/// <summary>Round 37 (session 20): the lead's items from unseen news, each on an invented sentence of another story.</summary>
public sealed class LeadItemsRound37Tests
{
    private const string Airlines = "Check-in systems failed at airports across the Nordic region on Thursday morning.\n\n";

    [Fact]
    public void GroupIncludingANamedMember_SpeaksAsTheGroup_WithTheMember()
    {
        var doc = SampleDocuments.FromTextWithNames(Airlines
            + "At least four regional airlines, including Finland's Nordair, said passengers had been unable to check in.");

        var speaker = SampleDocuments.WithCue(doc, "said").Speaker;

        Assert.NotNull(speaker);
        Assert.EndsWith("four regional airlines", speaker.Name, StringComparison.Ordinal);
        Assert.Contains(speaker.With ?? [], w => w.Name == "Nordair");
    }

    [Theory]
    [InlineData("Finland's Nordair said passengers had been unable to check in.", "Nordair", null)]
    [InlineData("A spokesman for Denmark's CFCS cyber-defence centre said the intrusion had been contained.", "CFCS cyber-defence centre", "spokesman")]
    public void NameAfterACountrysPossessive_IsTheBody_NotTheCountry(string sentence, string name, string? role)
    {
        var doc = SampleDocuments.FromTextWithNames(Airlines + sentence);

        var speaker = SampleDocuments.WithCue(doc, "said").Speaker;

        Assert.Equal(name, speaker?.Name);
        Assert.Equal(role, speaker?.Role);
    }

    [Theory]
    [InlineData("Russia's Defence Ministry said the drones had been shot down.", "Ministry of Defence")]
    [InlineData("France's Interior Minister said the border would stay open.", "France")]
    public void CountrysMinistryOrOfficeHolder_StaysAsItWas(string sentence, string name)
    {
        var doc = SampleDocuments.FromTextWithNames(Airlines + sentence);

        Assert.Equal(name, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void ParticipleOfEffect_IsNoCue()
    {
        var doc = SampleDocuments.FromTextWithNames("Card payments failed for about four hours on Tuesday, affecting what the bank described as \"a small number\" of its account holders.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("affecting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Downing Street spokesman: no talks planned with Brussels this week")]
    [InlineData("Fishing rights: the talks with Oslo will resume in March, officials said.")]
    public void TalksAsNegotiations_IsNoCue(string sentence)
    {
        var doc = SampleDocuments.FromTextWithNames(sentence);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("talks", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondVerbAfterBut_SharesACommonNounSubject()
    {
        var doc = SampleDocuments.FromTextWithNames("The federation welcomed the verdict but said it was \"disappointed\" by the length of the ban.");

        Assert.Equal("The federation", SampleDocuments.WithCue(doc, "said").Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void SheAfterAnUnnamedSpokesperson_IsTheSpokesperson()
    {
        var doc = SampleDocuments.FromTextWithNames("Chief executive Anna Berg said on Monday that the firm would fight the ruling.\n\n"
            + "\"We have always respected the court,\" a spokesperson said. The firm is considering an appeal, she added.");

        Assert.Equal("spokesperson", SampleDocuments.WithCue(doc, "added").Speaker?.Name);
    }

    [Theory]
    [InlineData("Meanwhile, the Treasury would not comment on the new tender.", "the Treasury")]
    [InlineData("The port authority would not comment on the dredging contract.", "The port authority")]
    public void WouldNotComment_IsARefusalOfItsSubject(string sentence, string source)
    {
        var doc = SampleDocuments.FromTextWithNames("The ministry signed the dredging deal on Tuesday.\n\n" + sentence);

        var refusal = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("comment", StringComparison.Ordinal));
        Assert.Equal(Dossier.Core.Statements.SpeechAct.Decline, refusal.Act);
        Assert.Equal(source, refusal.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The toll rose to 41, according to the fire service's latest estimate.", "fire service")]
    [InlineData("Ten barges sank, according to the river authority's own tally.", "river authority")]
    public void CountOfABody_SpeaksForItsOwner(string sentence, string name)
    {
        var doc = SampleDocuments.FromTextWithNames(sentence);

        Assert.Equal(name, SampleDocuments.WithCue(doc, "according to").Speaker?.Name);
    }

    [Fact]
    public void PassiveWarningInsideAReport_HasTheVerbAsItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames("The ferry operator had been warned last year about cracks in the hull, the inspectors' report said.");

        var warning = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("warned", StringComparison.Ordinal));
        Assert.Equal("had been warned", warning.Cue.Slice(doc.Text));
    }

    [Fact]
    public void CountInARelativeClauseOfTheSource_IsTheSourcesCount()
    {
        var doc = SampleDocuments.FromTextWithNames("Services resumed on Friday.\n\nTrain departures were cancelled across the region, "
            + "according to tracking site RailPulse, which counted more than 300 cancellations.");

        Assert.Equal("Train departures were cancelled across the region", SampleDocuments.WithCue(doc, "according to").Content.Slice(doc.Text));
        var count = Assert.Single(doc.Quantities, q => q.Value == 300);
        Assert.True(count.Statement >= 0);
        Assert.Equal("RailPulse", doc.Statements[count.Statement].Speaker?.Name);
    }
}
