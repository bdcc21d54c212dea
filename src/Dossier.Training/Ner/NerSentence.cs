namespace Dossier.Training.Ner;

/// <summary>One training or evaluation sentence: its text, token offsets, gold BIO labels, corpus part and document.</summary>
internal sealed record NerSentence(string Text, int[] Starts, int[] Ends, int[] Labels, string Source, string Document)
{
    public int Count => Starts.Length;

    /// <summary>Builds a sentence from given tokens, joined by single spaces.</summary>
    public static NerSentence FromTokens(IReadOnlyList<string> tokens, int[] labels, string source, string document = "")
    {
        var text = new System.Text.StringBuilder();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            starts[i] = text.Length;
            text.Append(tokens[i]);
            ends[i] = text.Length;
        }
        return new NerSentence(text.ToString(), starts, ends, labels, source, document);
    }
}
