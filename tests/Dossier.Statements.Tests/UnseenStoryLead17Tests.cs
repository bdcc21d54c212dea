using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;

namespace Dossier.Statements.Tests;

/// <summary>Statements and numbers from the lead's session-17 dossiers (a missile strike on a ship told by three reports, an
/// earthquake told by three, a cartel fine told by two, a heat wave told by two), each on an invented sentence of another
/// story with the same shape.</summary>
public sealed class UnseenStoryLead17Tests
{
    [Fact]
    public void AReasonForAnonymity_NamesNoHearerAndSaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Fares could rise by a fifth next year, three airline executives said, speaking on condition of anonymity because they were not allowed to talk to the press.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Empty(s.Relays);
    }

    [Theory]
    [InlineData("The regulator has fined two banks a combined $2.3 billion for rigging currency rates across 9 markets between 2015 and 2020, the agency's chairman announced on Monday.",
        "announced", "The regulator has fined two banks a combined $2.3 billion for rigging currency rates across 9 markets between 2015 and 2020")]
    [InlineData("Rainfall in the capital reached 180 mm on Monday, a record for March, the meteorological institute said, a day after floods closed the main airport.",
        "said", "Rainfall in the capital reached 180 mm on Monday, a record for March")]
    public void AClauseBeforeATrailingSource_IsTheSpeechWhole(string text, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("According to the prosecutors, officials swapped tender documents at golf outings and in a private chat group nicknamed \"the caddies\".",
        "officials swapped tender documents at golf outings and in a private chat group nicknamed \"the caddies\"")]
    [InlineData("According to the watchdog, managers shared bid prices at industry dinners and in a private messaging group called \"the table\".",
        "managers shared bid prices at industry dinners and in a private messaging group called \"the table\"")]
    public void AccordingTo_KeepsTheSubjectAndVerbOfItsClause(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AnAsClauseRecallingAForecast_IsNoStatementOfItsOwn()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The port authority said the storm would make landfall on Thursday before moving north, as it had forecast last week.");

        var s = Assert.Single(doc.Statements);
        Assert.StartsWith("the storm would make landfall on Thursday before moving north", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AClaimAnotherDismissed_EndsTheFirstSpeechAndRelaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The ministry said earlier that it had never paid the contractor, a claim the union dismissed as \"nonsense\".");

        var ministry = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("it had never paid the contractor", ministry.Content.Slice(doc.Text));
        Assert.Equal(StatementKind.Indirect, ministry.Kind);
        var union = SampleDocuments.WithCue(doc, "dismissed");
        Assert.Empty(union.Relays);
    }

    [Fact]
    public void ACountrysUnionWithAPluralPossessive_SpeaksForItself()
    {
        var doc = SampleDocuments.FromTextWithNames("Norway's pilots' union on Friday urged the airline to reopen talks.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Norway's pilots' union", s.Speaker?.Name);
    }

    [Fact]
    public void HopesAsANoun_IsNoCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Chile mine collapse toll rises to 14 as rescue hopes fade\n\nOctober 16, 2025\n\nCOPIAPO, Chile — The death toll from Tuesday's "
            + "collapse at a copper mine in northern Chile rose to 14 on Thursday, officials said, as rescuers pulled bodies from a flooded shaft.\n\n"
            + "Mining Minister Aurora Williams said nearly 40 workers had been treated in hospital.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("hopes", StringComparison.Ordinal));
        Assert.Equal(2, doc.Statements.Count);
    }

    [Fact]
    public void ToldAPressConference_IsRelayedByTheConference()
    {
        var doc = SampleDocuments.FromTextWithNames("\"The fund is empty,\" the finance minister told a press conference in Lima.");

        var relay = Assert.Single(Assert.Single(doc.Statements).Relays);
        // The lead's convention since round 47 (it was "reporters"): the meeting told is the relay, as written.
        Assert.Equal("a press conference", relay.Name);
        Assert.Equal("conference", relay.Medium);
    }

    [Fact]
    public void TheCompany_IsTheFirmNamedByItsShortNameBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Brussels fined Helvar Logistics €90 million on Monday. Helvar said it would appeal. \"We reject these findings,\" the company said in a statement.");

        var s = SampleDocuments.WithCue(doc, "said", "We reject");
        Assert.Equal("Helvar Logistics", s.Speaker?.Name);
    }

    [Fact]
    public void AYearAfterAMonth_CountsNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("Many of the homes lost in the March 2019 floods were never rebuilt, and 340 families still live in cabins.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(340, q.Value);
    }
}

/// <summary>The merge's guards from the session-17 dossiers, each on the rules' statement and a tagged extent the tagger gave
/// a sentence of that shape in a whole report (the tagger's extent depends on the report around it, so the guard is asked
/// directly).</summary>
public sealed class TaggedExtentGuardLead17Tests
{
    [Theory]
    [InlineData("The port said the storm would hit on Thursday before moving north.", "the storm would hit", true)]
    [InlineData("The old record was set in 2009 on the same track, the team said.", "The old record was set", true)]
    [InlineData("Wang raised those concerns on Sunday at a forum, his office said.", "those concerns", false)]
    public void AnExtentStoppingBeforeItsVerbsDate_IsCut(string text, string extent, bool cut)
    {
        var (view, rule) = Rule(text);

        Assert.Equal(cut, AttributionTagger.StopsBeforeItsDate(view, rule, Span(text, extent)));
    }

    [Fact]
    public void AnExtentOpeningBetweenANumberAndItsMagnitude_IsCut()
    {
        const string text = "The regulator fined the banks a combined €1.2 billion for rigging rates, the chairman said.";
        var (view, rule) = Rule(text);

        Assert.True(AttributionTagger.OpensInsideAnAmount(view, rule, Span(text, "billion for rigging rates")));
        Assert.False(AttributionTagger.OpensInsideAnAmount(view, rule, Span(text, "the banks a combined €1.2 billion for rigging rates")));
    }

    [Fact]
    public void AnExtentOpeningOnTheCuesAdverb_IsCut()
    {
        const string text = "The ministry said earlier that it had never paid the contractor.";
        var (view, rule) = Rule(text);

        Assert.True(AttributionTagger.OpensOnTheCuesAdverb(view, rule, Span(text, "earlier that it had never paid the contractor")));
        Assert.False(AttributionTagger.OpensOnTheCuesAdverb(view, rule, Span(text, "that it had never paid the contractor")));
    }

    private static TextSpan Span(string text, string words)
    {
        int start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }

    // The rules' own statement of the sentence, on the same view the guards read.
    private static (TokenView View, Statement Rule) Rule(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);
        var view = new TokenView(doc, QuoteScanner.Scan(doc.Text, doc.Paragraphs));
        var units = AttributionExtractor.Units(view);
        var drafts = AttributionExtractor.Extract(view, units);
        SpeakerResolver.Resolve(view, drafts);
        return (view, Assert.Single(StatementAssembler.Assemble(view, drafts, units, keepRelayOnly: false)));
    }
}
