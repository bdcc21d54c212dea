using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;

namespace Dossier.Statements.Tests;

/// <summary>The lead's items from invented news before round 47 (a passive "was told of" inside a report, "told a news
/// conference", a number written as a word after "put … at", "Several said" after a sentence about residents), each
/// tested on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound47Tests
{
    [Theory]
    [InlineData("The goalkeeper was told of his release at a meeting on Thursday, the club said in a statement.")]
    [InlineData("The consul was told of Brenland's objections on Monday, the foreign ministry said.")]
    public void BeingToldOfSomethingInsideAReport_IsThatReportsAndNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Contains("was told of", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The harbour master told a news conference on Friday that the channel would reopen within a week.", "a news conference")]
    [InlineData("\"We did not see it coming,\" the coach told a press conference after the match.", "a press conference")]
    public void ToldANewsConference_TheConferenceIsTheRelay(string text, string relay)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "told");
        var r = Assert.Single(s.Relays);
        Assert.Equal(relay, r.Name);
        Assert.Equal("conference", r.Medium);
    }

    [Theory]
    [InlineData("Fans fought with stewards outside the stadium on Sunday. Police put the number of arrests at nine.", "the number of arrests at nine")]
    [InlineData("The coast guard put the number of people rescued at fourteen.", "the number of people rescued at fourteen")]
    public void PuttingANumberAtANumberWord_IsTheSourcesEstimate(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "put");
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ATaggedPutThatStoppedInsideWhatWasMeasured_RunsOnToTheNumber()
    {
        // The tagger's reading in the lead's story, built by hand: "put" found with a content that stops before "at".
        const string text = "Police put the number of arrests at eleven.";
        var doc = SampleDocuments.Tokenized(text);
        var view = new TokenView(doc, QuoteScanner.Scan(text, doc.Paragraphs));
        var statements = new List<Statement>
        {
            new(Span(text, "put"), Span(text, "number of arrests"), StatementKind.Indirect, SpeechAct.Assert, Certainty.Certain,
                new Speaker("Police", -1, Span(text, "Police"), null), [], [], null),
        };

        AttributionTagger.EstimatesPut(view, [], statements);

        var s = Assert.Single(statements);
        Assert.Equal("the number of arrests at eleven", s.Content.Slice(text));
    }

    private static TextSpan Span(string text, string words)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(at, at + words.Length);
    }

    [Theory]
    [InlineData("Villagers from the valley queued for water at the school on Tuesday.\n\nSeveral said they had not been told when the pipes would be fixed.", "Villagers")]
    [InlineData("Commuters waited for hours at the central station after the signal failure. Many of them said the rail company had given no warning.", "Commuters")]
    public void ALoneQuantifierAsSource_SpeaksForThePeopleJustNamed(string text, string group)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(group, s.Speaker?.Name);
    }

    [Fact]
    public void ALoneQuantifierWithNoPeopleBefore_StaysAsWritten()
    {
        var doc = SampleDocuments.FromTextWithNames("The storm flooded the lower town overnight. Several said the warnings came too late.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Several", s.Speaker?.Name);
    }
}
