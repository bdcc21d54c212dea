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

    [Theory]
    [InlineData("Mayor Ana Ruiz was asked about the closures at a meeting on Tuesday.", "was asked about")]
    [InlineData("The striker, who joined the club last summer, has been widely criticized for his comments about the referee.", "has been widely criticized for")]
    public void SubjectOfAPassiveOfSpeech_IsNoSpeaker(string sentence, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames("Questions for the minister\n\n" + sentence);

        Assert.Null(SampleDocuments.WithCue(doc, cue).Speaker);
    }
}
