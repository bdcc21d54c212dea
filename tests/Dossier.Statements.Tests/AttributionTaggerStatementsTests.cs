using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>How tagger labels become statements: spans attach to the nearest cue of their paragraph, or continue the last one.</summary>
public sealed class AttributionTaggerStatementsTests
{
    [Fact]
    public void Statements_ContentInParagraphWithoutCue_ContinuesLastCueBefore()
    {
        const string text = "Smith said the plan works.\nIt will help everyone in the town.";
        var (view, labels) = Labelled(text, ("Smith", 1), ("said", 2), ("the plan works", 3), ("It will help everyone in the town", 3));
        var continuations = new List<(TextSpan Cue, TextSpan Content)>();

        var statement = Assert.Single(AttributionTagger.Statements(view, labels, continuations));

        Assert.Equal("the plan works", statement.Content.Slice(text));
        var (cue, content) = Assert.Single(continuations);
        Assert.Equal("said", cue.Slice(text));
        Assert.Equal("It will help everyone in the town", content.Slice(text));
    }

    [Fact]
    public void Statements_LoneWordInParagraphWithoutCue_IsNoContinuation()
    {
        const string text = "Smith said the plan works.\nThe new ferry program starts in May.";
        var (view, labels) = Labelled(text, ("Smith", 1), ("said", 2), ("the plan works", 3), ("program", 3));
        var continuations = new List<(TextSpan Cue, TextSpan Content)>();

        Assert.Single(AttributionTagger.Statements(view, labels, continuations));

        Assert.Empty(continuations);
    }

    [Fact]
    public void Statements_LonePrepositionAsSource_NamesNoOne()
    {
        const string text = "Smith spoke at the fair last year in Lisbon, talking about the new ferry.";
        var (view, labels) = Labelled(text, ("in", 1), ("talking about", 2), ("the new ferry", 3));

        var statement = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Null(statement.Speaker);
    }

    [Theory]
    [InlineData("Smith spoke at the fair last year in Lisbon, talking about the new ferry.", "in Lisbon")]
    [InlineData("The budget has several items, including money for the new ferry.", "including")]
    [InlineData("Smith wrote from the harbour office, complaining about the new ferry.", "from the harbour office")]
    public void Statements_SourceOpeningWithAPrepositionOfCircumstance_NamesNoOne(string text, string source)
    {
        var cue = text.Contains("talking", StringComparison.Ordinal) ? "talking about" : text.Contains("money", StringComparison.Ordinal) ? "money for" : "complaining about";
        var (view, labels) = Labelled(text, (source, 1), (cue, 2), ("the new ferry", 3));

        var statement = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Null(statement.Speaker);
    }

    [Fact]
    public void Statements_SourceOpeningWithOfOrBy_StaysTheSource()
    {
        const string text = "Asked about the ferry, most of them said it should stay.";
        var (view, labels) = Labelled(text, ("of them", 1), ("said", 2), ("it should stay", 3));

        var statement = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Equal("of them", statement.Speaker!.Span!.Value.Slice(text));
    }

    [Fact]
    public void Statements_ContentBeforeAnyCue_IsNoContinuation()
    {
        const string text = "The plan works for everyone.\nSmith said it again on Monday.";
        var (view, labels) = Labelled(text, ("The plan works for everyone", 3), ("Smith", 1), ("said", 2), ("it again", 3));
        var continuations = new List<(TextSpan Cue, TextSpan Content)>();

        var statement = Assert.Single(AttributionTagger.Statements(view, labels, continuations));

        Assert.Equal("it again", statement.Content.Slice(text));
        Assert.Empty(continuations);
    }

    [Fact]
    public void Statements_CueBrokenByAFewWords_IsOneCue()
    {
        const string text = "Smith said in a statement that the plan works.";
        var (view, labels) = Labelled(text, ("Smith", 1), ("said", 2), ("statement", 2), ("the plan works", 3));

        var statement = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Equal("said in a statement", statement.Cue.Slice(text));
        Assert.Equal("the plan works", statement.Content.Slice(text));
    }

    [Fact]
    public void Statements_CuesApartByPunctuation_StayTwo()
    {
        const string text = "Smith said, adding the plan works.";
        var (view, labels) = Labelled(text, ("Smith", 1), ("said", 2), ("adding", 2), ("the plan works", 3));

        Assert.Equal(2, AttributionTagger.Statements(view, labels).Count);
    }

    [Fact]
    public void SharedSubjects_ParticipleAfterComma_TakesTheSpeakerBeforeIt()
    {
        const string text = "Smith said the plan works, adding that it will help the town.";
        var (view, _) = Labelled(text);
        var speaker = new Speaker("Smith", -1, At(text, "Smith"), null);
        var statements = new List<Statement>
        {
            Plain(At(text, "said"), At(text, "the plan works"), speaker),
            Plain(At(text, "adding"), At(text, "it will help the town"), null),
        };

        AttributionTagger.SharedSubjects(view, statements);

        Assert.Equal(speaker, statements[1].Speaker);
    }

    [Fact]
    public void SharedSubjects_OtherCues_KeepNoSpeaker()
    {
        const string text = "Smith said the plan works. Reportedly it will help the town.";
        var (view, _) = Labelled(text);
        var statements = new List<Statement>
        {
            Plain(At(text, "said"), At(text, "the plan works"), new Speaker("Smith", -1, At(text, "Smith"), null)),
            Plain(At(text, "Reportedly"), At(text, "it will help the town"), null),
        };

        AttributionTagger.SharedSubjects(view, statements);

        Assert.Null(statements[1].Speaker);
    }

    [Fact]
    public void RelativePronounSources_CueOpeningARelativeClause_PointsAtThePronounAndKeepsTheName()
    {
        const string text = "The award went to Mayor Lena Brandt, who has repeatedly argued that the ferry should stay.";
        var (view, _) = Labelled(text);
        var speaker = new Speaker("Lena Brandt", 4, At(text, "Mayor Lena Brandt"), "Mayor");
        var statements = new List<Statement> { Plain(At(text, "argued"), At(text, "the ferry should stay"), speaker) };

        AttributionTagger.RelativePronounSources(view, statements);

        Assert.Equal(At(text, "who"), statements[0].Speaker!.Span);
        Assert.Equal("Lena Brandt", statements[0].Speaker!.Name);
        Assert.Equal(4, statements[0].Speaker!.Entity);
    }

    [Fact]
    public void RelativePronounSources_SubjectOfTheMainClause_KeepsItsSpan()
    {
        const string text = "Mayor Lena Brandt, who leads the council, argued that the ferry should stay.";
        var (view, _) = Labelled(text);
        var speaker = new Speaker("Lena Brandt", -1, At(text, "Mayor Lena Brandt"), null);
        var statements = new List<Statement> { Plain(At(text, "argued"), At(text, "the ferry should stay"), speaker) };

        AttributionTagger.RelativePronounSources(view, statements);

        Assert.Equal(At(text, "Mayor Lena Brandt"), statements[0].Speaker!.Span);
    }

    [Theory]
    [InlineData("Reid, who has long admired the governor, recently ordered a review of the election law.", "who", "recently ordered", "Reid")]
    [InlineData("Kate Olsen, who lost her son in the flood, last week said the dam was unsafe.", "last week", "said", "Kate Olsen")]
    [InlineData("The harbour master, who runs the port, on Friday warned that the pier was closing.", "Friday", "warned", "The harbour master")]
    [InlineData("It was odd to watch Lena Brandt, who backed the plan, suddenly insist that it had failed.", "suddenly", "insist", "Lena Brandt")]
    public void WithSubjectBeforeRelativeClause_SourceReadInsideTheClause_IsTheSubject(string text, string tagged, string cue, string subject)
    {
        var (view, _) = Labelled(text);
        var statement = Plain(At(text, cue), new TextSpan(At(text, cue).End + 1, text.Length - 1), new Speaker(tagged, -1, At(text, tagged), null));

        var repaired = AttributionTagger.WithSubjectBeforeRelativeClause(view, statement);

        Assert.Equal(At(text, subject), repaired.Speaker!.Span);
        Assert.Equal(subject, repaired.Speaker!.Name);
    }

    [Fact]
    public void WithSubjectBeforeRelativeClause_NameOfItsOwn_StaysTheSource()
    {
        const string text = "Reid, who chairs the panel, and Olsen, a senator, said the law would pass.";
        var (view, _) = Labelled(text);
        var statement = Plain(At(text, "said"), At(text, "the law would pass"), new Speaker("Olsen", -1, At(text, "Olsen"), null));

        Assert.Equal(At(text, "Olsen"), AttributionTagger.WithSubjectBeforeRelativeClause(view, statement).Speaker!.Span);
    }

    [Fact]
    public void Build_ContentEndingInsideAnOpeningQuoteMark_DoesNotThrow()
    {
        const string text = "Smith said the plan was ''a good one'' for the town.";
        var (view, _) = Labelled(text);
        int said = view.Tokens.IndexAtOrAfter(text.IndexOf("said", StringComparison.Ordinal));
        var draft = new AttributionDraft
        {
            CueFirst = said, CueEnd = said + 1, Content = new TextSpan(text.IndexOf("the", StringComparison.Ordinal), text.IndexOf("''", StringComparison.Ordinal) + 1),
        };

        var statement = StatementAssembler.Build(view, draft);

        Assert.Null(statement.Quote);
    }

    [Theory]
    [InlineData("Brandt, through a spokeswoman, declined to comment on the ferry.", "declined", "Brandt")]
    [InlineData("Mr. Hale, almost unilaterally, decided to close the pier.", "decided", "Mr. Hale")]
    [InlineData("The mayor, still angry over the vote, grudgingly agreed to reopen the pier.", "agreed", "The mayor")]
    public void SubjectsBeforeAsides_NameBeforeAnAside_SpeaksForTheCueAfterIt(string text, string cue, string subject)
    {
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, cue), new TextSpan(At(text, cue).End + 1, text.Length - 1), null) };

        AttributionTagger.SubjectsBeforeAsides(view, statements);

        Assert.Equal(At(text, subject), statements[0].Speaker!.Span);
    }

    [Theory]
    [InlineData("The figures, gathered by a bureau in the capital, appear to be made up.", "appear")]
    [InlineData("Instead, the council chose a new plan, hoping to save the pier.", "hoping")]
    public void SubjectsBeforeAsides_NoNameOrAParticiple_GivesNoSpeaker(string text, string cue)
    {
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, cue), new TextSpan(At(text, cue).End + 1, text.Length - 1), null) };

        AttributionTagger.SubjectsBeforeAsides(view, statements);

        Assert.Null(statements[0].Speaker);
    }

    [Theory]
    [InlineData("Nor will the new ferry lower the fares, said Anna Berg, a planner at the harbour office.", "said", "Anna Berg, a planner at the harbour office", "Nor will the new ferry lower the fares")]
    [InlineData("Maria Lind, the harbour chief, said on Friday, after the vote, that the pier would close.", "said", "Maria Lind, the harbour chief", "on Friday, after the vote, that the pier would close")]
    public void Statements_CueAfterACommaWithoutContent_TakesTheClauseAroundIt(string text, string cue, string source, string content)
    {
        var (view, labels) = Labelled(text, (source, 1), (cue, 2));

        var statement = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Equal(content, statement.Content.Slice(text));
    }

    [Fact]
    public void Statements_ParticipleBeforeItsAgentWithoutContent_StaysWithoutContent()
    {
        const string text = "Officials hoped the meeting, requested by the mayor, would calm the harbour workers.";
        var (view, labels) = Labelled(text, ("requested", 2));

        var statement = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.True(statement.Content.IsEmpty);
    }

    [Theory]
    [InlineData("The mayor has been sharply criticized by several harbour workers for closing the pier.", "criticized", "several harbour workers for closing the pier", "several harbour workers", "for closing the pier")]
    [InlineData("She is backed by 34% of the harbour workers in the latest count.", "is backed", "34% of the harbour workers in the latest count", "34% of the harbour workers", "She")]
    public void PassiveAgents_AgentOfAPassiveCue_IsTheSpeaker(string text, string cue, string taggedContent, string agent, string content)
    {
        var (view, _) = Labelled(text);
        var subject = At(text, text.StartsWith("She", StringComparison.Ordinal) ? "She" : "The mayor");
        var speaker = text.StartsWith("She", StringComparison.Ordinal) ? new Speaker("She", -1, subject, null) : null;
        var statements = new List<Statement> { Plain(At(text, cue), At(text, taggedContent), speaker) };

        AttributionTagger.PassiveAgents(view, statements);

        Assert.Equal(At(text, agent), statements[0].Speaker!.Span);
        Assert.Equal(content, statements[0].Content.Slice(text));
    }

    [Fact]
    public void PassiveAgents_NounOfStanceFromSomeone_IsTheirs()
    {
        const string text = "The ferry plan has drawn sharp criticism from several harbour workers over the fares.";
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, "has drawn sharp criticism"), At(text, "The ferry plan"), null) };

        AttributionTagger.PassiveAgents(view, statements);

        Assert.Equal(At(text, "several harbour workers"), statements[0].Speaker!.Span);
    }

    [Theory]
    [InlineData("Anna Berg runs the harbour office. The Harbour Workers Union strongly opposes the new fares.", "opposes", "The Harbour Workers Union", "Anna Berg")]
    [InlineData("Anna Berg runs the harbour office. They strongly oppose the new fares.", "oppose", "They", "Anna Berg")]
    [InlineData("Anna Berg runs the harbour office. The ferry workers strongly oppose the new fares.", "oppose", "The ferry workers", "Anna Berg")]
    [InlineData("Anna Berg runs the harbour office. Mr. Lind quickly rejected the new fares.", "rejected", "Mr. Lind", "Anna Berg")]
    [InlineData("After Anna Berg spoke at the hall, the Harbour Workers Union rejected the new fares.", "rejected", "Harbour Workers Union", "Anna Berg")]
    public void SubjectsOfTheirOwnSentence_SourceInAnEarlierSentence_YieldsToTheSubjectBeforeTheCue(string text, string cue, string subject, string earlier)
    {
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, cue), new TextSpan(At(text, cue).End + 1, text.Length - 1), new Speaker(earlier, -1, At(text, earlier), null)) };

        AttributionTagger.SubjectsOfTheirOwnSentence(view, statements, []);

        Assert.Equal(At(text, subject), statements[0].Speaker!.Span);
    }

    [Theory]
    [InlineData("Peru on Tuesday ordered two Chilean envoys to leave within 48 hours.", "ordered", "Peru")]
    [InlineData("The Harbour Board yesterday rejected the new fares.", "rejected", "The Harbour Board")]
    [InlineData("Anna Berg on Friday has rejected the new fares.", "has rejected", "Anna Berg")]
    public void SubjectsBeforeTheirDay_TheNameOpeningTheSentenceSpeaks(string text, string cue, string subject)
    {
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, cue), new TextSpan(At(text, cue).End + 1, text.Length - 1), null) };

        AttributionTagger.SubjectsBeforeTheirDay(view, statements, []);

        Assert.Equal(At(text, subject), statements[0].Speaker?.Span);
    }

    [Theory]
    [InlineData("On Tuesday the board rejected the new fares.", "rejected")]
    [InlineData("After the vote on Friday the union rejected the new fares.", "rejected")]
    public void SubjectsBeforeTheirDay_NoNameBeforeTheDay_NoSpeaker(string text, string cue)
    {
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, cue), new TextSpan(At(text, cue).End + 1, text.Length - 1), null) };

        AttributionTagger.SubjectsBeforeTheirDay(view, statements, []);

        Assert.Null(statements[0].Speaker);
    }

    [Fact]
    public void SubjectsOfTheirOwnSentence_SourceInTheSameSentence_Stays()
    {
        const string text = "Anna Berg, who runs the harbour office, said on Monday the workers oppose the new fares.";
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, "said"), At(text, "the workers oppose the new fares"), new Speaker("Anna Berg", -1, At(text, "Anna Berg"), null)) };

        AttributionTagger.SubjectsOfTheirOwnSentence(view, statements, []);

        Assert.Equal(At(text, "Anna Berg"), statements[0].Speaker!.Span);
    }

    [Theory]
    [InlineData("Lind concluded by saying the pier would close.", "concluded", "the pier would close")]
    [InlineData("The fares were raised by 5 percent, the board said.", "raised", "The fares")]
    [InlineData("The pier, rebuilt by the navy and reopened in May, draws crowds.", "rebuilt", "the navy")]
    public void PassiveAgents_GerundAmountOrNoBe_LeavesTheStatement(string text, string cue, string content)
    {
        var (view, _) = Labelled(text);
        var statements = new List<Statement> { Plain(At(text, cue), At(text, content), null) };

        AttributionTagger.PassiveAgents(view, statements);

        Assert.Null(statements[0].Speaker);
    }

    [Fact]
    public void PollStatements_SentenceOpeningWithASurvey_IsTheSurveysStatement()
    {
        const string text = "The ferry opened in May. In a harbour survey released on Monday, most residents backed the new ferry.";
        var (view, _) = Labelled(text);
        var statements = new List<Statement>();

        AttributionTagger.PollStatements(view, statements, []);

        var statement = Assert.Single(statements);
        Assert.Equal("In", statement.Cue.Slice(text));
        Assert.Equal("a harbour survey released on Monday", statement.Speaker!.Span!.Value.Slice(text));
        Assert.Equal("most residents backed the new ferry", statement.Content.Slice(text));
    }

    [Theory]
    [InlineData("In the polls, the mayor still trails her rival by a wide margin.")]
    [InlineData("In May the harbour survey team counted the boats in the bay.")]
    public void PollStatements_StandingInThePollsOrNoComma_IsNoStatement(string text)
    {
        var (view, _) = Labelled(text);
        var statements = new List<Statement>();

        AttributionTagger.PollStatements(view, statements, []);

        Assert.Empty(statements);
    }

    private static TextSpan At(string text, string words)
    {
        int start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }

    private static Statement Plain(TextSpan cue, TextSpan content, Speaker? speaker) =>
        new(cue, content, StatementKind.Indirect, SpeechAct.Assert, Certainty.Certain, speaker, [], [], null);

    private static (TokenView View, byte[] Labels) Labelled(string text, params (string Words, int Kind)[] spans)
    {
        var doc = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        var view = new TokenView(doc, QuoteScanner.Scan(doc.Text, doc.Paragraphs));
        var labels = new byte[view.Count];
        foreach (var (words, kind) in spans)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal);
            AttributionTagger.Mark(view, labels, new TextSpan(start, start + words.Length), kind);
        }
        return (view, labels);
    }
}
