namespace Dossier.Statements.Tests;

/// <summary>Round 42 (session 22): speakerless cues whose subject stands right before them — a tagged content that ran
/// back over the subject, and a lower-case subject opening its clause after a comma or a subordinating conjunction — on
/// invented sentences of a ferry-fares story, read as the evaluator reads them (tokens and sentences, no parts of speech).</summary>
public sealed class HeldOutErrorsRound42Tests
{
    private const string Fares = "Ferry fares rise again.\n\n";

    [Fact]
    public void ContentRunBackOverItsSubject_GivesTheSubjectAndWhatFollowsTheCue()
    {
        var doc = SampleDocuments.FromText(Fares + "The fares were set by the new board. Osei personally opposes the fare rise, but she has not said how she will vote.");

        var statement = SampleDocuments.WithCue(doc, "personally");
        Assert.Equal("Osei", statement.Speaker?.Span?.Slice(doc.Text).ToString());
        Assert.Equal("opposes the fare rise", statement.Content.Slice(doc.Text).ToString());
    }

    [Theory]
    [InlineData("In the age of cheap flights, these budget airlines promote their low fares on every bus stop.", "promote", "these budget airlines")]
    [InlineData("Usually when a ferry sinks, news crews call upon divers with long experience of the strait.", "call upon", "news crews")]
    [InlineData("The fares were explained in leaflets. Often, families did not understand the new discount rules.", "did not understand", "families")]
    [InlineData("While the harbour master didn't disclose his view of the timetable, the crews said it was unworkable.", "disclose", "the harbour master")]
    public void LowerCaseSubjectOpeningItsClause_SpeaksForTheCueAfterIt(string sentence, string cue, string subject)
    {
        var doc = SampleDocuments.FromText(Fares + sentence);

        var statement = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(subject, statement.Speaker?.Span?.Slice(doc.Text).ToString());
    }

    [Theory]
    [InlineData("Okafor, the captain known as \u201cthe Admiral,\u201d stated that the ferry had been overloaded.", "stated", "Okafor")]
    [InlineData("The first man said the fares were unfair. The other man, his cousin Kofi Asante, 40, cited the cost of the crossing for families.", "cited", "The other man")]
    [InlineData("The ferry was full on Sunday. Her younger brother, the Rev. Yaw Osei, knew the captain for decades.", "knew", "Her younger brother")]
    public void SubjectBeforeAnAside_SpeaksAfterAQuotationsCommaOrAsADescribedPerson(string sentence, string cue, string subject)
    {
        var doc = SampleDocuments.FromText(Fares + sentence);

        var statement = SampleDocuments.WithCue(doc, cue);
        Assert.StartsWith(subject, statement.Speaker?.Span?.Slice(doc.Text).ToString() ?? "", StringComparison.Ordinal);
    }
}
