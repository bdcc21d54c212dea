using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 25's unseen stories (an appliance recall, a singer's contract trial, a campus occupation, a
/// central-bank leak inquiry, a transfer told by two outlets, a bushfire told by two, a layoff memo, a budget vote with
/// rebels, a drug-trial result, a hostage release), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound25Tests
{
    [Theory]
    [InlineData("The miner paid C$40 million in fines.", "C$40 million", "CAD", 40_000_000)]
    [InlineData("Each family received A$2,500 from the fund.", "A$2,500", "AUD", 2_500)]
    [InlineData("The tower was sold for HK$3 billion last year.", "HK$3 billion", "HKD", 3_000_000_000)]
    [InlineData("The loan of US$5 million was repaid.", "US$5 million", "USD", 5_000_000)]
    public void ACountrysLettersOnTheDollarSign_NameItsDollar(string text, string number, string currency, double value)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(currency, q.Unit);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("Free meals go to children aged under five in the district.")]
    [InlineData("The vaccine is offered to adults aged over 65 this winter.")]
    public void ABoundOnAnAge_CountsNothing(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Empty(doc.Quantities);
    }

    [Theory]
    [InlineData("Crews flew a Boeing 737 tanker over the ridge.")]
    [InlineData("The FTSE 100 index closed lower on Friday.")]
    [InlineData("He will wear the number 9 jersey next season.")]
    [InlineData("Forecasters warned of a category 4 storm.")]
    public void ANumberInsideAName_CountsNothing(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void ACountAfterTheArticle_StaysACount()
    {
        var doc = SampleDocuments.FromText("The airline ordered the 300 Boeing jets in March.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(300, q.Value);
    }

    [Theory]
    [InlineData("The ferry line said 14 of its own vessels were idle.", 14, "vessels")]
    [InlineData("The motion failed after 9 of their own MEPs voted against it.", 9, "MEPs")]
    public void OfItsOwn_CountsWhatFollowsOwn(string text, double value, string counted)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Value == value);
        Assert.Equal(counted, q.Object);
    }

    [Fact]
    public void AModifierBetweenTheArticleAndTheShare_StillNamesTheChange()
    {
        var doc = SampleDocuments.FromText("Commuters face a proposed 12% increase in fares.");

        var q = Assert.Single(doc.Quantities, q => q.Value == 12);
        Assert.Equal("increase", q.Object);
    }

    [Theory]
    [InlineData("Rooms will cost 45 euros a night during the festival.", "45 euros")]
    [InlineData("The fee rises to $300 a semester next year.", "$300")]
    public void APriceReckonedPerSomething_NamesNoObject(string text, string number)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Null(q.Object);
    }

    [Fact]
    public void ANameBetweenCommasAfterAnUnknownDescription_IsThePersonALaterSheIs()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Judge Martin Kell warned both sides on Tuesday not to talk to reporters.\n\n"
            + "Grant's publicist, Nora Hale, said in a statement that he was \"resting at home.\" She would not comment on reports that he had been paid.");

        var s = SampleDocuments.WithCue(doc, "would not comment on");
        Assert.NotNull(s.Speaker);
        Assert.Equal("Nora Hale", s.Speaker!.Name);
    }

    [Fact]
    public void APeopleToldToDoSomething_AreNoSpeakers()
    {
        var doc = SampleDocuments.FromText(
            "The storm cut power to the island, with about 900 households now told to boil water, the utility said on Monday.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.DoesNotContain(doc.Statements, x => x.Speaker is { } sp && sp.Name.Contains("households", StringComparison.Ordinal));
    }

    [Fact]
    public void AsSoonAsPossible_IsNoHedge()
    {
        var doc = SampleDocuments.FromText("The coach said the club wanted a new goalkeeper as soon as possible.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(Certainty.Certain, s.Certainty);
    }

    [Fact]
    public void ARoleReadOverAnInvertedCopula_StartsAfterTheVerb()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Among the critics was former senator Paul Brant, who said the plan was \"reckless.\"");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.NotNull(s.Speaker);
        Assert.Equal("Paul Brant", s.Speaker!.Name);
        Assert.Equal("former senator", s.Speaker.Role);
    }

    [Fact]
    public void ADescriptionOpenedByANamedOwner_IsTheNamesRole()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Okafor's lawyer, Denise Marlowe, said in an interview with CNN that her client would appeal.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.NotNull(s.Speaker);
        Assert.Equal("Denise Marlowe", s.Speaker!.Name);
        Assert.Equal("Okafor's lawyer", s.Speaker.Role);
        Assert.Equal("her client would appeal", s.Content.Slice(doc.Text));
        Assert.Contains(s.Relays, r => r.Name == "CNN" && r.Medium == "interview");
    }

    [Fact]
    public void AContentOpeningWithItsRelativeSpeaker_StartsAfterTheCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The river is at its highest level since 1998, according to the water agency, which warned of \"severe\" flooding in the valley.");

        var s = SampleDocuments.WithCue(doc, "warned of");
        Assert.Equal("\"severe\" flooding in the valley", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ForFearOf_IsAReason_NotSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "One nurse, who spoke on condition of anonymity for fear of losing her job, said the ward had been closed.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }
}
