using System.Text;
using Dossier.Core;
using Dossier.Core.Time;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Time.Evaluation;

/// <summary>Runs the time annotator over TimeML documents and scores it; splits the data into train and dev deterministically.</summary>
public static class TimeEvaluation
{
    /// <summary>The fixed seed of the document-level split; changing it changes every recorded figure.</summary>
    public const uint Seed = 20240614;

    /// <summary>Percentage of documents held out as dev.</summary>
    public const int DevPercent = 25;

    /// <summary>Whether a document (by id) is in the dev part: FNV-1a of seed and id, so the split never depends on file order.</summary>
    public static bool IsDev(string id)
    {
        uint h = 2166136261u ^ Seed;
        foreach (char c in id)
        {
            h = (h ^ c) * 16777619u;
        }
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return h % 100 < DevPercent;
    }

    public static IEnumerable<TimeMlDocument> Select(IEnumerable<TimeMlDocument> docs, DataSplit split)
    {
        foreach (var d in docs)
        {
            if (split == DataSplit.All || (split == DataSplit.Dev) == IsDev(d.Id))
            {
                yield return d;
            }
        }
    }

    /// <summary>Builds a Dossier document from TimeML text: hard-wrapped lines are joined (same length, so offsets hold),
    /// blank lines separate paragraphs, and the DCT is the stated publication date.</summary>
    public static Document ToDocument(TimeMlDocument ml)
    {
        var chars = ml.Text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n')
            {
                bool blankBefore = i > 0 && chars[i - 1] == '\n';
                bool blankAfter = i + 1 < chars.Length && chars[i + 1] == '\n';
                if (!blankBefore && !blankAfter)
                {
                    chars[i] = ' ';
                }
            }
        }
        var text = new string(chars);
        var doc = new Document(ml.Id, text) { Paragraphs = LineParagraphSplitter.Split(text) };
        doc.Metadata.Published = ml.CreationDate;
        doc.Metadata.PublishedFrom = "dct";
        new TokenizerStage().Process(doc, CancellationToken.None);
        new SentenceStage().Process(doc, CancellationToken.None);
        return doc;
    }

    /// <summary>The system's expressions as TIMEX3-like items; a range of dates counts as its two ends, a range of lengths as its lower end.</summary>
    public static List<GoldTimex> SystemTimexes(Document doc)
    {
        var list = new List<GoldTimex>(doc.Times.Count);
        foreach (var t in doc.Times)
        {
            string type = t.Type switch
            {
                TimeType.Time => "TIME",
                TimeType.Duration => "DURATION",
                TimeType.Set => "SET",
                _ => "DATE",
            };
            if (t.RangeEnd is not null && t.Type == TimeType.Duration)
            {
                // "two to three weeks": TIMEX3 marks one length, its lower end (with mod EQUAL_OR_MORE).
                list.Add(new GoldTimex(t.Span, type, t.Value.Value));
            }
            else if (t.RangeEnd is not null && t.StartSpan is TextSpan a && t.EndSpan is TextSpan b)
            {
                list.Add(new GoldTimex(a, type, t.Value.Value));
                list.Add(new GoldTimex(b, type, t.RangeEnd.Value));
            }
            else
            {
                list.Add(new GoldTimex(t.Span, type, t.Value.Value));
            }
        }
        return list;
    }

    /// <summary>Scores <paramref name="docs"/>; when <paramref name="errors"/> is given, appends one line per mismatch.</summary>
    public static TimeScore Run(IEnumerable<TimeMlDocument> docs, TimeAnnotator annotator, StringBuilder? errors = null)
    {
        var total = TimeScore.Empty;
        var pairs = errors is null ? null : new List<(GoldTimex? Gold, GoldTimex? System)>();
        foreach (var ml in docs)
        {
            var doc = ToDocument(ml);
            annotator.Annotate(doc, null, CancellationToken.None);
            var system = SystemTimexes(doc);
            pairs?.Clear();
            total = total.Add(TimeScorer.Score(ml.Timexes, system, pairs));
            if (errors is not null && pairs is not null)
            {
                foreach (var (g, s) in pairs)
                {
                    if (g is not null && s is not null && g.Value == s.Value && g.Type == s.Type)
                    {
                        continue;
                    }
                    string gt = g is null ? "-" : $"\"{Clip(ml.Text, g.Span)}\" {g.Type} {g.Value}";
                    string st = s is null ? "-" : $"\"{Clip(doc.Text, s.Span)}\" {s.Type} {s.Value}";
                    string kind = g is null ? "FP" : s is null ? "FN" : g.Value == s.Value ? "TYPE" : ValueNotation.Same(g.Value, s.Value) ? "NOTATION" : "VAL";
                    errors.Append(kind).Append('\t').Append(ml.Id).Append(" dct=").Append(ml.CreationDate?.ToString("yyyy-MM-dd") ?? "?")
                        .Append("\tgold ").Append(gt).Append("\tsys ").Append(st)
                        .Append("\t| ").Append(Context(doc.Text, (g ?? s)!.Span)).Append('\n');
                }
            }
        }
        return total;
    }

    private static string Clip(string text, TextSpan span) =>
        span.End <= text.Length ? text.Substring(span.Start, span.Length).Replace('\n', ' ') : "?";

    private static string Context(string text, TextSpan span)
    {
        int s = Math.Max(0, span.Start - 60), e = Math.Min(text.Length, span.End + 60);
        return text[s..e].Replace('\n', ' ');
    }
}
