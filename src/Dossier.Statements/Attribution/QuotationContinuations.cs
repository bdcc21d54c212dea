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
        foreach (var q in v.Quotes)
        {
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
                Certainty.Certain, speech.Speaker! with { Span = null }, speech.Relays, [], q.Inner.Slice(text))));
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
