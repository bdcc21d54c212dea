using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Round 55 (session 27): quantities in invented news texts — a hedge before a range, a share a fall or rise
/// came to, the number a count is said to have really been, a difference and the figure it is reckoned from, and "one"
/// in a fixed adverbial.</summary>
public sealed class QuantityRound55Tests
{
    [Theory]
    [InlineData("The count was close, out of about 11,000 to 12,000 ballots cast in the ward.", "about 11,000 to 12,000", 11_000, 12_000)]
    [InlineData("Rescuers said roughly 40 to 50 villagers were still trapped under the rubble.", "roughly 40 to 50", 40, 50)]
    [InlineData("The agency counted approximately 300 to 400 migrants on the beach on Friday.", "approximately 300 to 400", 300, 400)]
    public void AHedgeBeforeARange_WidensItAndIsInItsSpan(string sentence, string text, double low, double high)
    {
        var doc = SampleDocuments.FromText(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
        Assert.Equal(QuantityQualifier.Approximate, q.Qualifier);
        Assert.True(q.Low < low && q.High > high, $"{q.Low}..{q.High}");
        Assert.Equal(low, q.Value);
    }

    [Fact]
    public void ATotalOutOfAfterAHedgedRange_StillCountsWhatTheCountBeforeCounts()
    {
        var doc = SampleDocuments.FromText("The mayor won by 212 votes out of roughly 9,000 to 10,000 cast on Sunday.");
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "roughly 9,000 to 10,000");
        Assert.Equal("votes", q.Object);
    }

    [Theory]
    [InlineData("Reservoir levels have fallen further, to 14 percent, according to figures from the water board.", "14 percent", "Reservoir levels")]
    [InlineData("The jobless rate has climbed to 9.5% in the northern provinces, the agency said.", "9.5%", "jobless rate")]
    [InlineData("Turnout dropped sharply, to 41 percent, in the second round.", "41 percent", "Turnout")]
    public void AShareAChangeCameTo_IsAShareOfTheVerbsSubject(string sentence, string text, string obj)
    {
        var doc = SampleDocuments.FromText(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
        Assert.Equal(obj, q.Object);
    }

    [Theory]
    [InlineData("The airline had first said about 120 passengers were hurt, but a nurse said the real number could have been close to 200.", "close to 200", "passengers")]
    [InlineData("Officials reported 35 deaths on Monday, though aid workers believe the true figure is about 60.", "about 60", "deaths")]
    [InlineData("Police counted 4,000 marchers, but organisers said the number was at least 9,000.", "at least 9,000", "marchers")]
    public void TheRealNumberOfAnEarlierCount_CountsWhatItCounts(string sentence, string text, string obj)
    {
        var doc = SampleDocuments.FromText(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
        Assert.Equal(obj, q.Object);
    }

    [Fact]
    public void ADifferenceAndTheFigureItIsReckonedFrom_CountWhatTheCountBeforeCounts()
    {
        var doc = SampleDocuments.FromText("Auditors found that at least 410 patients had been treated at the clinic, nearly 70 more than the 342 listed in its records.");
        var diff = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "nearly 70");
        Assert.Equal("patients", diff.Object);
        var listed = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "342");
        Assert.Equal("patients", listed.Object);
    }

    [Fact]
    public void AFigureComparedWithAfterFewerThan_CountsTheSameThing()
    {
        var doc = SampleDocuments.FromText("The school enrolled 85 pupils this year, 12 fewer than the 97 recorded last autumn.");
        var diff = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "12");
        Assert.Equal("pupils", diff.Object);
        var before = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "97");
        Assert.Equal("pupils", before.Object);
    }

    [Theory]
    [InlineData("The trucks on the upper deck slid to one side as the ship listed.", "one")]
    [InlineData("On one hand the council wants lower fares; on the other it needs the money.", "one")]
    [InlineData("At one point the queue stretched around the block, witnesses said.", "one")]
    [InlineData("The miners hoped that one day the pit would reopen.", "one")]
    public void OneInAFixedAdverbial_IsNoCount(string sentence, string one)
    {
        var doc = SampleDocuments.FromText(sentence);
        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith(one, StringComparison.OrdinalIgnoreCase) && q.Value == 1);
    }

    [Fact]
    public void OneBeforeASingularNounOutsideAnAdverbial_IsStillACount()
    {
        var doc = SampleDocuments.FromText("The blast destroyed one house and damaged 14 others in the village.");
        Assert.Contains(doc.Quantities, q => q.Span.Slice(doc.Text) == "one" && q.Object == "house");
    }
}
