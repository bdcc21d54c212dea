using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;

namespace Dossier.Statements.Tests;

/// <summary>Round 39 (session 21): general faults found in six invented dossiers, each tested on a sentence of another story.</summary>
public sealed class UnseenStoryRound39Tests
{
    private const string Museum = "Thieves broke into the Halvorsen Museum overnight and took a small oil painting.\n\n";

    [Theory]
    [InlineData("A museum spokeswoman said the painting was insured but declined to give its value.", "declined to", "give its value")]
    [InlineData("The curator said the alarm had worked but would not give a reason for the delay.", "would not give", "a reason for the delay")]
    public void RefusalAfterBut_IsCutFromTheContent_AndIsTheSpeakersOwn(string sentence, string refusalCue, string refused)
    {
        var doc = SampleDocuments.FromTextWithNames(Museum + sentence);

        var said = SampleDocuments.WithCue(doc, "said");
        var refusal = SampleDocuments.WithCue(doc, refusalCue);

        Assert.DoesNotContain("but", said.Content.Slice(doc.Text).ToString(), StringComparison.Ordinal);
        Assert.Equal(SpeechAct.Decline, refusal.Act);
        Assert.Equal(refused, refusal.Content.Slice(doc.Text).ToString());
        Assert.Equal(said.Speaker?.Name, refusal.Speaker?.Name);
    }

    [Fact]
    public void It_SkipsAPluralGroup_ForTheBodyBefore()
    {
        var doc = SampleDocuments.FromTextWithNames("Ferry crossings to the islands were cancelled on Friday.\n\n"
            + "The ferry operator said the crossing had been called off because of high winds. Several passengers said they had "
            + "waited for five hours at the terminal. It did not say when sailings would resume.");

        Assert.Equal("ferry operator", SampleDocuments.WithCue(doc, "did not say").Speaker?.Name);
    }

    [Fact]
    public void TheBody_IsNotThePersonWhoseRoleNamesIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Flights at Kelvin Field were grounded after a radar failure.\n\n"
            + "Airport chief executive Amelia Stroud said on Monday that no aircraft had been in danger.\n\n"
            + "The airport said it would reopen its runway by Friday.");

        var speaker = SampleDocuments.WithCue(doc, "said", "runway").Speaker;

        Assert.Equal("airport", speaker?.Name, ignoreCase: true);
    }

    [Fact]
    public void CueReadWithItsOn_TakingOnlyTheDay_IsNoStatement()
    {
        const string text = "The striker will be free to play in the final, a disciplinary panel ruled on Tuesday, rejecting the league's request.";
        var doc = SampleDocuments.Tokenized(text);
        int cue = text.IndexOf("ruled on", StringComparison.Ordinal);
        int day = text.IndexOf("Tuesday", StringComparison.Ordinal);
        var tagged = new Statement(new TextSpan(cue, cue + 8), new TextSpan(day, day + 7), StatementKind.Indirect, SpeechAct.Assert,
            Certainty.Certain, null, [], [], null);

        Assert.Empty(StatementCleanup.Clean(doc, [tagged]));
    }

    [Theory]
    [InlineData("Former port director found guilty of bribery\n\nA jury on Friday found Marek Olsen, a former director of the Baltic Port Authority, guilty of three of the five bribery charges he faced.")]
    [InlineData("A court found the former harbour master guilty of fraud on Monday.")]
    public void AVerdict_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).Contains("guilty", StringComparison.Ordinal)
            || s.Cue.Slice(doc.Text).Contains("guilty", StringComparison.Ordinal));
    }

    [Fact]
    public void ContentComparedWithAnEarlierFigure_RunsAroundItsInsertedSource()
    {
        // Round 58 (the lead's item): the comparison after the aside is part of what the spokesman said.
        var doc = SampleDocuments.FromTextWithNames("Flights were cancelled at Kelvin Field on Friday.\n\n"
            + "About 60 flights had now been cancelled, an airport spokesman said, up from the 40 reported on Thursday.");

        Assert.Contains("had now been cancelled, an airport spokesman said, up from the 40 reported",
            SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text), StringComparison.Ordinal);
    }
}
