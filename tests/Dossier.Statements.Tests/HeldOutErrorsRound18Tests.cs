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
}
