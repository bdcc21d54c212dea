using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;

namespace Dossier.Statements;

/// <summary>Pipeline stage that finds attributed statements: direct and indirect speech, speakers, relays, stance and certainty.</summary>
/// <remarks>
/// Uses named entities and time expressions when earlier stages wrote them (speakers link to entities, statements to
/// times), and works from tokens and sentences alone when they did not.
/// </remarks>
public sealed class StatementStage : IDocumentStage
{
    private readonly bool _useTagger;

    /// <summary>The rules plus the trained attribution tagger (when its model is embedded).</summary>
    public StatementStage()
        : this(useTagger: true)
    {
    }

    /// <param name="useTagger">False runs the rules alone: about twice as fast, with about two thirds of the recall on PolNeAR.</param>
    public StatementStage(bool useTagger)
    {
        _useTagger = useTagger;
    }

    public string Name => "statements";

    public Layers Requires => Layers.Paragraphs | Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Statements;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        document.Statements.Clear();
        document.Statements.AddRange(Extract(document, keepRelayOnly: false, _useTagger ? AttributionModel.Default : null));
        document.Present |= Layers.Statements;
    }

    /// <summary>Runs the rules on a tokenized document and returns its statements without writing them.</summary>
    /// <param name="keepRelayOnly">Keep statements whose only role is to relay another ("AP reported that X said …") and a
    /// reporter's questions ("Asked whether …"), as attribution corpora annotate them.</param>
    public static List<Statement> Extract(Document document, bool keepRelayOnly) =>
        Extract(document, keepRelayOnly, AttributionModel.Default);

    /// <summary>Runs the rules, then <paramref name="model"/> (when not null) to add the attributions the rules missed.</summary>
    internal static List<Statement> Extract(Document document, bool keepRelayOnly, AttributionModel? model)
    {
        if (document.Tokens.Count == 0)
        {
            return [];
        }
        var quotes = QuoteScanner.Scan(document.Text, document.Paragraphs);
        var view = new TokenView(document, quotes);
        var units = AttributionExtractor.Units(view);
        var drafts = AttributionExtractor.Extract(view, units);
        SpeakerResolver.Resolve(view, drafts);
        var statements = StatementAssembler.Assemble(view, drafts, units, keepRelayOnly);
        if (model is not null)
        {
            statements = AttributionTagger.Merge(view, units, statements, model, drafts);
        }
        statements = TranscriptTurns.Add(document, statements, keepRelayOnly);
        statements = QuotationContinuations.Add(view, StatementCleanup.Clean(document, statements));
        StatementAssembler.TrailingReports(view, statements);
        StatementAssembler.HedgesOfTheirOwn(view, statements);
        StatementAssembler.TimesOfTheirOwn(view, statements);
        if (!keepRelayOnly)
        {
            StatementAssembler.WithoutQuestionsAndDocumentRelays(view, statements);
            TranscriptTurns.WithoutQuestions(document, statements);
            TranscriptTurns.InnerStatements(document, statements);
            StatementLinks.HeadlineRoles(document, statements);
            StatementLinks.Answers(document, statements);
        }
        StatementLinks.OwnSitesAsMedia(document, statements);
        return statements;
    }
}
