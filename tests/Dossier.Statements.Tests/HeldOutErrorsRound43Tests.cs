namespace Dossier.Statements.Tests;

/// <summary>Round 43 (session 23): held-out train's source errors — a speakerless cue right after a relative "who" —
/// on invented sentences of a water-bills story, read as the evaluator reads them (tokens and sentences, no parts of
/// speech) and as the product reads them (with names).</summary>
public sealed class HeldOutErrorsRound43Tests
{
    private const string Bills = "Water bills rise again.\n\n";

    private const string Lecturer = "''I've been following this story for years,'' said Anna Berg, a lecturer in public finance at the University "
        + "of Tromso in Norway, who likened the rise to a slow flood. ''It's become my hobby.''";

    [Fact]
    public void CueRightAfterWho_HasThePronounAsItsSource()
    {
        var doc = SampleDocuments.FromText(Bills + Lecturer);

        var statement = SampleDocuments.WithCue(doc, "likened");
        Assert.Equal("who", statement.Speaker?.Span?.Slice(doc.Text).ToString());
    }

    [Fact]
    public void CueRightAfterWho_SpeaksForTheDescribedSpeakerNotTheLastNoun()
    {
        var doc = SampleDocuments.FromTextWithNames(Bills + Lecturer);

        var statement = SampleDocuments.WithCue(doc, "likened");
        Assert.Equal("Anna Berg", statement.Speaker?.Name);
    }
}
