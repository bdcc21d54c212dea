using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quantities;
using Dossier.Statements.Quotes;

namespace Dossier.Statements;

/// <summary>Pipeline stage that finds quantities and links each to the statement it belongs to and the time it refers to.</summary>
/// <remarks>Run it after <see cref="StatementStage"/> (and after the time stage, when there is one) to get those links.</remarks>
public sealed class QuantityStage : IDocumentStage
{
    public string Name => "quantities";

    public Layers Requires => Layers.Paragraphs | Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Quantities;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        document.Quantities.Clear();
        if (document.Tokens.Count == 0)
        {
            return;
        }
        var view = new TokenView(document, QuoteScanner.Scan(document.Text, document.Paragraphs));
        var units = AttributionExtractor.Units(view);
        var found = new List<Quantity>();
        QuantityExtractor.Extract(view, units, found);
        foreach (var q in found)
        {
            // "June 4, 2024 | 3 min read": the publication line says when the report was written, not how many of anything.
            if (document.Metadata.PublishedSpan is { } published && published.Contains(q.Span))
            {
                continue;
            }
            int statement = StatementOf(document, q.Span);
            int time = TimeOf(document, q.Span, statement);
            document.Quantities.Add(q with { Statement = statement, Time = time });
        }
        document.Present |= Layers.Quantities;
    }

    private static int StatementOf(Document document, TextSpan span)
    {
        int best = -1;
        for (int i = 0; i < document.Statements.Count; i++)
        {
            var content = document.Statements[i].Content;
            if (content.Contains(span) && (best < 0 || content.Length < document.Statements[best].Content.Length))
            {
                best = i;
            }
        }
        return best;
    }

    private static int TimeOf(Document document, TextSpan span, int statement)
    {
        var times = document.Times;
        if (times.Count == 0)
        {
            return -1;
        }
        int best = -1, bestDistance = int.MaxValue;
        foreach (var sentence in document.Sentences)
        {
            if (!sentence.Span.Contains(span.Start))
            {
                continue;
            }
            for (int i = 0; i < times.Count; i++)
            {
                var t = times[i].Span;
                // "jumped about 1.5% within minutes", "50 million pounds over three years": a length of time or a
                // rate says how long or how often, not when.
                if (!sentence.Span.Contains(t.Start) || times[i].Type is Core.Time.TimeType.Duration or Core.Time.TimeType.Set
                    || Lexicon.PeriodStart.Opens(document.Text, t))
                {
                    continue;
                }
                int d = t.Start >= span.End ? t.Start - span.End : span.Start - t.End;
                if (d >= 0 && d < bestDistance)
                {
                    best = i;
                    bestDistance = d;
                }
            }
            break;
        }
        if (best < 0 && statement >= 0)
        {
            best = document.Statements[statement].Time;
        }
        return best;
    }
}
