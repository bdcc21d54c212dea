namespace Dossier.Statements.Tests;

/// <summary>Repairs from the held-out train errors of round 18: transcript turns, and a name in "-ing" before an aside.</summary>
public sealed class HeldOutErrorsRound18Tests
{
    private const string Interview =
        "Governor weighs in on the race\n\n"
        + "In an interview on Sunday, the governor spoke with the host about the campaign.\n\n"
        + "MORRIS: Do you think the senator can win the state?\n\n"
        + "HALLORAN: I think he is trying hard, and the voters will decide in November.\n\n"
        + "Q: What about the budget?\n\n"
        + "A: We will balance it next year.";

    [Theory]
    [InlineData("HALLORAN", "I think he is trying hard, and the voters will decide in November.")]
    [InlineData("MORRIS", "Do you think the senator can win the state?")]
    // Round 66: "A:" with no guest named before the turns is nobody's name; the answer stays, unnamed.
    [InlineData(null, "We will balance it next year.")]
    public void TranscriptTurn_IsTheSpeechOfItsLabel(string? speaker, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Interview);

        var turn = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text) == content);
        Assert.Equal(speaker, turn.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal(":", turn.Cue.Slice(doc.Text));
    }

    [Fact]
    public void LoneLabelParagraph_InAReport_IsNoTranscript()
    {
        var doc = SampleDocuments.FromTextWithNames("Senator weighs in\n\n"
            + "The senator spoke to supporters in the capital on Sunday.\n\n"
            + "MORRIS: a retired teacher who came with her family to hear the speech.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == ":");
    }

    [Theory]
    [InlineData("UPDATE: The senator has since withdrawn from the race.")]
    [InlineData("BREAKING NEWS: Senator withdraws from the race")]
    [InlineData("UN: PEACEKEEPERS ACCUSED IN NEW REPORT")]
    [InlineData("The plan: cut the budget by a tenth.")]
    public void HeadingOrOrdinaryColon_IsNoTurn(string paragraph)
    {
        var doc = SampleDocuments.FromTextWithNames("Senator weighs in\n\n" + paragraph);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == ":" && s.Speaker?.Span is not null
            && doc.Text.AsSpan(s.Speaker.Span.Value.Start).StartsWith(paragraph.AsSpan(0, paragraph.IndexOf(':'))));
    }

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
