namespace Dossier.Statements.Tests;

/// <summary>Round 47 (session 25): held-out train's content edges — a tail cue's content that ran into the quotation
/// opening the next sentence — on invented sentences of a dock-strike story, read as the evaluator reads them (tokens
/// and sentences, no parts of speech).</summary>
public sealed class HeldOutErrorsRound47Tests
{
    private const string Strike = "But other members of the dockers' union have been urging the council to close the terminal, saying that only a "
        + "shutdown would move the owners - especially the shipping lines - to talk. ";

    private const string After = "\n\nMs. Okafor said the long dispute was tied to the terminal's history.\n";

    [Fact]
    public void ATailCuesContent_EndsWithItsSentence_AndTheNextQuotationGoesOnWithTheSpeech()
    {
        const string quotation = "''Give us the vote and we will finish what we started.''";
        var doc = SampleDocuments.FromText(Strike + "''We need a strike,'' said Ms. Okafor, referring to the stoppage rules used by unions in "
            + "other ports. " + quotation + After);

        var tail = SampleDocuments.WithCue(doc, "referring to");
        Assert.Equal("the stoppage rules used by unions in other ports", tail.Content.Slice(doc.Text));
        var goesOn = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text) == quotation);
        Assert.True(goesOn.Cue.IsEmpty);
        Assert.Equal(tail.Speaker?.Name, goesOn.Speaker?.Name);
    }

    [Fact]
    public void ATailThatSaysSomething_KeepsTheQuotationAfterIt()
    {
        var doc = SampleDocuments.FromText(Strike + "''We need a strike,'' said Ms. Okafor, adding that the union had waited long enough. "
            + "''Give us the vote and we will finish what we started.''" + After);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.IsEmpty && s.Content.Slice(doc.Text).StartsWith("''Give us", StringComparison.Ordinal));
    }
}
