using Dossier.Core.Statements;

namespace Dossier.Pipeline.Tests;

/// <summary>Round 64's repairs through the whole pipeline (names and times found first), each on invented sentences of
/// other stories than the dossiers they came from: verbs that report nothing, contents cut inside their object or a time,
/// a platform's one-letter name before a stop, the speaker's own medium after an object, and three number shapes.</summary>
public class UnseenStoryRound64Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private static Dossier.Core.Document Read(string text) => s_annotator.Value.Process(text, new DateOnly(2025, 10, 8));

    [Theory]
    [InlineData("The number of injured in the Tarsk mine collapse has risen to 22, the labour ministry said on Friday, as rescue teams reached tunnels sealed since Tuesday.", "reached")]
    [InlineData("Casualties from the quake have climbed to 64, the civil defence agency said, as soldiers reached hamlets isolated since Monday.", "reached")]
    [InlineData("He said the agency had registered nearly four dozen suspected infections in villages around Orsk.", "suspected")]
    [InlineData("He said the team had logged nearly three dozen suspected cases in schools around Brell.", "suspected")]
    [InlineData("The phone poll by the firm Quorix questioned 1,800 voters between June 2 and 6.", "questioned")]
    [InlineData("Pollster Veda questioned 900 parents last month.", "questioned")]
    public void AVerbThatReportsNothing_IsNoCue(string text, string verb)
    {
        var doc = Read(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(text).EndsWith(verb, StringComparison.Ordinal));
    }

    [Fact]
    public void QuestioningAClaim_StaysADoubt()
    {
        const string text = "Senator Amara Oduya questioned the ministry's figures on Tuesday.";
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "questioned");
        Assert.Equal(SpeechAct.Doubt, s.Act);
    }

    [Theory]
    [InlineData("Meteorologists expect more snow later this month.", "expect", "more snow later this month")]
    [InlineData("Forecasters expect rain later this week.", "expect", "rain later this week")]
    [InlineData("Mayor Ilse Brandt denies plan to sell city parks after tram deal", "denies", "plan to sell city parks after tram deal")]
    [InlineData("Orvane denies report of factory closure", "denies", "report of factory closure")]
    public void AContent_KeepsItsWholeObjectAndTime(string text, string cue, string content)
    {
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text).EndsWith(cue, StringComparison.Ordinal));
        Assert.Equal(content, s.Content.Slice(text));
    }

    [Fact]
    public void APostOnX_EndsItsSentence_AndRelaysTheWords()
    {
        const string text = "The foreign minister, Pavo Tellan, confirmed the visit in a post on X. Officials in Brask were more cautious.";
        var doc = Read(text);

        Assert.Equal(2, doc.Sentences.Length);
        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "confirmed");
        Assert.Equal("the visit", s.Content.Slice(text));
        var relay = Assert.Single(s.Relays);
        Assert.Equal("X", relay.Name);
        Assert.Equal("post", relay.Medium);
    }

    [Theory]
    [InlineData("The club confirmed the transfer in a statement on Monday.", "confirmed", "the transfer")]
    [InlineData("The refinery denied the leak in an email.", "denied", "the leak")]
    public void TheSpeakersOwnMediumAfterTheObject_IsNoContent(string text, string cue, string content)
    {
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == cue);
        Assert.Equal(content, s.Content.Slice(text));
    }

    [Fact]
    public void APollsDaysAndItsShares()
    {
        const string text = "The survey of 900 voters, conducted May 3-7 by the Hallin Centre, put Labour at 41 percent and the Liberals at 28 percent.";
        var doc = Read(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(text).Contains("3-7", StringComparison.Ordinal));
        Assert.Equal("Labour", Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "41 percent").Object);
        Assert.Equal("Liberals", Assert.Single(doc.Quantities, q => q.Span.Slice(text) == "28 percent").Object);
    }

    [Fact]
    public void AMarginPlusOrMinus_RunsEitherSide()
    {
        const string text = "Its margin of error was plus or minus 3.1 percentage points.";
        var doc = Read(text);

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityQualifier.PlusOrMinus, q.Qualifier);
        Assert.Equal(-3.1, q.Low);
        Assert.Equal(3.1, q.High);
    }
}
