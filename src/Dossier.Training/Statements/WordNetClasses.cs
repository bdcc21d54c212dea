using System.Collections.Frozen;
using System.Globalization;
using Dossier.Statements.Tagging;

namespace Dossier.Training.Statements;

/// <summary>Derives, from WordNet 3.0's index and data files, the lexical-class bits (<see cref="WordClass"/>) of every inflected form of its one-word verbs and nouns.</summary>
/// <remarks>
/// Only the classes of speaking, thinking, persons and groups are kept, as bits per word-form hash, so the model
/// carries a small table and never WordNet's text. Inflected forms are generated with regular English endings
/// (over-generating is harmless: a form that does not exist is never looked up) plus WordNet's exception lists.
/// </remarks>
internal static class WordNetClasses
{
    // Lexicographer file numbers (WordNet's lexnames).
    private const int NounCommunication = 10;
    private const int NounGroup = 14;
    private const int NounPerson = 18;
    private const int VerbCognition = 31;
    private const int VerbCommunication = 32;

    private const byte VerbMask = WordClass.CommunicationVerb | WordClass.OtherCommunicationVerb | WordClass.CognitionVerb;

    private const byte NounMask = unchecked((byte)~VerbMask);

    /// <summary>The table for the WordNet files in <paramref name="folder"/> (index.noun, data.noun, index.verb, data.verb, noun.exc, verb.exc).</summary>
    public static FrozenDictionary<ulong, byte> Build(string folder)
    {
        var lemmaClasses = new Dictionary<string, byte>(StringComparer.Ordinal);
        Add(folder, "verb", lemmaClasses, VerbBits);
        Add(folder, "noun", lemmaClasses, NounBits);
        var table = new Dictionary<ulong, byte>();
        foreach (var (lemma, bits) in lemmaClasses)
        {
            byte verbBits = (byte)(bits & VerbMask);
            byte nounBits = (byte)(bits & NounMask);
            Put(table, lemma, bits);
            if (verbBits != 0)
            {
                foreach (var form in VerbForms(lemma))
                {
                    Put(table, form, verbBits);
                }
            }
            if (nounBits != 0)
            {
                foreach (var form in Plurals(lemma))
                {
                    Put(table, form, nounBits);
                }
            }
        }
        foreach (var (file, mask) in (ReadOnlySpan<(string, byte)>)[("verb.exc", VerbMask), ("noun.exc", NounMask)])
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, file)))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || parts[0].Contains('_'))
                {
                    continue;
                }
                for (int i = 1; i < parts.Length; i++)
                {
                    if (lemmaClasses.TryGetValue(parts[i], out byte bits) && (bits & mask) != 0)
                    {
                        Put(table, parts[0], (byte)(bits & mask));
                    }
                }
            }
        }
        return table.ToFrozenDictionary();
    }

    private static void Put(Dictionary<ulong, byte> table, string form, byte bits)
    {
        if (bits == 0)
        {
            return;
        }
        var key = AttributionFeatures.WordKey(form);
        table[key] = (byte)(table.GetValueOrDefault(key) | bits);
    }

    private static byte VerbBits(int lexFile, bool first) => lexFile switch
    {
        VerbCommunication => first ? WordClass.CommunicationVerb : WordClass.OtherCommunicationVerb,
        VerbCognition when first => WordClass.CognitionVerb,
        _ => 0,
    };

    private static byte NounBits(int lexFile, bool first) => lexFile switch
    {
        NounCommunication => first ? WordClass.CommunicationNoun : WordClass.OtherCommunicationNoun,
        NounPerson => first ? WordClass.PersonNoun : WordClass.OtherPersonOrGroupNoun,
        NounGroup => first ? WordClass.GroupNoun : WordClass.OtherPersonOrGroupNoun,
        _ => 0,
    };

    // Reads data.<pos> for each synset's lexicographer file (skipping named instances) and index.<pos> for each
    // lemma's senses in frequency order; the first sense that is not an instance counts as the commonest.
    private static void Add(string folder, string pos, Dictionary<string, byte> lemmaClasses, Func<int, bool, byte> bitsOf)
    {
        var lexFileOf = new Dictionary<long, int>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "data." + pos)))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }
            var fields = line.Split(' ');
            long offset = long.Parse(fields[0], CultureInfo.InvariantCulture);
            int lexFile = int.Parse(fields[1], CultureInfo.InvariantCulture);
            // An instance synset ("@i" hypernym) names one person, place or body, not a kind.
            lexFileOf[offset] = line.Contains(" @i ", StringComparison.Ordinal) ? -1 : lexFile;
        }
        foreach (var line in File.ReadLines(Path.Combine(folder, "index." + pos)))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lemma = fields[0];
            if (lemma.Contains('_') || !char.IsAsciiLetterLower(lemma[0]))
            {
                continue;
            }
            int senses = int.Parse(fields[2], CultureInfo.InvariantCulture);
            int pointers = int.Parse(fields[3], CultureInfo.InvariantCulture);
            int firstOffset = 4 + pointers + 2;
            byte bits = 0;
            bool first = true;
            for (int i = 0; i < senses && firstOffset + i < fields.Length; i++)
            {
                int lexFile = lexFileOf.GetValueOrDefault(long.Parse(fields[firstOffset + i], CultureInfo.InvariantCulture), -1);
                if (lexFile < 0)
                {
                    continue;
                }
                bits |= bitsOf(lexFile, first);
                first = false;
            }
            if (bits != 0)
            {
                lemmaClasses[lemma] = (byte)(lemmaClasses.GetValueOrDefault(lemma) | bits);
            }
        }
    }

    private static IEnumerable<string> VerbForms(string lemma)
    {
        foreach (var s in Plurals(lemma))
        {
            yield return s;
        }
        bool doubles = Doubles(lemma);
        if (lemma.EndsWith('e'))
        {
            yield return lemma + "d";
            if (lemma.EndsWith("ie", StringComparison.Ordinal))
            {
                yield return lemma[..^2] + "ying";
            }
            else
            {
                yield return lemma[..^1] + "ing";
            }
            yield return lemma + "ing";
        }
        else if (lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2]))
        {
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
        }
        else
        {
            yield return lemma + "ed";
            yield return lemma + "ing";
            if (doubles)
            {
                yield return lemma + lemma[^1] + "ed";
                yield return lemma + lemma[^1] + "ing";
            }
        }
    }

    private static IEnumerable<string> Plurals(string lemma)
    {
        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith('o'))
        {
            yield return lemma + "es";
        }
        if (lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2]))
        {
            yield return lemma[..^1] + "ies";
        }
        else
        {
            yield return lemma + "s";
        }
    }

    // Consonant, vowel, consonant at the end ("admit", "plan"): English doubles the last consonant before -ed/-ing
    // when the last syllable is stressed, which the letters cannot tell; both spellings are generated.
    private static bool Doubles(string lemma) => lemma.Length >= 3 && !IsVowel(lemma[^1]) && lemma[^1] is not ('w' or 'x' or 'y')
        && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
