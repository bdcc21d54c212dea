namespace Dossier.Statements.Tests;

/// <summary>Repairs from the held-out train errors of round 24 (session 16), each on an invented sentence.</summary>
public sealed class HeldOutErrorsRound24Tests
{
    [Theory]
    [InlineData("The mayor met the union leaders who have demanded a new contract for the drivers.", "have demanded")]
    [InlineData("The bill angered the party's younger members who have long demanded cheaper housing.", "have long demanded")]
    public void RelativePronounBeforeTheCue_IsTheSource(string sentence, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames("Drivers press for pay\n\n" + sentence);

        Assert.Equal("who", SampleDocuments.WithCue(doc, cue).Speaker?.Span?.Slice(doc.Text));
    }
}
