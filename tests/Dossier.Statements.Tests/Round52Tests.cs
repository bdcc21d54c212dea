using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;

namespace Dossier.Statements.Tests;

/// <summary>Round 52: the lead's items from session 26's invented dossiers (whose lawyers, a relative pronoun's content, a
/// trade before a headline's name, a union at a firm, a cause of calls, a revised figure), each on invented text of
/// another story.</summary>
public sealed class Round52Tests
{
    [Theory]
    [InlineData("Tomas Brekke was released on bail on Friday, and his lawyers declined to comment.", "Tomas Brekke's lawyers")]
    [InlineData("Sara Lindqvist, 41, denies the charges. Her lawyers declined to comment on Monday.", "Sara Lindqvist's lawyers")]
    public void APossessivePronounsLawyers_AreThePersonsLawyers(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("declined", StringComparison.Ordinal)).Speaker?.Name);
    }

    [Fact]
    public void LawyersOfNoOneFound_KeepThePronoun()
    {
        var doc = SampleDocuments.FromTextWithNames("The court heard that fuel had been bought the day before, and his lawyers declined to comment.");

        Assert.Equal("his lawyers", SampleDocuments.WithCue(doc, "declined").Speaker?.Name);
    }

    [Theory]
    [InlineData("The transport minister, Ola Strand, ordered a review of the line, which he said would be finished by June.", "would be finished by June")]
    [InlineData("Brisa Home recalled 4,000 heaters, which it said could overheat.", "could overheat")]
    public void ARelativePronounsSpeech_IsWhatFollowsTheCue(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(content, s.Content.Slice(doc.Text).TrimEnd('.'));
    }

    [Fact]
    public void ATradeOpeningAHeadlinesName_IsNoPartOfIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Telco Varnet says outage hit 300,000 homes\n\nThe outage began on Sunday and lasted nine hours.");

        var s = SampleDocuments.WithCue(doc, "says");
        Assert.Equal("Varnet", s.Speaker?.Name);
        Assert.Equal("Telco", s.Speaker?.Role);
    }

    [Theory]
    [InlineData("The main union at Halder Mills said on Friday it would strike over the plan.", "main union at Halder Mills")]
    [InlineData("The works council at Brenner Steel said it would oppose the closure.", "works council at Brenner Steel")]
    public void AUnionAtAFirm_SpeaksNotTheFirm(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void WhatPromptsCalls_IsNoSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("Dam failure prompts calls for inquiry\n\nThe dam gave way on Sunday night.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name.Contains("prompts", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AHeadlinesRejection_StaysAStatement()
    {
        // PolNeAR marks "X rejects Y" as an attribution (44 of 69 on train), a headline's too.
        var doc = SampleDocuments.FromTextWithNames("Dockers' union rejects pay offer\n\nTalks will resume on Monday.");

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text) == "rejects");
    }

    [Theory]
    [InlineData("The death toll from the landslide has risen to 31, the civil defence agency said on Tuesday, revising an earlier figure of 24.", "revising")]
    [InlineData("Floods have killed 52 people in the north, the disaster agency said on Sunday, revising its previous toll of 40.", "revising")]
    public void AParticipleRevisingAFigure_IsTheSpeakersToo(string text, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var said = SampleDocuments.WithCue(doc, "said");
        Assert.NotNull(said.Speaker);
        // Either no statement of the participle, or one of the same speaker: never one of no one.
        Assert.All(doc.Statements.Where(s => s.Cue.Slice(doc.Text) == cue), s => Assert.Equal(said.Speaker?.Name, s.Speaker?.Name));
        Assert.DoesNotContain(doc.Statements, s => s.Speaker is null && s.Content.Slice(doc.Text).Contains(" of ", StringComparison.Ordinal));
    }
}

/// <summary>The merge's guard for a time counted back at a content's end, asked directly on the rules' statement and the
/// extent the tagger gave such a sentence in a whole report ('"…," Berg said. It was up from 54 percent | a year earlier,
/// she added.'; the tagger's extent depends on the report around it).</summary>
public sealed class TaggedExtentGuardRound52Tests
{
    [Theory]
    [InlineData("Traffic at the port was up from 4 percent a year earlier, she added.", "Traffic at the port was up from 4 percent", true)]
    [InlineData("Traffic at the port was up from 4 percent a year earlier, she added.", "Traffic at the port was up from 4 percent a year", true)]
    [InlineData("Prices were 8 percent higher than two months ago, the agency said.", "Prices were 8 percent higher than", true)]
    [InlineData("Traffic at the port was up from 4 percent a year earlier, she added.", "Traffic at the port was up", false)]
    public void AnExtentStoppingBeforeAnEarlierTime_IsCut(string text, string extent, bool cut)
    {
        var doc = SampleDocuments.FromTextWithNames(text);
        var view = new TokenView(doc, QuoteScanner.Scan(doc.Text, doc.Paragraphs));
        var units = AttributionExtractor.Units(view);
        var drafts = AttributionExtractor.Extract(view, units);
        SpeakerResolver.Resolve(view, drafts);
        var rule = Assert.Single(StatementAssembler.Assemble(view, drafts, units, keepRelayOnly: false));
        int start = text.IndexOf(extent, StringComparison.Ordinal);

        Assert.Equal(cut, AttributionTagger.StopsBeforeAnEarlierTime(view, rule, new TextSpan(start, start + extent.Length)));
    }
}
