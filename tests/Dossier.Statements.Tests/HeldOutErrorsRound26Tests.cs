using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Content edges from the held-out train errors of round 26 (session 17), each on an invented sentence.</summary>
public sealed class HeldOutErrorsRound26Tests
{
    [Theory]
    [InlineData("The talks dragged on for weeks, and late on Friday the drivers' union agreed to suspend the strike until March.",
        "the drivers' union", "agreed", "late on Friday the drivers' union agreed to suspend the strike until March", "to suspend the strike until March")]
    [InlineData("Ticket prices rose again this spring, and regular fans accused the club of pricing them out.",
        "regular fans", "accused", "again this spring, and regular fans accused the club of pricing them out", "the club of pricing them out")]
    public void ContentRunBackOverItsOwnCue_HoldsWhatTheCueGoverns(string text, string source, string cue, string content, string expected)
    {
        var doc = SampleDocuments.Tokenized(text);

        var s = Cleaned(doc, Statement(doc, source, cue, content));

        Assert.Equal(expected, s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The delay, the inspector said, was avoidable and costly.", "the inspector", "said", "The delay, the inspector said, was avoidable and costly")]
    [InlineData("The new bridge is expected to open to traffic in May.", "", "is expected", "The new bridge is expected to open to traffic in May")]
    [InlineData("The fare rise has angered commuters across the region.", "commuters", "has angered", "fare rise has angered commuters across the region")]
    [InlineData("The toll plan has drawn criticism from hauliers and bus firms.", "hauliers", "has drawn criticism", "toll plan has drawn criticism from hauliers and bus firms")]
    [InlineData("The levy, which the mayor called a tax on the poor, was dropped.", "the mayor", "called", "which the mayor called a tax on the poor")]
    public void ContentAroundAnAsideOrARaisingCue_KeepsItsExtent(string text, string source, string cue, string content)
    {
        var doc = SampleDocuments.Tokenized(text);

        var s = Cleaned(doc, Statement(doc, source, cue, content));

        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("“The island has been forgotten by the mainland,” the council’s website explains. “We will keep the harbour open whatever it costs.”",
        "“We will keep the harbour open whatever it costs.”", "council’s website")]
    [InlineData("“Is this the same council that promised a new pier?” the local paper asks. “The one that cut the bus routes last year?”",
        "“The one that cut the bus routes last year?”", "local paper")]
    public void QuotationAfterAnAttributionOnlyTheTaggerFinds_ContinuesTheSpeech(string paragraph, string quotation, string speaker)
    {
        var doc = SampleDocuments.FromText("The ferry line will stop running in April.\n\n" + paragraph);

        var continuation = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text) == quotation);
        Assert.True(continuation.Cue.IsEmpty);
        Assert.Equal(speaker, continuation.Speaker?.Name);
    }

    [Theory]
    [InlineData("Asked about the merger, the chief executive suggested, “The deal will close by June.”", ", “The deal will close by June.”", "“The deal will close by June.”")]
    [InlineData("The harbour master was blunt. The pier is unsafe, he said. Nobody should fish there.", ". Nobody should fish there.", "Nobody should fish there.")]
    public void ContentOpeningOnTheCommaBeforeIt_OpensAfterIt(string text, string content, string expected)
    {
        var doc = SampleDocuments.Tokenized(text);
        var contentSpan = Find(doc, content, 0);
        var cueSpan = Find(doc, text.Contains("suggested", StringComparison.Ordinal) ? "suggested" : "said", 0);
        var s = new Statement(cueSpan, contentSpan, StatementKind.Indirect, SpeechAct.Assert, Certainty.Certain, null, [], [], null);

        Assert.Equal(expected, Cleaned(doc, s).Content.Slice(doc.Text));
    }

    private static Statement Cleaned(Document doc, Statement s) => Assert.Single(StatementCleanup.Clean(doc, [s]));

    private static Statement Statement(Document doc, string source, string cue, string content)
    {
        var contentSpan = Find(doc, content, 0);
        var cueSpan = Find(doc, cue, contentSpan.Start);
        Speaker? speaker = source.Length == 0 ? null : new Speaker(source, -1, Find(doc, source, contentSpan.Start), null);
        return new Statement(cueSpan, contentSpan, StatementKind.Indirect, SpeechAct.Assert, Certainty.Certain, speaker, [], [], null);
    }

    private static TextSpan Find(Document doc, string part, int from)
    {
        int i = doc.Text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{part}' not in the text");
        return new TextSpan(i, i + part.Length);
    }
}
