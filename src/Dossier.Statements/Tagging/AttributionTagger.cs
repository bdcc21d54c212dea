using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;

namespace Dossier.Statements.Tagging;

/// <summary>Runs the trained attribution tagger over a document and adds the attributions the rules missed.</summary>
/// <remarks>
/// The rules' statements come first and keep their speakers, quotes, relays and stances; where the tagger labels
/// the same cue, a statement takes the tagger's content extent (closer to how PolNeAR bounds content); an indirect
/// rule statement whose cue the tagger leaves out is dropped.
/// The tagger adds a statement for every other cue it labels that is not a rule statement's cue or source (a cue
/// inside a rule's content is a nested attribution). Its sources and contents go to the nearest cue of the paragraph.
/// </remarks>
internal static class AttributionTagger
{
    /// <summary>Token labels written from statements: contents first, then cues and sources over them.</summary>
    public static byte[] Labels(TokenView v, List<Statement> statements)
    {
        var labels = new byte[v.Count];
        foreach (var s in statements)
        {
            Mark(v, labels, s.Content, 3);
        }
        foreach (var s in statements)
        {
            Mark(v, labels, s.Cue, 2);
            if (s.Speaker?.Span is { } src)
            {
                Mark(v, labels, src, 1);
            }
        }
        return labels;
    }

    /// <summary>Labels the tokens that start inside <paramref name="span"/> with <paramref name="kind"/> (1 source, 2 cue, 3 content).</summary>
    public static void Mark(TokenView v, byte[] labels, TextSpan span, int kind)
    {
        if (span.IsEmpty)
        {
            return;
        }
        bool first = true;
        for (int t = v.Tokens.IndexAtOrAfter(span.Start); t < v.Count && v.Start(t) < span.End; t++)
        {
            labels[t] = (byte)(first ? AttributionLabel.Begin(kind) : AttributionLabel.Begin(kind) + 1);
            first = false;
        }
    }

    /// <summary>The rule statements plus those the tagger finds where no rule statement is.</summary>
    public static List<Statement> Merge(TokenView v, List<(int First, int End, int Paragraph)> units, List<Statement> rules, AttributionModel model)
    {
        var ruleLabels = Labels(v, rules);
        var labels = model.Tag(new AttributionFeatures(v, units, ruleLabels, model));
        var tagged = Statements(v, labels);
        var merged = new List<Statement>(rules.Count + tagged.Count);
        var used = new bool[tagged.Count];
        foreach (var r in rules)
        {
            var statement = r;
            bool confirmed = false;
            for (int i = 0; i < tagged.Count; i++)
            {
                if (!used[i] && tagged[i].Cue.Overlaps(r.Cue))
                {
                    used[i] = true;
                    confirmed = true;
                    // The tagger learned the corpus's content extents; a direct statement keeps its exact quote text
                    // in Quote and takes the tagger's extent where that overlaps the quote.
                    if (!tagged[i].Content.IsEmpty && (r.Kind == StatementKind.Indirect || tagged[i].Content.Overlaps(r.Content)))
                    {
                        statement = r with { Content = WithoutThat(v, tagged[i].Content) };
                    }
                    if (statement.Speaker?.Span is null && tagged[i].Speaker is { } found)
                    {
                        statement = statement with { Speaker = statement.Speaker is null ? found : statement.Speaker with { Span = found.Span } };
                    }
                    break;
                }
            }
            // An indirect rule statement whose cue the tagger does not take is more often wrong than right (held-out
            // train) and is dropped, unless its cue sits inside a tagged content: the tagger gives each token one
            // label, as PolNeAR does, so it cannot mark an attribution nested in another ("According to the BBC,
            // the government denied …"). Quotes are kept whatever the tagger says.
            if (!confirmed && r.Kind == StatementKind.Indirect && !InsideContent(tagged, r.Cue))
            {
                continue;
            }
            merged.Add(statement);
        }
        for (int i = 0; i < tagged.Count; i++)
        {
            if (!used[i] && !tagged[i].Content.IsEmpty && !Touches(rules, tagged[i].Cue))
            {
                merged.Add(tagged[i]);
            }
        }
        return merged;
    }

    /// <summary>The content without a leading complementizer: PolNeAR counts "that" in, the rules' readers do not.</summary>
    private static TextSpan WithoutThat(TokenView v, TextSpan content)
    {
        int t = v.Tokens.IndexAtOrAfter(content.Start);
        if (t + 1 < v.Count && v.Is(t, "that") && v.Start(t) == content.Start && v.Start(t + 1) < content.End)
        {
            return new TextSpan(v.Start(t + 1), content.End);
        }
        return content;
    }

    private static bool InsideContent(List<Statement> tagged, TextSpan cue)
    {
        foreach (var t in tagged)
        {
            if (t.Content.Start <= cue.Start && cue.End <= t.Content.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Touches(List<Statement> rules, TextSpan cue)
    {
        foreach (var r in rules)
        {
            if (r.Cue.Overlaps(cue) || r.Speaker?.Span is { } s && s.Overlaps(cue))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Turns labels into statements: one per cue, with the nearest source and content spans of its paragraph.</summary>
    public static List<Statement> Statements(TokenView v, byte[] labels)
    {
        var spans = new List<(int Kind, int First, int End)>();
        for (int t = 0; t < labels.Length; t++)
        {
            int kind = AttributionLabel.Kind(labels[t]);
            if (kind == 0)
            {
                continue;
            }
            int end = t + 1;
            while (end < labels.Length && labels[end] == AttributionLabel.Begin(kind) + 1)
            {
                end++;
            }
            spans.Add((kind, t, end));
            t = end - 1;
        }
        var cues = new List<int>();
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i].Kind == 2)
            {
                cues.Add(i);
            }
        }
        var statements = new List<Statement>(cues.Count);
        if (cues.Count == 0)
        {
            return statements;
        }
        var paragraphs = new int[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            paragraphs[i] = Math.Max(0, v.Document.ParagraphPositionAt(v.Start(spans[i].First)));
        }
        var source = new int[cues.Count];
        var contentStart = new int[cues.Count];
        var contentEnd = new int[cues.Count];
        Array.Fill(source, -1);
        Array.Fill(contentStart, -1);
        for (int i = 0; i < spans.Count; i++)
        {
            var (kind, first, end) = spans[i];
            if (kind == 2)
            {
                continue;
            }
            int best = -1, bestDistance = int.MaxValue;
            for (int c = 0; c < cues.Count; c++)
            {
                var cue = spans[cues[c]];
                int distance = cue.First >= end ? cue.First - end : first >= cue.End ? first - cue.End : 0;
                if (kind == 1 && source[c] >= 0)
                {
                    distance += 1000;
                }
                if (distance < bestDistance && paragraphs[cues[c]] == paragraphs[i])
                {
                    best = c;
                    bestDistance = distance;
                }
            }
            if (best < 0)
            {
                continue;
            }
            if (kind == 1)
            {
                if (source[best] < 0)
                {
                    source[best] = i;
                }
            }
            else
            {
                contentStart[best] = contentStart[best] < 0 ? v.Start(first) : Math.Min(contentStart[best], v.Start(first));
                contentEnd[best] = Math.Max(contentEnd[best], v.End(end - 1));
            }
        }
        for (int c = 0; c < cues.Count; c++)
        {
            var cue = spans[cues[c]];
            var cueSpan = v.Span(cue.First, cue.End);
            var content = contentStart[c] >= 0 ? new TextSpan(contentStart[c], contentEnd[c]) : new TextSpan(cueSpan.End, cueSpan.End);
            Speaker? speaker = null;
            if (source[c] >= 0)
            {
                var s = spans[source[c]];
                var span = v.Span(s.First, s.End);
                speaker = new Speaker(span.Slice(v.Text), -1, span, null);
            }
            string? quote = QuoteText(v, content);
            statements.Add(new Statement(cueSpan, content, quote is null ? StatementKind.Indirect : StatementKind.Direct,
                SpeechAct.Assert, Certainty.Certain, speaker, [], [], quote));
        }
        return statements;
    }

    /// <summary>The inner text when the content is one quotation and nothing else.</summary>
    private static string? QuoteText(TokenView v, TextSpan content)
    {
        foreach (var q in v.Quotes)
        {
            if (!content.IsEmpty && q.Outer.Start <= content.Start && q.Outer.End >= content.End && content.Start <= q.Inner.Start + 1 && content.End >= q.Inner.End - 1)
            {
                return q.Inner.Slice(v.Text);
            }
        }
        return null;
    }
}
