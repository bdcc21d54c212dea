namespace Dossier.Statements.Tests;

/// <summary>Speakers a clause gives: ", saying …" after it is its subject's, "X, 58, who …" is X's.</summary>
public sealed class ClauseSpeakerTests
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

    [Fact]
    public void ARelativePronounAfterAnAge_SpeaksForTheNameBeforeIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Former mayor Daniel Okoro was jailed. Okoro, 58, who has denied wrongdoing since his arrest, will appeal, his lawyer told reporters.");

        var s = SampleDocuments.WithCue(doc, "denied");
        Assert.Equal("Daniel Okoro", s.Speaker?.Name);
    }
}
