using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Attribution;

/// <summary>A quotation right after a sentence that attributes speech goes on with that speech: "'A,' she mocked. 'B.'"</summary>
/// <remarks>
/// The assembler continues the quotations of the rules' own statements; a statement only the tagger found ("mocks",
/// "explains"), or whose source the cleanup widened ("said Senator Ann Ruiz, Labour member for Eastfield."), had none, so
/// "B" was nobody's. Each added statement carries the speaker without a source span and an empty cue at the quotation,
/// as the assembler's continuations do. Only where the attribution ends its sentence with a short tail before the
/// quotation (<see cref="StatementAssembler.ShortTail"/>) and nothing already reads the quotation.
/// </remarks>
internal static class QuotationContinuations
{
    public static List<Statement> Add(TokenView v, List<Statement> statements)
    {
        string text = v.Text;
        List<(int After, Statement Statement)>? added = null;
        TailsIntoAQuotation(v, statements, ref added);
        foreach (var q in v.Quotes)
        {
            if (added is not null && IsAdded(added, q.Outer))
            {
                continue;
            }
            var paragraph = v.Document.Paragraphs[q.Paragraph].Span;
            if (q.Outer.Start - paragraph.Start <= 3 || Reads(statements, q.Outer))
            {
                continue; // a quotation that opens its paragraph is the assembler's to attribute
            }
            int before = -1;
            int end = -1;
            for (int i = 0; i < statements.Count; i++)
            {
                var s = statements[i];
                if (s.Cue.IsEmpty || s.Speaker is not { } speaker || s.Content.End > s.Cue.Start || s.Content.Start < paragraph.Start)
                {
                    continue;
                }
                int last = Math.Max(s.Cue.End, speaker.Span is { } source ? source.End : 0);
                if (last <= q.Outer.Start && last > end)
                {
                    before = i;
                    end = last;
                }
            }
            if (before < 0 || !StatementAssembler.ShortTail(text.AsSpan(end, q.Outer.Start - end)))
            {
                continue;
            }
            added ??= [];
            var speech = statements[before];
            added.Add((before, new Statement(new TextSpan(q.Outer.Start, q.Outer.Start), q.Outer, StatementKind.Direct, SpeechAct.Assert,
                Certainty.Certain, speech.Speaker! with { Span = null }, speech.Relays, [], q.Inner.Slice(text), Medium: speech.Medium)));
        }
        if (added is null)
        {
            return statements;
        }
        // Each continuation right after the statement it continues; the others keep their order.
        var result = new List<Statement>(statements.Count + added.Count);
        for (int i = 0; i < statements.Count; i++)
        {
            result.Add(statements[i]);
            for (int k = 0; k < added.Count; k++)
            {
                if (added[k].After == i)
                {
                    result.Add(added[k].Statement);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// "''A,'' said Ms. Ruiz, referring to the port levy. ''B.''": the tail cue's content ran on over its sentence's end into
    /// the quotation that opens the next sentence. The tail ends with its sentence, and the quotation goes on with the
    /// speaker's quoted speech earlier in that sentence (PolNeAR joins "A" and "B" into one content, as it does after a
    /// short tail).
    /// </summary>
    private static void TailsIntoAQuotation(TokenView v, List<Statement> statements, ref List<(int After, Statement Statement)>? added)
    {
        var tokens = v.Document.Tokens;
        var sentences = v.Document.Sentences;
        int count = statements.Count;
        for (int i = 0; i < count; i++)
        {
            var tail = statements[i];
            if (tail.Cue.IsEmpty || tail.Speaker is not { } speaker || tail.Content.Start < tail.Cue.End || tail.Content.IsEmpty)
            {
                continue;
            }
            // "…,'' she said, adding that … ''B.''": a tail that says something goes on in B itself (PolNeAR marks B as the
            // tail's own words), so only a tail of another kind ("referring to", "pointing to") hands B back.
            var tailWord = v.Word(tokens.IndexAtOrAfter(tail.Cue.Start));
            if (!tailWord.EndsWith("ing", StringComparison.Ordinal) || SaysOn(tailWord))
            {
                continue;
            }
            int sentence = v.Document.SentencePositionAt(tail.Cue.Start);
            if (sentence < 0 || sentence + 1 >= sentences.Length || tail.Content.End <= sentences[sentence].Span.End
                || v.InQuote(tokens.IndexAtOrAfter(tail.Content.Start)))
            {
                continue;
            }
            var next = sentences[sentence + 1];
            int opening = next.FirstToken;
            if (opening >= v.Count || !v.OpensQuote(opening))
            {
                continue;
            }
            var q = v.Quotes[v.QuoteOf(opening)];
            if (q.Outer.End < tail.Content.End - 2 || q.Paragraph != v.Document.ParagraphPositionAt(tail.Cue.Start))
            {
                continue;
            }
            int speech = -1;
            for (int j = 0; j < count; j++)
            {
                var s = statements[j];
                if (j != i && s.Quote is not null && !s.Cue.IsEmpty && s.Cue.End <= tail.Cue.Start && s.Speaker is { } other
                    && string.Equals(other.Name, speaker.Name, StringComparison.Ordinal) && v.Document.SentencePositionAt(s.Cue.Start) == sentence
                    && s.Content.End <= tail.Cue.Start && (speech < 0 || s.Cue.Start > statements[speech].Cue.Start))
                {
                    speech = j;
                }
            }
            if (speech < 0)
            {
                continue;
            }
            int last = opening - 1;
            while (last > 0 && v.IsPunct(last) && v.End(last) > tail.Content.Start)
            {
                last--;
            }
            if (v.End(last) <= tail.Content.Start)
            {
                continue;
            }
            var cut = new TextSpan(tail.Content.Start, v.End(last));
            string? quoted = null;
            foreach (var inside in v.Quotes)
            {
                if (quoted is null && cut.Contains(inside.Outer))
                {
                    quoted = inside.Inner.Slice(v.Text);
                }
            }
            statements[i] = tail with { Content = cut, Quote = quoted, Kind = quoted is null ? StatementKind.Indirect : StatementKind.Mixed };
            var spoken = statements[speech];
            (added ??= []).Add((speech, new Statement(new TextSpan(q.Outer.Start, q.Outer.Start), q.Outer, StatementKind.Direct, SpeechAct.Assert,
                Certainty.Certain, spoken.Speaker! with { Span = null }, spoken.Relays, [], q.Inner.Slice(v.Text), Medium: spoken.Medium)));
        }
    }

    private static bool SaysOn(ReadOnlySpan<char> w) =>
        w is "adding" or "saying" or "explaining" or "claiming" or "noting" or "arguing" or "insisting" or "stressing" or "telling"
            or "asking" or "warning" or "continuing" or "declaring" or "stating" or "writing" or "suggesting" or "calling" or "urging";

    private static bool IsAdded(List<(int After, Statement Statement)> added, TextSpan quotation)
    {
        foreach (var (_, s) in added)
        {
            if (s.Content == quotation)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Reads(List<Statement> statements, TextSpan quotation)
    {
        foreach (var s in statements)
        {
            if (s.Content.Overlaps(quotation) || s.Cue.Overlaps(quotation))
            {
                return true;
            }
        }
        return false;
    }
}
