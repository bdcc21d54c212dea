namespace Dossier.Statements.Tests;

/// <summary>Repairs from the held-out train errors of round 18.</summary>
public sealed class HeldOutErrorsRound18Tests
{
    [Fact]
    public void NameEndingInIng_BeforeAnAside_Speaks()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Network drops commentator\n\n"
            + "The network said the posts of the former pitcher Curt Schilling were unacceptable. Schilling, through a spokeswoman, declined to comment.");

        Assert.Equal("Schilling", SampleDocuments.WithCue(doc, "declined").Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The campaign hasn't decided what other issues it would raise.", "hasn't decided")]
    [InlineData("Senator Grassley hasn't expressed an inclination to hold hearings.", "hasn't expressed")]
    public void AuxiliaryWrittenTogetherWithNot_BelongsToTheCue(string sentence, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames("Campaign weighs its options\n\n" + sentence);

        var statement = Assert.Single(doc.Statements);
        Assert.StartsWith(cue, statement.Cue.Slice(doc.Text), StringComparison.Ordinal);
    }
}
