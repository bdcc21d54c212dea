using Dossier.Core.Entities;
using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Shared rules that turn corpus annotations into our label scheme, the same for every corpus.</summary>
internal static class NerLabelling
{
    /// <summary>Writes B/I labels of class <paramref name="cls"/> over tokens [from, to) after trimming articles, titles and punctuation; false if nothing is left.</summary>
    public static bool Label(int[] labels, IReadOnlyList<string> tokens, int from, int to, int cls)
    {
        while (from < to && (Gazetteer.IsArticle(tokens[from]) || !char.IsLetterOrDigit(tokens[from][0])
            || (cls == 0 && to - from > 1 && char.IsUpper(tokens[from][0]) && RoleWords.IsRoleWord(tokens[from]))))
        {
            from++;
        }
        while (to > from && (tokens[to - 1] is "'s" or "\u2019s" or "'" or "\u2019" || !char.IsLetterOrDigit(tokens[to - 1][^1]) && tokens[to - 1][^1] != '.'))
        {
            to--;
        }
        if (to <= from || !HasCapital(tokens, from, to) || (to - from == 1 && (Pronouns.IsPronoun(tokens[from]) || (cls == 0 && RoleWords.IsRoleWord(tokens[from])))))
        {
            return false;
        }
        // Names are named: the last word of a name is capitalised ("U.S. service members" is not a name).
        if (!char.IsUpper(tokens[to - 1][0]) && !char.IsDigit(tokens[to - 1][0]))
        {
            return false;
        }
        for (int t = from; t < to; t++)
        {
            if (labels[t] != NerLabels.Outside)
            {
                return false;
            }
        }
        var text = string.Join(' ', tokens.Skip(from).Take(to - from));
        if (Gazetteer.Default.TryLookup(text, out var entry) && entry.Type == EntityType.Norp)
        {
            cls = 3;
        }
        labels[from] = NerLabels.Begin(cls);
        for (int t = from + 1; t < to; t++)
        {
            labels[t] = NerLabels.Inside(cls);
        }
        return true;
    }

    /// <summary>Marks known demonyms and group names that the corpus left unlabelled as NORP (GUM has no such class).</summary>
    public static void AddGroups(int[] labels, NerSentence sentence)
    {
        var gaz = Gazetteer.Default;
        for (int i = 0; i < sentence.Count;)
        {
            if (gaz.TryMatch(sentence.Text, sentence.Starts, sentence.Ends, i, out var match)
                && gaz[match.Entry].Type == EntityType.Norp && match.End == sentence.Ends[i + match.TokenCount - 1])
            {
                bool free = true;
                for (int t = i; t < i + match.TokenCount; t++)
                {
                    free &= labels[t] == NerLabels.Outside;
                }
                if (free)
                {
                    labels[i] = NerLabels.Begin(3);
                    for (int t = i + 1; t < i + match.TokenCount; t++)
                    {
                        labels[t] = NerLabels.Inside(3);
                    }
                }
                i += match.TokenCount;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool HasCapital(IReadOnlyList<string> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (char.IsUpper(tokens[t][0]))
            {
                return true;
            }
        }
        return false;
    }
}
