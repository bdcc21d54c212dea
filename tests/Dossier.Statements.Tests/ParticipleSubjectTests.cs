namespace Dossier.Statements.Tests;

/// <summary>", saying …" after a clause: the clause's subject speaks, not a noun of its object.</summary>
public sealed class ParticipleSubjectTests
{
    [Theory]
    [InlineData("Norway on Friday expelled three Iranian diplomats, saying the inquiry had found \"clear evidence\" of spying.", "Norway")]
    [InlineData("Norway expelled three Iranian diplomats, saying the inquiry had found clear evidence of spying.", "Norway")]
    public void TheSubjectOfTheClause_SpeaksTheParticiple(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames("Norway expels Iranian diplomats\n\n" + text);

        var s = SampleDocuments.WithCue(doc, "saying");
        Assert.Equal(speaker, s.Speaker?.Name);
    }
}
