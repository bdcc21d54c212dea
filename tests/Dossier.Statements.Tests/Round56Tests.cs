using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Language.Aliases;
using Dossier.Language.Entities;
using Dossier.Language.PartsOfSpeech;
using Dossier.Text.Metadata;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Round 56: faults found on invented dossiers (telling the article's own outlet, a copy seen by an outlet,
/// readings published by a body, a thing that points to a cause inside a denial, a lone relative pronoun read as words),
/// each on invented text of another story.</summary>
public sealed class Round56Tests
{
    [Theory]
    [InlineData("DRAVIK, July 29 (Nordwire) - The ferry line will cut its winter timetable.\n\nEva Sund, its chief executive, told Nordwire that three routes would close.", null, "Nordwire")]
    [InlineData("MERSA, May 4 (KPA) - Farmers blocked the northern highway on Monday.\n\nTheir leader, Omar Halvi, told KPA that the protest would go on.", null, "KPA")]
    [InlineData("The ferry line will cut its winter timetable.\n\nEva Sund, its chief executive, told the Dravik Ledger that three routes would close.", "Dravik Ledger", "Dravik Ledger")]
    public void TellingTheArticlesOwnOutlet_IsAPressRelay(string text, string? outlet, string relay)
    {
        var doc = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        doc.Metadata.Outlet = outlet;
        // As the pipeline reads the lead lines: a wire dateline signed by its agency.
        if (DatelineParser.TryFind(text, doc.Paragraphs[0].Span, out var dateline))
        {
            doc.Metadata.DatelineSpan = dateline;
        }
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        new PartOfSpeechStage().Process(doc, default);
        new EntityStage().Process(doc, default);
        new AliasStage().Process(doc, default);
        new StatementStage().Process(doc, default);

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Contains(s.Relays, r => r.Name == relay);
        Assert.NotEqual(relay, s.Speaker?.Name);
    }

    [Fact]
    public void ACopySeenByAnOutlet_Speaks_AndTheOutletRelaysIt()
    {
        var doc = SampleDocuments.FromTextWithNames("The plant released twice the permitted amount of ash in June, according to a copy seen by the Tallin Courier.");

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal("copy", s.Speaker?.Name);
        Assert.Contains(s.Relays, r => r.Name.Contains("Tallin Courier", StringComparison.Ordinal));
    }

    // As "figures published by the union": the maker of the published document speaks, and its participle is no part of it.
    [Theory]
    [InlineData("Radiation near the dam rose by a third last week, according to readings published by the agency.", "agency")]
    [InlineData("Water levels fell below the warning mark on Sunday, according to readings released by the river authority.", "river authority")]
    public void ReadingsPublishedByABody_AreTheBodysWords(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "according to").Speaker?.Name);
    }

    [Theory]
    [InlineData("Lisbeth Varro, the chief of Norbelt Rail, resigned on Friday. The company denied that the fault pointed to poor maintenance.", "fault")]
    [InlineData("The regulator denied that the delay pointed to any cover-up.", "delay")]
    public void AThingThatPointsToACauseInsideADenial_IsNoSpeaker(string text, string thing)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name == thing);
        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text) == "denied");
    }

    [Fact]
    public void AnOutletWhichFirstReported_GivesNoStatementOfTheRelativePronoun()
    {
        var doc = SampleDocuments.FromTextWithNames("The breach was first disclosed by the Tallin Courier, which first reported the leak on Monday.");

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).Trim() == "which");
    }
}
