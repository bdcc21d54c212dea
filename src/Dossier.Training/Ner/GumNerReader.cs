using Dossier.Language.Entities;

namespace Dossier.Training.Ner;

/// <summary>Reads GUM CoNLL-U files into name-tagging sentences.</summary>
/// <remarks>
/// GUM marks every mention (<c>Entity=</c> in MISC), named or not. A name is taken from a person, place or organisation
/// mention as the run of proper nouns that best matches the mention's Wikipedia identity, or, for unlinked mentions, when
/// the mention is nothing but that run; in the scored documents also the name UD marks inside a longer unlinked person
/// mention ("musician Tiziano Lugli"). Nested names are taken first. Parts of speech are used only to read the corpus;
/// the tagger never sees them.
/// </remarks>
internal static class GumNerReader
{
    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "de", "&", "-", "von", "van", "da", "du", "del", "la", "al", "bin", "y", "for", "on",
    };

    /// <summary>Reads one file.</summary>
    /// <param name="path">A GUM CoNLL-U file.</param>
    /// <param name="namesInDescriptions">Also take the name inside an unlinked person mention that is more than its name
    /// ("musician Tiziano Lugli"). The trainer reads them everywhere since round 20 (ACCURACY.md, rounds 19 and 20): on the
    /// held-out set the tagger trained on them did better than one trained without (rounds 12 and 15 had seen mixed tuning
    /// parts and no held-out run).</param>
    /// <param name="bodiesAcrossCommas">Read a body whose linked name holds a comma as one name across it ("the University of
    /// California, Berkeley"): the scored documents only (round 45: the recogniser joins a state university's campus after
    /// the tagger; the tagger trained on the joined names did no better on the folds and worse on the held-out set).</param>
    public static IEnumerable<NerSentence> Read(string path, bool namesInDescriptions = false, bool bodiesAcrossCommas = false)
    {
        var forms = new List<string>();
        var upos = new List<string>();
        var heads = new List<int>();
        var mentions = new List<(int Start, int End, string Type, string? Identity)>();
        var open = new Dictionary<string, Stack<(int Start, string Type, string? Identity)>>();
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (forms.Count > 0)
                {
                    yield return Build(forms, upos, heads, mentions, name, namesInDescriptions, bodiesAcrossCommas);
                }
                forms.Clear();
                upos.Clear();
                heads.Clear();
                mentions.Clear();
                open.Clear();
                continue;
            }
            if (line[0] == '#')
            {
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 10 || cols[0].Contains('-') || cols[0].Contains('.'))
            {
                continue;
            }
            int index = forms.Count;
            forms.Add(cols[1]);
            upos.Add(cols[3]);
            // The head's index, negative for a name's own words after the first (UD "flat": "Tiziano <- Lugli") and for
            // plural proper nouns ("Lords", "Congressmen"), which are no one's name.
            int head = int.TryParse(cols[6], out int h) ? h - 1 : -1;
            heads.Add(cols[7].StartsWith("flat", StringComparison.Ordinal) ? -2 - head : cols[4] == "NNPS" ? int.MinValue : head);
            foreach (var field in cols[9].Split('|'))
            {
                if (field.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    ParseEntity(field[7..], index, mentions, open);
                }
            }
        }
        if (forms.Count > 0)
        {
            yield return Build(forms, upos, heads, mentions, name, namesInDescriptions, bodiesAcrossCommas);
        }
    }

    private static void ParseEntity(string value, int index, List<(int, int, string, string?)> mentions,
        Dictionary<string, Stack<(int, string, string?)>> open)
    {
        int j = 0;
        while (j < value.Length)
        {
            if (value[j] == '(')
            {
                int k = j + 1;
                while (k < value.Length && value[k] != '(' && value[k] != ')')
                {
                    k++;
                }
                var parts = value[(j + 1)..k].Split('-');
                var type = parts.Length > 1 ? parts[1] : "";
                string? identity = parts.Length >= 8 ? string.Join('-', parts[7..]) : null;
                if (k < value.Length && value[k] == ')')
                {
                    mentions.Add((index, index + 1, type, identity));
                    j = k + 1;
                }
                else
                {
                    if (!open.TryGetValue(parts[0], out var stack))
                    {
                        open[parts[0]] = stack = new Stack<(int, string, string?)>();
                    }
                    stack.Push((index, type, identity));
                    j = k;
                }
            }
            else
            {
                int k = j;
                while (k < value.Length && char.IsDigit(value[k]))
                {
                    k++;
                }
                var id = value[j..k];
                if (k < value.Length && value[k] == ')' && open.TryGetValue(id, out var stack) && stack.Count > 0)
                {
                    var (start, type, identity) = stack.Pop();
                    mentions.Add((start, index + 1, type, identity));
                }
                j = k + 1;
            }
        }
    }

    private static NerSentence Build(List<string> forms, List<string> upos, List<int> heads, List<(int Start, int End, string Type, string? Identity)> mentions, string source,
        bool namesInDescriptions, bool bodiesAcrossCommas)
    {
        var labels = new int[forms.Count];
        var ordered = mentions.Where(m => m.Type is "person" or "place" or "organization")
            .OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start).ToList();
        foreach (var m in ordered)
        {
            int cls = m.Type switch { "person" => 0, "organization" => 1, _ => 2 };
            var runs = Runs(forms, upos, labels, m.Start, m.End);
            if (runs.Count == 0)
            {
                continue;
            }
            (int Start, int End)? chosen = null;
            if (m.Identity is not null)
            {
                var words = IdentityWords(m.Identity);
                int best = 0;
                foreach (var run in runs)
                {
                    int overlap = 0;
                    for (int t = run.Start; t < run.End; t++)
                    {
                        // Only capitalised words count: "of" in "John FitzGibbon, 2nd Earl of Clare" says nothing.
                        if (char.IsUpper(forms[t][0]) && words.Contains(forms[t].ToLowerInvariant()))
                        {
                            overlap++;
                        }
                    }
                    if (overlap > best)
                    {
                        best = overlap;
                        chosen = run;
                    }
                }
            }
            // "the University of California, Berkeley": a body whose linked name holds a comma is one name across it, where
            // the run after the comma is in the linked name too (a city by its region stays two places).
            if (bodiesAcrossCommas && cls == 1 && chosen is { } joined && m.Identity!.Contains("%2C", StringComparison.Ordinal) && joined.End + 1 < m.End
                && forms[joined.End] == ",")
            {
                var words = IdentityWords(m.Identity);
                foreach (var run in runs)
                {
                    if (run.Start == joined.End + 1 && AllCapitalisedIn(forms, run, words))
                    {
                        chosen = (joined.Start, run.End);
                        break;
                    }
                }
            }
            // An unlinked mention is a name only if it ends in a proper noun (not "Dutch Librarians" in a title-case heading).
            if (chosen is null && runs.Count == 1 && IsWholeMention(forms, upos, m.Start, m.End, runs[0]) && upos[runs[0].End - 1] == "PROPN")
            {
                chosen = runs[0];
            }
            // An unlinked person mention with a description around the name ("musician Tiziano Lugli", "Tanya Chan of the
            // Civic Party", "Biologist Nick Bos"): GUM's mention is the whole noun phrase, and the name is the proper-noun
            // run holding the phrase's head, up to its first lower-case word.
            if (namesInDescriptions && chosen is null && m.Identity is null && cls == 0)
            {
                chosen = HeadRun(upos, heads, m.Start, m.End, runs);
            }
            if (chosen is { } c)
            {
                NerLabelling.Label(labels, forms, c.Start, c.End, cls);
            }
        }
        var sentence = NerSentence.FromTokens([.. forms], labels, source, "gum/" + source);
        NerLabelling.AddGroups(labels, sentence);
        return sentence;
    }

    /// <summary>The name of an unlinked mention that is more than its name: the phrase's head, a proper noun, with the
    /// words UD attaches to it as parts of one name ("flat"), if they lie inside one run of capitals.</summary>
    private static (int Start, int End)? HeadRun(List<string> upos, List<int> heads, int start, int end, List<(int Start, int End)> runs)
    {
        int head = -1;
        for (int t = start; t < end; t++)
        {
            int h = HeadOf(heads[t]);
            if (heads[t] == int.MinValue || h < start || h >= end)
            {
                if (head >= 0 || heads[t] == int.MinValue)
                {
                    return null; // not one phrase, or a plural
                }
                head = t;
            }
        }
        if (head < 0 || heads[head] < -1)
        {
            return null;
        }
        int first = head;
        if (upos[head] == "NOUN")
        {
            // GUM attaches a name to the noun describing it: "musician <- Tiziano, Lugli" (flat); the name is those words.
            first = head + 1;
            if (first >= end || upos[first] != "PROPN" || heads[first] >= -1 || HeadOf(heads[first]) != head)
            {
                return null;
            }
        }
        else if (upos[head] != "PROPN")
        {
            return null;
        }
        int stop = first + 1;
        while (stop < end && heads[stop] < -1 && heads[stop] != int.MinValue && HeadOf(heads[stop]) == head)
        {
            stop++;
        }
        foreach (var run in runs)
        {
            if (first >= run.Start && stop <= run.End)
            {
                return (first, stop);
            }
        }
        return null;
    }

    private static int HeadOf(int stored) => stored < -1 && stored != int.MinValue ? -2 - stored : stored;

    private static List<(int Start, int End)> Runs(List<string> forms, List<string> upos, int[] labels, int start, int end)
    {
        // GUM tags "United" VERB and "National" ADJ inside names, so a run is read off capitals, not parts of speech.
        var runs = new List<(int, int)>();
        int t = start;
        while (t < end)
        {
            if (!IsNameWord(forms, upos, t) || labels[t] != NerLabels.Outside)
            {
                t++;
                continue;
            }
            int runEnd = t + 1;
            while (runEnd < end && labels[runEnd] == NerLabels.Outside)
            {
                if (IsNameWord(forms, upos, runEnd) || (char.IsDigit(forms[runEnd][0]) && upos[runEnd] == "PROPN"))
                {
                    runEnd++;
                    continue;
                }
                int gap = runEnd;
                while (gap < end && gap - runEnd < 2 && s_connectors.Contains(forms[gap]))
                {
                    gap++;
                }
                if (gap > runEnd && gap < end && labels[gap] == NerLabels.Outside && IsNameWord(forms, upos, gap))
                {
                    runEnd = gap + 1;
                    continue;
                }
                break;
            }
            runs.Add((t, runEnd));
            t = runEnd;
        }
        return runs;
    }

    private static bool IsNameWord(List<string> forms, List<string> upos, int t) =>
        (char.IsUpper(forms[t][0]) && !Gazetteer.IsArticle(forms[t]) && (t > 0 || upos[t] == "PROPN")
            && upos[t] is "PROPN" or "ADJ" or "NOUN" or "VERB" or "NUM" or "X")
        || upos[t] == "PROPN" && char.IsLetter(forms[t][0]) && !char.IsLower(forms[t][0]);

    private static bool IsWholeMention(List<string> forms, List<string> upos, int start, int end, (int Start, int End) run)
    {
        while (start < end && (upos[start] == "DET" || Gazetteer.IsArticle(forms[start])))
        {
            start++;
        }
        while (end > start && (upos[end - 1] is "PART" or "PUNCT"))
        {
            end--;
        }
        return start == run.Start && end == run.End;
    }

    private static bool AllCapitalisedIn(List<string> forms, (int Start, int End) run, HashSet<string> words)
    {
        for (int t = run.Start; t < run.End; t++)
        {
            if (char.IsUpper(forms[t][0]) && !words.Contains(forms[t].ToLowerInvariant()))
            {
                return false;
            }
        }
        return true;
    }

    private static HashSet<string> IdentityWords(string identity)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(identity);
        }
        catch (UriFormatException)
        {
            decoded = identity;
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in decoded.Split(['_', ',', '(', ')', ' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(w.ToLowerInvariant());
        }
        return words;
    }
}
