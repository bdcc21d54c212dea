using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Core.Tokens;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;
using Dossier.Training.Conllu;

namespace Dossier.Training.Evaluation;

/// <summary>Measures sentence boundaries against a treebank: F1 over sentence end offsets in the rebuilt raw text.</summary>
/// <remarks>
/// Paragraph breaks are given to the splitter (as the cleaner gives them in real use), so every paragraph end is a
/// free boundary; <see cref="Result.InsideParagraphs"/> counts only the boundaries inside paragraphs, the hard part.
/// </remarks>
public static class SentenceEvaluation
{
    /// <summary>All boundaries, and only those inside paragraphs.</summary>
    public readonly record struct Result(F1Score All, F1Score InsideParagraphs);

    public static Result Score(IEnumerable<RebuiltDocument> documents, Dictionary<string, int>? errors = null)
    {
        var all = default(F1Score);
        var inside = default(F1Score);
        var tokenizer = new TokenizerStage();
        var splitter = new SentenceStage();
        foreach (var rebuilt in documents)
        {
            var paragraphs = new Paragraph[rebuilt.Paragraphs.Count];
            var paragraphEnds = new HashSet<int>();
            for (int p = 0; p < paragraphs.Length; p++)
            {
                paragraphs[p] = new Paragraph(p, rebuilt.Paragraphs[p], ParagraphKind.Body);
                paragraphEnds.Add(rebuilt.Paragraphs[p].End);
            }
            var document = new Document(rebuilt.Id, rebuilt.Text) { Paragraphs = paragraphs };
            tokenizer.Process(document, CancellationToken.None);
            splitter.Process(document, CancellationToken.None);

            var gold = new HashSet<int>();
            foreach (var s in rebuilt.Sentences)
            {
                gold.Add(s.End);
            }
            var predicted = new HashSet<int>();
            foreach (var s in document.Sentences)
            {
                predicted.Add(s.Span.End);
            }
            all = all.Add(Count(predicted, gold, _ => true));
            inside = inside.Add(Count(predicted, gold, end => !paragraphEnds.Contains(end)));
            if (errors is not null)
            {
                NoteErrors(rebuilt.Text, document.Sentences, predicted, gold, paragraphEnds, errors);
            }
        }
        return new Result(all, inside);
    }

    private static F1Score Count(HashSet<int> predicted, HashSet<int> gold, Func<int, bool> keep)
    {
        int matched = 0, p = 0, g = 0;
        foreach (var end in predicted)
        {
            if (keep(end))
            {
                p++;
                if (gold.Contains(end))
                {
                    matched++;
                }
            }
        }
        foreach (var end in gold)
        {
            if (keep(end))
            {
                g++;
            }
        }
        return new F1Score(matched, p, g);
    }

    private static void NoteErrors(string text, Sentence[] sentences, HashSet<int> predicted, HashSet<int> gold,
        HashSet<int> paragraphEnds, Dictionary<string, int> errors)
    {
        foreach (var end in predicted)
        {
            if (!gold.Contains(end))
            {
                Note(errors, "+ ", text, end);
            }
        }
        foreach (var end in gold)
        {
            if (!predicted.Contains(end) && !paragraphEnds.Contains(end))
            {
                Note(errors, "- ", text, end);
            }
        }
    }

    private static void Note(Dictionary<string, int> errors, string sign, string text, int end)
    {
        int from = Math.Max(0, end - 30);
        int to = Math.Min(text.Length, end + 30);
        var key = sign + text[from..end].Replace('\n', '¶') + " || " + text[end..to].Replace('\n', '¶');
        errors[key] = errors.GetValueOrDefault(key) + 1;
    }
}
