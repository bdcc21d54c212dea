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
        if (best >= 0)
        {
            return best;
        }
        int recorded = RecordedBySource(document, span);
        return recorded >= 0 ? recorded : WithClauseAfterTrailingCue(document, span);
    }

    /// <summary>"At least 12 people were killed, the agency said on Monday, with around 40 still unaccounted for": a count in
    /// a "with" clause right after a statement's trailing source and cue goes on with what was said; the statement, or -1.</summary>
    private static int WithClauseAfterTrailingCue(Document document, TextSpan span)
    {
        int sentence = document.SentencePositionAt(span.Start);
        if (sentence < 0)
        {
            return -1;
        }
        var bounds = document.Sentences[sentence].Span;
        var text = document.Text.AsSpan();
        for (int i = 0; i < document.Statements.Count; i++)
        {
            var s = document.Statements[i];
            if (s.Cue.IsEmpty || s.Content.IsEmpty || s.Content.End > s.Cue.Start || !bounds.Contains(s.Content.Start) || !bounds.Contains(s.Cue.Start))
            {
                continue;
            }
            int end = Math.Max(s.Cue.End, s.Speaker?.Span is { } source && source.Start >= s.Content.End ? source.End : 0);
            if (end > span.Start)
            {
                continue;
            }
            // Only a time or place may stand between the cue and the clause ("said on Monday, with …"), and nothing but
            // words between "with" and the count ("with another 80 on the way").
            var between = text[end..span.Start];
            int with = between.IndexOf(", with ", StringComparison.Ordinal);
            if (with >= 0 && between[..with].IndexOfAny(",;:.\"\u201c\u201d") < 0 && between[(with + 2)..].IndexOfAny(",;:.\"\u201c\u201d") < 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>"…, according to outage tracker DownWatch, which logged more than 140,000 user reports": a count in a
    /// relative clause of recording or reporting on a statement's source is that source's; the statement, or -1.</summary>
    private static int RecordedBySource(Document document, TextSpan span)
    {
        var text = document.Text.AsSpan();
        for (int i = 0; i < document.Statements.Count; i++)
        {
            if (document.Statements[i].Speaker?.Span is not { } source || source.End > span.Start || span.Start - source.End > 60)
            {
                continue;
            }
            var between = text[source.End..span.Start];
            if (!(between.StartsWith(", which ", StringComparison.Ordinal) || between.StartsWith(", who ", StringComparison.Ordinal))
                || between[1..].IndexOfAny(",;.:\"\u201c\u201d") >= 0)
            {
                continue;
            }
            var rest = between[2..];
            rest = rest[(rest.IndexOf(' ') + 1)..];
            if (rest.StartsWith("has ", StringComparison.Ordinal) || rest.StartsWith("had ", StringComparison.Ordinal)
                || rest.StartsWith("have ", StringComparison.Ordinal))
            {
                rest = rest[4..].TrimStart();
            }
            int space = rest.IndexOf(' ');
            if (space > 0 && IsVerbOfRecording(rest[..space]))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsVerbOfRecording(ReadOnlySpan<char> w) =>
        w is "logged" or "logs" or "recorded" or "records" or "counted" or "counts" or "registered" or "registers" or "received"
            or "receives" or "tracked" or "tracks" or "tallied" or "reported" or "reports" or "estimated" or "estimates" or "put"
            or "puts" or "said" or "says";

    // "Turnout was 61 percent, up from 54 percent four years ago", "…, slightly below the 64 percent recorded in 2021": a
    // time after the figure it is compared with dates that figure, not the one before the comparison.
    private static bool AnEarlierFigureBetween(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        foreach (var comparison in s_comparisons)
        {
            int at = between.IndexOf(comparison, StringComparison.Ordinal);
            if (at >= 0 && between[at..].IndexOfAnyInRange('0', '9') >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_comparisons = [" from ", " compared with ", " below ", " above ", " against "];

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
                    || Lexicon.PeriodStart.Opens(document.Text, t) && !(t.End <= span.Start && OpensAWhenClause(document.Text, t.End)))
                {
                    continue;
                }
                if (t.Start >= span.End && (AnotherPredicateBetween(document, span.End, t.Start) || AnEarlierFigureBetween(document.Text, span.End, t.Start)))
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

    // "the deadliest since 1987, when a fire killed 63 people": the clause after ", when" tells of the time itself, not of
    // the period that starts there.
    private static bool OpensAWhenClause(string text, int end) => text.AsSpan(end).StartsWith(", when ", StringComparison.Ordinal);

    // "employs about 4,200 people and reported revenue of €3.1 billion last year": a time after "and" and a verb of its own
    // dates that second predicate, not the count before it. "evacuated about 40 homes near the spa, which had reopened only
    // last week": nor does a time inside a relative clause opened after the count. "weighed 212 tonnes, and that the crew
    // had … last year" (a second reported clause) and "to 31,000 from the 9,000 it gave on Tuesday" (a clause with its own
    // subject pronoun and verb after another count, which it tells of) date their own clause too.
    private static bool AnotherPredicateBetween(Document document, int from, int to)
    {
        var tokens = document.Tokens;
        bool anotherCount = false;
        for (int k = tokens.IndexAtOrAfter(from); k + 1 < tokens.Count && tokens.Starts[k + 1] < to; k++)
        {
            var word = document.Text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k]);
            anotherCount |= tokens.Kinds[k] == Core.Tokens.TokenKind.Number;
            var next = document.Text.AsSpan(tokens.Starts[k + 1], tokens.Ends[k + 1] - tokens.Starts[k + 1]);
            if (tokens.Tags[k + 1] == Core.Tokens.PartOfSpeech.VERB && word is "and" or "but"
                || word is "," && next is "which" or "who" or "where"
                || word is "and" or "but" && next is "that"
                || anotherCount && tokens.Tags[k + 1] == Core.Tokens.PartOfSpeech.VERB && word is "it" or "he" or "she" or "they" or "we")
            {
                return true;
            }
        }
        return false;
    }
}
