using System.Text;
using Dossier.Core;

namespace Dossier.Training.Conllu;

/// <summary>Rebuilds raw text from CoNLL-U sentences: tokens joined by spaces unless <c>SpaceAfter=No</c>, paragraphs by new lines.</summary>
public static class ConlluText
{
    public static List<RebuiltDocument> Rebuild(IEnumerable<ConlluSentence> sentences)
    {
        var documents = new List<RebuiltDocument>();
        var text = new StringBuilder();
        var paragraphs = new List<TextSpan>();
        var sentenceSpans = new List<TextSpan>();
        var words = new List<TextSpan>();
        string id = "";
        int paragraphStart = 0;
        bool spaceBefore = false;

        void EndParagraph()
        {
            if (text.Length > paragraphStart)
            {
                paragraphs.Add(new TextSpan(paragraphStart, text.Length));
            }
        }

        void EndDocument()
        {
            EndParagraph();
            if (sentenceSpans.Count > 0)
            {
                documents.Add(new RebuiltDocument(id, text.ToString(), [.. paragraphs], [.. sentenceSpans], [.. words]));
            }
            text.Clear();
            paragraphs.Clear();
            sentenceSpans.Clear();
            words.Clear();
            paragraphStart = 0;
        }

        foreach (var sentence in sentences)
        {
            if (sentence.NewDocument || documents.Count == 0 && sentenceSpans.Count == 0)
            {
                EndDocument();
                id = sentence.Id;
                spaceBefore = false;
            }
            else if (sentence.NewParagraph)
            {
                EndParagraph();
                text.Append('\n');
                paragraphStart = text.Length;
                spaceBefore = false;
            }
            if (spaceBefore)
            {
                text.Append(' ');
            }
            int sentenceStart = text.Length;
            foreach (var token in sentence.Tokens)
            {
                int start = text.Length;
                text.Append(token.Form);
                AddWords(sentence, token, start, text.Length, words);
                if (token.SpaceAfter)
                {
                    text.Append(' ');
                }
            }
            var last = sentence.Tokens[^1];
            int sentenceEnd = last.SpaceAfter ? text.Length - 1 : text.Length;
            if (last.SpaceAfter)
            {
                text.Length--;
            }
            sentenceSpans.Add(new TextSpan(sentenceStart, sentenceEnd));
            spaceBefore = last.SpaceAfter;
        }
        EndDocument();
        return documents;
    }

    private static void AddWords(ConlluSentence sentence, ConlluToken token, int start, int end, List<TextSpan> words)
    {
        if (token.WordCount == 1)
        {
            words.Add(new TextSpan(start, end));
            return;
        }
        int total = 0;
        for (int w = token.FirstWord; w < token.FirstWord + token.WordCount; w++)
        {
            total += sentence.Words[w].Form.Length;
        }
        bool spelled = total == token.Form.Length;
        int at = start;
        for (int w = token.FirstWord; spelled && w < token.FirstWord + token.WordCount; w++)
        {
            var form = sentence.Words[w].Form;
            spelled = string.CompareOrdinal(token.Form, at - start, form, 0, form.Length) == 0
                || string.Compare(token.Form, at - start, form, 0, form.Length, StringComparison.OrdinalIgnoreCase) == 0;
            at += form.Length;
        }
        if (!spelled)
        {
            words.Add(new TextSpan(start, end));
            return;
        }
        at = start;
        for (int w = token.FirstWord; w < token.FirstWord + token.WordCount; w++)
        {
            int length = sentence.Words[w].Form.Length;
            words.Add(new TextSpan(at, at + length));
            at += length;
        }
    }
}
