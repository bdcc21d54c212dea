using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Content and source repairs from the held-out train errors of round 29 (session 18), each on an invented story.</summary>
public sealed class HeldOutErrorsRound29Tests
{
    private const string Lead = "Ferry services resumed on Tuesday after a week of storms.\n\n";

    [Theory]
    [InlineData("Councillor Ruth Abara wrote of the closure, \"This is a betrayal of the island.\"", "wrote", "\"This is a betrayal of the island.\"")]
    [InlineData("The harbour master said of the trawler's skipper, \"He should never have left port in that weather.\"", "said",
        "\"He should never have left port in that weather.\"")]
    [InlineData("As the crowd jeered, the club chairman says, \"Please let the players leave the pitch.\"", "says",
        "\"Please let the players leave the pitch.\"")]
    public void QuotationAfterItsCue_IsTheWholeContent(string sentence, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Lead + sentence);

        var statement = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(content, statement.Content.Slice(doc.Text));
        Assert.Equal(StatementKind.Direct, statement.Kind);
    }

    [Theory]
    [InlineData("Whether the levy survives or not, the minister added, \"it will be collected this year.\"", "added",
        "Whether the levy survives or not, the minister added, \"it will be collected this year.\"")]
    [InlineData("The port authority described the new crane as \"a long overdue investment.\"", "described",
        "the new crane as \"a long overdue investment.\"")]
    public void QuotationAfterAClauseOrAnObject_KeepsThem(string sentence, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Lead + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The dockers' union called the pay offer \"an insult to every crew,\" and the strike went ahead on Monday.", "called",
        "the pay offer \"an insult to every crew,\"")]
    [InlineData("The regulator rated the operator \"broadly compliant,\" which is its second-highest grade.", "rated",
        "the operator \"broadly compliant,\"")]
    [InlineData("The skipper said the catch was \"the worst in twenty years,\" but is hopeful about the spring.", "said",
        "the catch was \"the worst in twenty years,\" but is hopeful about the spring")]
    public void QuotationClosedByAComma_EndsTheContentBeforeTheWritersClause(string sentence, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Lead + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Fact]
    public void ParenthesisOpenedBeforeTheContent_IsNotPartOfIt()
    {
        var doc = SampleDocuments.FromTextWithNames(Lead + "The sale went through. (The ferry company said the timing of the sale was unrelated.)");

        Assert.Equal("the timing of the sale was unrelated.", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The port authority lists the channel's depth as nine metres, well short of what the new container ships need.", "lists",
        "The port authority")]
    [InlineData("The harbour board often mentions the delay in its letters to residents.", "often mentions", "The harbour board")]
    [InlineData("Councillor Dunmore hasn't expressed an interest in the harbour plan.", "interest", "Councillor Dunmore")]
    public void SpeakerlessCueAfterASubject_TakesThatSubject(string sentence, string cue, string source)
    {
        var doc = SampleDocuments.FromTextWithNames("Harbour dredging to resume in spring\n\n" + sentence);

        Assert.Equal(source, SampleDocuments.WithCue(doc, cue).Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The dredging contract is expected to be signed in May, months after the council first debated it.", "is expected")]
    [InlineData("The harbour documents raised new questions about whether the board had misled the council over the cost.", "new questions about")]
    public void PassiveOrNounCueAfterASubject_StaysWithoutSpeaker(string sentence, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames("Harbour dredging to resume in spring\n\n" + sentence);

        Assert.Null(SampleDocuments.WithCue(doc, cue).Speaker?.Span);
    }
}
