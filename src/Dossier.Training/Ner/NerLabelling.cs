using Dossier.Core.Entities;
using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Shared rules that turn corpus annotations into our label scheme, the same for every corpus.</summary>
internal static class NerLabelling
{
    /// <summary>Writes B/I labels of class <paramref name="cls"/> over tokens [from, to), cut to what the recogniser calls a name; false if nothing is left.</summary>
    /// <remarks>
    /// Corpora mark descriptions and titles with their names ("the Prime Minister-designate", "Turkish Foreign Minister
    /// Mevlüt Çavuşoğlu", "U.S. service members", "northern Iraq"). The recogniser's convention is narrower: a name is
    /// capitalised words only, without articles, lower-case modifiers, titles or possessives; a title splits a person span
    /// (what stands before the title is a name only if it is a known one). Gold spans are cut the same way, and known
    /// names inside a description that is dropped are labelled on their own ("U.S." in "U.S. service members").
    /// </remarks>
    public static bool Label(int[] labels, IReadOnlyList<string> tokens, int from, int to, int cls)
    {
        int spanFrom = from, spanTo = to;
        while (from < to && (Gazetteer.IsArticle(tokens[from]) || !char.IsLetterOrDigit(tokens[from][0])))
        {
            from++;
        }
        while (to > from && IsTrailing(tokens[to - 1]))
        {
            to--;
        }
        if (cls == 0)
        {
            // A person span with lower-case words other than name particles is a description ("former leader of Al Qaeda").
            for (int t = from; t < to; t++)
            {
                if (char.IsLower(tokens[t][0]) && !NameParticles.Contains(tokens[t]) && !(t > from && tokens[t].Contains('-')))
                {
                    LabelKnown(labels, tokens, spanFrom, spanTo);
                    return false;
                }
            }
            int lastHead = -1;
            for (int t = from; t < to; t++)
            {
                if (RoleWords.IsTitleHead(tokens[t]) || IsHyphenatedRole(tokens[t]))
                {
                    lastHead = t;
                }
            }
            if (lastHead >= 0)
            {
                int firstRole = lastHead;
                while (firstRole > from && RoleWords.IsTitleWord(tokens[firstRole - 1]))
                {
                    firstRole--;
                }
                LabelKnown(labels, tokens, from, firstRole);
                from = lastHead + 1;
                if (from >= to || char.IsLower(tokens[from][0]))
                {
                    LabelKnown(labels, tokens, from, to);
                    return false;
                }
            }
            while (from < to && to - from > 1 && char.IsUpper(tokens[from][0]) && RoleWords.IsTitleWord(tokens[from]))
            {
                from++;
            }
        }
        else
        {
            // "Sarmada, Syria", "San Francisco, California": each part of a place written with its region is a name.
            if (cls == 2)
            {
                for (int t = from + 1; t < to - 1; t++)
                {
                    if (tokens[t] == ",")
                    {
                        bool left = Label(labels, tokens, from, t, cls);
                        bool right = Label(labels, tokens, t + 1, to, cls);
                        return left | right;
                    }
                }
            }
            // "a new", "northern", "young": lower-case modifiers are not part of a name.
            while (from < to && (char.IsLower(tokens[from][0]) || Gazetteer.IsArticle(tokens[from]) || !char.IsLetterOrDigit(tokens[from][0])))
            {
                from++;
            }
        }
        if (to <= from || !HasCapital(tokens, from, to) || (to - from == 1 && (Pronouns.IsPronoun(tokens[from]) || (cls == 0 && RoleWords.IsTitleWord(tokens[from])))))
        {
            LabelKnown(labels, tokens, spanFrom, spanTo);
            return false;
        }
        // Names are named: the last word of a name is capitalised ("U.S. service members" is not a name).
        if (!char.IsUpper(tokens[to - 1][0]) && !char.IsDigit(tokens[to - 1][0]))
        {
            LabelKnown(labels, tokens, spanFrom, spanTo);
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
        // Known demonyms are groups, and known countries and capitals are places even where a corpus calls them an
        // organisation ("U.S." for the government in re3d, "North Korea" as a regime in GUM): GPE is the actor.
        if (Gazetteer.Default.TryLookup(text, out var entry)
            && (entry.Type == EntityType.Norp || (cls == 1 && entry.Type == EntityType.Gpe && entry.Kind is GazetteerKind.Country or GazetteerKind.Capital)))
        {
            cls = NerLabels.ClassOf(entry.Type);
        }
        labels[from] = NerLabels.Begin(cls);
        for (int t = from + 1; t < to; t++)
        {
            labels[t] = NerLabels.Inside(cls);
        }
        return true;
    }

    /// <summary>Labels the known names (gazetteer phrases) among free tokens [from, to), each with its class.</summary>
    public static void LabelKnown(int[] labels, IReadOnlyList<string> tokens, int from, int to)
    {
        if (to <= from)
        {
            return;
        }
        var sentence = NerSentence.FromTokens([.. tokens.Skip(from).Take(to - from)], new int[to - from], "");
        var gaz = Gazetteer.Default;
        for (int i = 0; i < sentence.Count;)
        {
            if (gaz.TryMatch(sentence.Text, sentence.Starts, sentence.Ends, i, out var match)
                && match.End == sentence.Ends[i + match.TokenCount - 1])
            {
                bool free = true;
                for (int t = i; t < i + match.TokenCount; t++)
                {
                    free &= labels[from + t] == NerLabels.Outside;
                }
                if (free)
                {
                    int cls = NerLabels.ClassOf(gaz[match.Entry].Type);
                    labels[from + i] = NerLabels.Begin(cls);
                    for (int t = i + 1; t < i + match.TokenCount; t++)
                    {
                        labels[from + t] = NerLabels.Inside(cls);
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

    private static bool IsTrailing(string token) =>
        token is "'s" or "\u2019s" or "'" or "\u2019" || (!char.IsLetterOrDigit(token[^1]) && token[^1] != '.');

    private static bool IsHyphenatedRole(string token)
    {
        int hyphen = token.IndexOf('-');
        return hyphen > 0 && RoleWords.IsTitleHead(token.AsSpan(0, hyphen));
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
