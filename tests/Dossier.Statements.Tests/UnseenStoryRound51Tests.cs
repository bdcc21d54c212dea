using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 51's invented dossiers (a bank treasurer's embezzlement trial, a food maker's profit
/// warning, a cholera outbreak with revised counts), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound51Tests
{
    [Theory]
    [InlineData("Brakmo Steel on Tuesday lowered its annual earnings forecast, saying demand from carmakers had weakened.", "forecast")]
    [InlineData("Hollin Chemicals on Monday cut its full-year sales forecast, citing weaker demand in Asia.", "forecast")]
    public void APossessedForecastBeforeACommaOrStop_IsANoun(string text, string noun)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(noun, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Another 85 suspected cases were being tested in the capital.")]
    [InlineData("Doctors were treating 140 confirmed patients and 60 suspected cases at the camp.")]
    public void ACountsParticipleBeforeItsNoun_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) is "suspected" or "confirmed");
    }

    [Fact]
    public void CitingFearsThat_IsTheSubjectsParticiple()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Morland's government on Tuesday closed all ferry routes to the islands for a week, citing fears that the storm could strengthen.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name is "citing");
        var s = SampleDocuments.WithCue(doc, "citing");
        Assert.StartsWith("Morland", s.Speaker?.Name ?? "", StringComparison.Ordinal);
        Assert.StartsWith("fears that", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The panel met for six hours over three days before it ruled.", 3)]
    [InlineData("Rescuers searched for 40 hours over two nights and 20 hours over four days.", 4)]
    public void OverAfterALengthOfTime_SpansIt(string text, double value)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal(QuantityQualifier.Exact, Assert.Single(doc.Quantities, q => q.Value == value).Qualifier);
    }

    [Theory]
    [InlineData("The ministry said 40 cases had been confirmed and 75 suspected cases were being tested.")]
    [InlineData("Officials said there were now 19 probable cases in the district.")]
    public void SuspectedOrProbableCases_AreNoHedge(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(Certainty.Certain, SampleDocuments.WithCue(doc, "said").Certainty);
    }
}
