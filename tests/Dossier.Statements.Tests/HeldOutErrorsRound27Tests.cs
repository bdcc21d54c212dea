namespace Dossier.Statements.Tests;

/// <summary>Cue repairs from the held-out train errors of round 27 (session 17), each on an invented sentence.</summary>
public sealed class HeldOutErrorsRound27Tests
{
    [Theory]
    [InlineData("After the match a soaked goalkeeper quipped, \"At least the rain has stopped.\"", "quipped", "soaked goalkeeper")]
    [InlineData("The harbour master lamented that the new dredger had arrived a year late.", "lamented", "harbour master")]
    public void VerbOfHowItWasSaid_IsACue(string sentence, string cue, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames("Harbour reopens after storm\n\n" + sentence);

        var statement = SampleDocuments.WithCue(doc, cue);
        Assert.Contains(speaker, statement.Speaker?.Span?.Slice(doc.Text) ?? "", StringComparison.Ordinal);
    }
}
