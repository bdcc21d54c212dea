using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Evaluation;

/// <summary>Scores the statement stage against a brat-annotated attribution corpus (PolNeAR): exact and overlap F1 for Source, Cue and Content.</summary>
/// <remarks>
/// Exact: same extent after trimming white space and a final stop. Overlap: any shared character; each gold span and
/// each prediction is matched at most once. Statements written only to relay another count, as the corpus annotates them.
/// </remarks>
public sealed class AttributionEvaluation
{
    public static readonly string[] Types = ["Source", "Cue", "Content"];

    public Dictionary<string, SpanScore> Exact { get; } = Types.ToDictionary(t => t, _ => new SpanScore());

    public Dictionary<string, SpanScore> Overlap { get; } = Types.ToDictionary(t => t, _ => new SpanScore());

    public int Documents { get; private set; }

    public int Sentences { get; private set; }

    /// <summary>Scores every <c>attributions/*.ann</c> under <paramref name="folder"/> against its <c>text/*.txt</c>.</summary>
    /// <param name="folder">A PolNeAR split (holding attributions/ and text/).</param>
    /// <param name="limit">Score at most this many files.</param>
    /// <param name="heldOutOnly">Score only every tenth file (the 10th, 20th, …), the ones the trainer holds out of train.</param>
    /// <param name="errors">When not null, receives each missed gold span and each unmatched prediction (overlap scoring).</param>
    public static AttributionEvaluation Run(string folder, int limit = int.MaxValue, bool heldOutOnly = false, TextWriter? errors = null)
    {
        var evaluation = new AttributionEvaluation { _errors = errors };
        int index = -1;
        var annFolder = Path.Combine(folder, "attributions");
        var textFolder = Path.Combine(folder, "text");
        foreach (var annPath in Directory.GetFiles(annFolder, "*.ann").Order(StringComparer.Ordinal))
        {
            if (evaluation.Documents >= limit)
            {
                break;
            }
            var name = Path.GetFileNameWithoutExtension(annPath);
            int cut = name.LastIndexOf('_');
            var textPath = Path.Combine(textFolder, (cut > 0 ? name[..cut] : name) + ".txt");
            if (!File.Exists(textPath))
            {
                textPath = Path.Combine(textFolder, name + ".txt");
                if (!File.Exists(textPath))
                {
                    continue;
                }
            }
            index++;
            if (heldOutOnly && index % 10 != 9)
            {
                continue;
            }
            var text = File.ReadAllText(textPath);
            errors?.WriteLine($"## {name}");
            evaluation.Add(text, BratReader.Read(File.ReadAllText(annPath), text));
        }
        return evaluation;
    }

    /// <summary>Runs the stage on <paramref name="text"/> and adds its predictions and the gold spans to the counts.</summary>
    public void Add(string text, List<BratSpan> gold)
    {
        var doc = new Document("eval", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        Documents++;
        Sentences += doc.Sentences.Length;
        var predicted = Predictions(doc);
        foreach (var type in Types)
        {
            var g = Trimmed(text, gold.Where(s => s.Type == type).Select(s => s.Span));
            var p = Trimmed(text, predicted.Where(s => s.Type == type).Select(s => s.Span));
            Score(g, p, Exact[type], exact: true);
            Score(g, p, Overlap[type], exact: false, type, text, _errors);
        }
    }

    private static List<BratSpan> Predictions(Document doc)
    {
        var list = new List<BratSpan>();
        foreach (var s in JoinContinuations(doc, StatementStage.Extract(doc, keepRelayOnly: true)))
        {
            if (s.Speaker?.Span is { } src && !src.IsEmpty)
            {
                list.Add(new BratSpan("Source", src));
            }
            if (!s.Cue.IsEmpty)
            {
                list.Add(new BratSpan("Cue", s.Cue));
            }
            list.Add(new BratSpan("Content", FromTheRelativePronoun(doc, s)));
        }
        return list;
    }

    /// <summary>"an inquiry, which she said would report within six months": the product's content starts after the cue;
    /// PolNeAR marks it from the relative pronoun that stands for the noun ("which" … "would report …", its fragments joined
    /// from the first to the last), so it is scored from there. Only how our output maps onto PolNeAR's spans changes.</summary>
    private static TextSpan FromTheRelativePronoun(Document doc, Statement s)
    {
        if (s.Kind != StatementKind.Direct && StatementCleanup.RelativePronounBeforeItsSource(doc, s) is int pronoun)
        {
            int after = doc.Tokens.IndexAtOrAfter(s.Cue.End);
            if (after < doc.Tokens.Count && doc.Tokens.Starts[after] == s.Content.Start)
            {
                return new TextSpan(doc.Tokens.Starts[pronoun], s.Content.End);
            }
        }
        return s.Content;
    }

    /// <summary>
    /// "'A,' Sanders said. 'B.'": PolNeAR marks B as a second fragment of the same content, and the reader joins a
    /// content's fragments from the first to the last; Dossier gives B a statement of its own (no cue, the speaker carried
    /// over). Joined the same way here, so both sides are scored in one representation.
    /// </summary>
    /// <remarks>
    /// B joins the statement the product gives it to, as the assembler and <c>QuotationContinuations</c> choose it: the
    /// latest statement before it in its paragraph with B's speaker (name and entity), or, when that one quotes nothing (a
    /// tail cue: ", referring to the pier", ", citing precedent"), the latest quoting statement of that speaker in the tail
    /// cue's sentence ("said", round 28's <c>SpeechOfTheTail</c>). Before, B joined the nearest cue whoever spoke it, so
    /// '"A," the mayor said, referring to the pier. "B."' was scored as if "referring to" said B, a reading the product
    /// does not give, and both contents missed. Where no statement of B's speaker stands before it in the paragraph, B
    /// joins the nearest cue as before. Only how our output maps onto PolNeAR's joined fragments changes; the gold is as read.
    /// </remarks>
    private static List<Statement> JoinContinuations(Document doc, List<Statement> statements)
    {
        var joined = new List<Statement>(statements);
        for (int i = joined.Count - 1; i >= 0; i--)
        {
            var s = joined[i];
            if (!s.Cue.IsEmpty || s.Speaker is not { Span: null } speaker)
            {
                continue;
            }
            int paragraph = doc.ParagraphPositionAt(s.Content.Start);
            int nearest = -1, same = -1;
            for (int k = 0; k < joined.Count; k++)
            {
                var o = joined[k];
                if (k == i || !Precedes(doc, o, s, paragraph))
                {
                    continue;
                }
                if (nearest < 0 || o.Cue.End > joined[nearest].Cue.End)
                {
                    nearest = k;
                }
                if (SameSpeaker(o, speaker) && (same < 0 || o.Cue.End > joined[same].Cue.End))
                {
                    same = k;
                }
            }
            int best = same >= 0 ? same : nearest;
            if (same >= 0 && joined[same].Quote is null)
            {
                // The tail cue's sentence: the continuation goes on with the quotation its speaker spoke there.
                int sentence = doc.SentencePositionAt(joined[same].Cue.Start);
                for (int k = 0; k < joined.Count; k++)
                {
                    var o = joined[k];
                    if (k != i && k != same && o.Quote is not null && Precedes(doc, o, s, paragraph) && SameSpeaker(o, speaker)
                        && doc.SentencePositionAt(o.Cue.Start) == sentence && (best == same || o.Cue.End > joined[best].Cue.End))
                    {
                        best = k;
                    }
                }
            }
            if (best >= 0)
            {
                joined[best] = joined[best] with { Content = new TextSpan(joined[best].Content.Start, s.Content.End) };
                joined.RemoveAt(i);
            }
        }
        return joined;
    }

    private static bool Precedes(Document doc, Statement o, Statement continuation, int paragraph) =>
        !o.Cue.IsEmpty && o.Cue.End <= continuation.Content.Start && o.Content.End <= continuation.Content.Start
        && doc.ParagraphPositionAt(o.Content.Start) == paragraph;

    private static bool SameSpeaker(Statement o, Speaker speaker) =>
        o.Speaker is { } other && other.Entity == speaker.Entity && string.Equals(other.Name, speaker.Name, StringComparison.Ordinal);

    private static List<TextSpan> Trimmed(string text, IEnumerable<TextSpan> spans)
    {
        var list = new List<TextSpan>();
        foreach (var s in spans)
        {
            int a = s.Start, b = s.End;
            while (a < b && (char.IsWhiteSpace(text[a]) || text[a] is '"' or '“' or '”' or '‘' or '’' or '\''))
            {
                a++;
            }
            while (b > a && (char.IsWhiteSpace(text[b - 1]) || text[b - 1] is '.' or ',' or ';' or ':' or '"' or '“' or '”' or '‘' or '’' or '\''))
            {
                b--;
            }
            if (b > a)
            {
                list.Add(new TextSpan(a, b));
            }
        }
        return list.Distinct().ToList();
    }

    private TextWriter? _errors;

    private static void Score(List<TextSpan> gold, List<TextSpan> predicted, SpanScore score, bool exact,
        string type = "", string text = "", TextWriter? errors = null)
    {
        score.Gold += gold.Count;
        score.Predicted += predicted.Count;
        var used = new bool[gold.Count];
        foreach (var p in predicted)
        {
            int best = -1, bestOverlap = 0;
            for (int g = 0; g < gold.Count; g++)
            {
                if (used[g])
                {
                    continue;
                }
                if (exact ? gold[g] == p : gold[g].Overlaps(p))
                {
                    int overlap = Math.Min(gold[g].End, p.End) - Math.Max(gold[g].Start, p.Start);
                    if (overlap > bestOverlap)
                    {
                        best = g;
                        bestOverlap = overlap;
                    }
                }
            }
            if (best >= 0)
            {
                used[best] = true;
                score.MatchedGold++;
                score.MatchedPredicted++;
            }
            else
            {
                errors?.WriteLine($"FP {type}\t{Context(text, p)}");
            }
        }
        if (errors is not null)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                if (!used[g])
                {
                    errors.WriteLine($"FN {type}\t{Context(text, gold[g])}");
                }
            }
        }
    }

    private static string Context(string text, TextSpan span)
    {
        int a = Math.Max(0, span.Start - 60), b = Math.Min(text.Length, span.End + 60);
        return (text[a..span.Start] + "[[" + span.Slice(text) + "]]" + text[span.End..b]).Replace('\n', ' ');
    }
}
