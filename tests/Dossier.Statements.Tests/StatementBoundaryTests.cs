using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Where a statement's source, cue and content begin and end: the edges a reader (and PolNeAR) draws.</summary>
public sealed class StatementBoundaryTests
{
    [Fact]
    public void ShortQuotationAfterAnAttributedOne_ContinuesTheSpeech()
    {
        var doc = SampleDocuments.FromText(
            "The council met on Monday.\n\n“We cannot wait any longer,” Ms. Harlow said. “The bridge is falling apart.”");

        var continuation = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).Contains("falling apart", StringComparison.Ordinal));
        Assert.Equal("“The bridge is falling apart.”", continuation.Content.Slice(doc.Text));
        Assert.Contains("Harlow", continuation.Speaker?.Name ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortQuotationWithoutAnAttributionBefore_IsNoStatement()
    {
        var doc = SampleDocuments.FromText("The council met on Monday.\n\nThe mayor called the plan “a dead end” and left.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.IsEmpty && s.Content.Slice(doc.Text).Contains("dead end", StringComparison.Ordinal));
    }

    [Fact]
    public void DescriptionAfterTheSource_IsPartOfTheSource()
    {
        var before = SampleDocuments.FromText("Dana Ruiz, a former adviser to the mayor, said the plan would fail.");
        var after = SampleDocuments.FromText("The plan would fail, said Dana Ruiz, a former adviser to the mayor.");

        Assert.Equal("Dana Ruiz, a former adviser to the mayor", SampleDocuments.WithCue(before, "said").Speaker?.Span?.Slice(before.Text));
        Assert.Equal("Dana Ruiz, a former adviser to the mayor", SampleDocuments.WithCue(after, "said").Speaker?.Span?.Slice(after.Text));
        Assert.Equal("Dana Ruiz", SampleDocuments.WithCue(before, "said").Speaker?.Name);
    }

    [Fact]
    public void ClauseAfterTheSource_IsNotPartOfTheSource()
    {
        var doc = SampleDocuments.Tokenized("Dana Ruiz, who advised the mayor, said the plan would fail.");
        var s = Cleaned(doc, Statement(doc, source: "Dana Ruiz", cue: "said", content: "the plan would fail"));

        Assert.Equal("Dana Ruiz", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void PrepositionAfterAVerbCue_BelongsToTheCue()
    {
        var doc = SampleDocuments.Tokenized("The drivers' union complained about the new shift rota on Friday.");
        var s = Cleaned(doc, Statement(doc, source: "The drivers' union", cue: "complained", content: "about the new shift rota on Friday"));

        Assert.Equal("complained about", s.Cue.Slice(doc.Text));
        Assert.Equal("the new shift rota on Friday", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void PrepositionBetweenAVerbCueAndItsContent_BelongsToTheCue()
    {
        var doc = SampleDocuments.Tokenized("Rival councillors pounced on the leaked budget plan within hours.");
        var s = Cleaned(doc, Statement(doc, source: "Rival councillors", cue: "pounced", content: "the leaked budget plan"));

        Assert.Equal("pounced on", s.Cue.Slice(doc.Text));
        Assert.Equal("the leaked budget plan", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ArticleRightBeforeASource_OpensIt()
    {
        var doc = SampleDocuments.Tokenized("The retired surgeon said the clinic would close in May.");
        var s = Cleaned(doc, Statement(doc, source: "retired surgeon", cue: "said", content: "the clinic would close in May"));

        Assert.Equal("The retired surgeon", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void ToBeforeAVerb_StaysWithTheContent()
    {
        var doc = SampleDocuments.Tokenized("The drivers' union agreed to end the strike on Friday.");
        var s = Cleaned(doc, Statement(doc, source: "The drivers' union", cue: "agreed", content: "to end the strike on Friday"));

        Assert.Equal("agreed", s.Cue.Slice(doc.Text));
        Assert.Equal("to end the strike on Friday", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ColonCueInAHeadline_TakesTheRestOfTheHeadline()
    {
        var doc = SampleDocuments.Tokenized("Harlow: City Must Decide If It Wants A New Bridge\n\nThe mayor spoke on Monday.");
        var s = Cleaned(doc, Statement(doc, source: "Harlow", cue: ":", content: "City Must Decide If It Wants"));

        Assert.Equal("City Must Decide If It Wants A New Bridge", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AuxiliaryBeforeAVerbCue_BelongsToTheCue()
    {
        var doc = SampleDocuments.Tokenized("Port officials have not denied the report.");
        var s = Cleaned(doc, Statement(doc, source: "Port officials", cue: "denied", content: "the report"));

        Assert.Equal("have not denied", s.Cue.Slice(doc.Text));
        Assert.Equal("Port officials", s.Speaker?.Span?.Slice(doc.Text));
    }

    private static Statement Cleaned(Document doc, Statement s) => Assert.Single(StatementCleanup.Clean(doc, [s]));

    private static Statement Statement(Document doc, string source, string cue, string content)
    {
        var sourceSpan = Find(doc, source, 0);
        var cueSpan = Find(doc, cue, sourceSpan.End);
        var contentSpan = Find(doc, content, cueSpan.End);
        return new Statement(cueSpan, contentSpan, StatementKind.Indirect, SpeechAct.Assert, Certainty.Certain,
            new Speaker(source, -1, sourceSpan, null), [], [], null);
    }

    private static TextSpan Find(Document doc, string part, int from)
    {
        int at = doc.Text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' not in the text");
        return new TextSpan(at, at + part.Length);
    }
}
