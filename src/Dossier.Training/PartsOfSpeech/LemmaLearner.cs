using Dossier.Core.Tokens;
using Dossier.Language.PartsOfSpeech;

namespace Dossier.Training.PartsOfSpeech;

/// <summary>Learns the lemma table (each training word and tag → its most frequent lemma) and suffix rules for unseen words.</summary>
public static class LemmaLearner
{
    /// <summary>The lemma table and rules, keyed as <see cref="Lemmatizer"/> looks them up, sorted by key.</summary>
    public sealed record Result(ulong[] LemmaKeys, string[] Lemmas, ulong[] RuleKeys, byte[] RuleStrip, string[] RuleAppend);

    public static Result Learn(IEnumerable<TaggedSentence> sentences)
    {
        // (word key) -> lemma -> count; and per distinct lower-cased (form, tag) one vote for its transformation.
        var lemmaCounts = new Dictionary<ulong, Dictionary<string, int>>();
        var types = new Dictionary<(string Form, PartOfSpeech Tag), Dictionary<string, int>>();
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Count; i++)
            {
                var form = s.Word(i);
                var tag = s.Tags[i];
                var lemma = s.Lemmas[i];
                if (lemma == "_" || lemma.Length == 0)
                {
                    continue;
                }
                Bump(lemmaCounts, Lemmatizer.LemmaKey(form, tag), lemma);
                if (tag != PartOfSpeech.PROPN)
                {
                    var key = (form.ToLowerInvariant(), tag);
                    if (!types.TryGetValue(key, out var byLemma))
                    {
                        types[key] = byLemma = [];
                    }
                    byLemma[lemma.ToLowerInvariant()] = byLemma.GetValueOrDefault(lemma.ToLowerInvariant()) + 1;
                }
            }
        }

        var lemmaKeys = new ulong[lemmaCounts.Count];
        lemmaCounts.Keys.CopyTo(lemmaKeys, 0);
        Array.Sort(lemmaKeys);
        var lemmas = new string[lemmaKeys.Length];
        for (int i = 0; i < lemmaKeys.Length; i++)
        {
            lemmas[i] = Best(lemmaCounts[lemmaKeys[i]]);
        }

        var ruleVotes = new Dictionary<ulong, Dictionary<string, int>>();
        foreach (var ((form, tag), byLemma) in types)
        {
            var lemma = Best(byLemma);
            int common = 0;
            while (common < form.Length && common < lemma.Length && form[common] == lemma[common])
            {
                common++;
            }
            int strip = form.Length - common;
            if (strip > byte.MaxValue)
            {
                continue;
            }
            string rule = (char)strip + lemma[common..];
            int cls = TagSet.ClassOf(tag);
            for (int length = 0; length <= Math.Min(Lemmatizer.MaxSuffix, form.Length - 1); length++)
            {
                Bump(ruleVotes, Lemmatizer.RuleKey(cls, form.AsSpan(form.Length - length)), rule);
            }
        }
        var ruleKeys = new List<ulong>();
        foreach (var (key, votes) in ruleVotes)
        {
            int total = 0;
            foreach (var v in votes.Values)
            {
                total += v;
            }
            // One-off endings teach nothing general; the shorter endings cover those words.
            if (total >= 2)
            {
                ruleKeys.Add(key);
            }
        }
        ruleKeys.Sort();
        var strips = new byte[ruleKeys.Count];
        var appends = new string[ruleKeys.Count];
        for (int i = 0; i < ruleKeys.Count; i++)
        {
            var rule = Best(ruleVotes[ruleKeys[i]]);
            strips[i] = (byte)rule[0];
            appends[i] = rule[1..];
        }
        return new Result(lemmaKeys, lemmas, [.. ruleKeys], strips, appends);
    }

    private static void Bump(Dictionary<ulong, Dictionary<string, int>> counts, ulong key, string value)
    {
        if (!counts.TryGetValue(key, out var byValue))
        {
            counts[key] = byValue = [];
        }
        byValue[value] = byValue.GetValueOrDefault(value) + 1;
    }

    // Most frequent; ties go to the ordinal-first value so that training is deterministic.
    private static string Best(Dictionary<string, int> counts)
    {
        string? best = null;
        int bestCount = -1;
        foreach (var (value, count) in counts)
        {
            if (count > bestCount || count == bestCount && string.CompareOrdinal(value, best) < 0)
            {
                best = value;
                bestCount = count;
            }
        }
        return best!;
    }
}
