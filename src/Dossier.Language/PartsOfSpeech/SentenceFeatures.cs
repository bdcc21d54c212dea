namespace Dossier.Language.PartsOfSpeech;

/// <summary>Per-token hashes of one sentence, computed once, from which every feature of the tagger is combined.</summary>
/// <remarks>
/// Arrays grow to the longest sentence seen and are then reused, so tagging allocates nothing per token.
/// Training and prediction both use this type, which keeps their features identical.
/// Positions -2, -1, n and n+1 are padding with start/end hashes.
/// </remarks>
internal sealed class SentenceFeatures
{
    /// <summary>The most features <see cref="Static"/> and <see cref="Dynamic"/> write together.</summary>
    public const int MaxFeatures = 56;

    private const int Pad = 2;

    private ulong[] _word = [];
    private ulong[] _exact = [];
    private ulong[] _shape = [];
    private ulong[] _suffix1 = [];
    private ulong[] _suffix2 = [];
    private ulong[] _suffix3 = [];
    private ulong[] _suffix4 = [];
    private ulong[] _prefix1 = [];
    private ulong[] _prefix2 = [];
    private ulong[] _prefix3 = [];
    private ulong[] _ambiguity = [];
    private ulong[] _flags = [];
    private ulong[] _wordnet = [];
    private ulong[] _case = [];  // the word's capitalisation band (PartOfSpeechTagger.CaseBand)
    private int[] _lexicon = [];
    private int[] _scores = [];

    private ulong _titleCase;

    public int Count { get; private set; }

    /// <summary>Ambiguity classes (bit per tag seen in training) of the words, 0 for unknown words.</summary>
    /// <remarks>May carry <see cref="PartOfSpeechTagger.Unambiguous"/>, which no feature sees.</remarks>
    public int AmbiguityOf(int i) => _lexicon[i];

    /// <summary>Scratch for the tagger: <see cref="WeightRows.Width"/> scores per token of the loaded sentence.</summary>
    public Span<int> Scores => _scores.AsSpan(0, Count * WeightRows.Width);

    /// <summary>The normalised word hash of token <paramref name="i"/>: the key of the lexicon.</summary>
    public ulong WordOf(int i) => _word[i + Pad];

    public void Load(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, HashIndex lexicon)
    {
        int n = starts.Length;
        Ensure(n + 2 * Pad);
        if (_scores.Length < n * WeightRows.Width)
        {
            _scores = new int[Math.Max(n * WeightRows.Width, _scores.Length * 2)];
        }
        Count = n;
        for (int p = 0; p < Pad; p++)
        {
            SetPadding(p, FeatureHash.Start);
            SetPadding(n + Pad + p, FeatureHash.End);
        }
        int capitalised = 0, words = 0;
        for (int i = 0; i < n; i++)
        {
            var word = text[starts[i]..ends[i]];
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                words++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }
        // Headlines and titles capitalise most words, so capitals there say little about proper nouns.
        _titleCase = words >= 3 && capitalised * 4 >= words * 3 ? 0x7100UL : 0x7000UL;
        // The word's hash and its first three characters' come from one pass (see Prefix).
        Span<ulong> prefixes = stackalloc ulong[3];
        for (int i = 0; i < n; i++)
        {
            var word = text[starts[i]..ends[i]];
            int at = i + Pad;
            ulong w = FeatureHash.NormalizedWithPrefixes(word, prefixes);
            _word[at] = w;
            _exact[at] = FeatureHash.Exact(word);
            _shape[at] = FeatureHash.Shape(word);
            _suffix1[at] = Suffix(word, 1);
            _suffix2[at] = Suffix(word, 2);
            _suffix3[at] = Suffix(word, 3);
            _suffix4[at] = Suffix(word, 4);
            _prefix1[at] = Prefix(word, w, prefixes, 1);
            _prefix2[at] = Prefix(word, w, prefixes, 2);
            _prefix3[at] = Prefix(word, w, prefixes, 3);
            _flags[at] = Flags(word, i == 0);
            // The lexicon is read at random, a cache miss a word: its entries are fetched while the other hashes are
            // computed, and read in a second pass.
            lexicon.Prefetch(w);
        }
        for (int i = 0; i < n; i++)
        {
            int at = i + Pad;
            int entry = lexicon.GetOrDefault(_word[at]);
            _lexicon[i] = entry;
            int tags = entry & PartOfSpeechTagger.TagBits;
            _ambiguity[at] = (ulong)tags;
            _wordnet[at] = (ulong)((entry >> PartOfSpeechTagger.WordNetShift) & WordNetClass.All) | 0x9000UL;
            _case[at] = (ulong)PartOfSpeechTagger.CaseBand(entry) | 0xCA00UL;
        }
    }

    /// <summary>Writes the features that do not depend on earlier predictions; returns how many.</summary>
    public int Static(int i, Span<ulong> output)
    {
        int a = i + Pad;
        int k = 0;
        output[k++] = FeatureHash.Feature(0, 0);
        output[k++] = FeatureHash.Feature(1, _word[a]);
        output[k++] = FeatureHash.Feature(2, _exact[a]);
        output[k++] = FeatureHash.Feature(3, _suffix1[a]);
        output[k++] = FeatureHash.Feature(4, _suffix2[a]);
        output[k++] = FeatureHash.Feature(5, _suffix3[a]);
        output[k++] = FeatureHash.Feature(6, _suffix4[a]);
        output[k++] = FeatureHash.Feature(7, _prefix1[a]);
        output[k++] = FeatureHash.Feature(8, _prefix2[a]);
        output[k++] = FeatureHash.Feature(9, _prefix3[a]);
        output[k++] = FeatureHash.Feature(10, _shape[a]);
        output[k++] = FeatureHash.Feature(11, _word[a - 1]);
        output[k++] = FeatureHash.Feature(12, _word[a - 2]);
        output[k++] = FeatureHash.Feature(13, _word[a + 1]);
        output[k++] = FeatureHash.Feature(14, _word[a + 2]);
        output[k++] = FeatureHash.Feature(15, _suffix3[a - 1]);
        output[k++] = FeatureHash.Feature(16, _suffix3[a + 1]);
        output[k++] = FeatureHash.Feature(17, _suffix2[a + 1]);
        output[k++] = FeatureHash.Feature(18, _shape[a - 1]);
        output[k++] = FeatureHash.Feature(19, _shape[a + 1]);
        output[k++] = FeatureHash.Feature(20, _ambiguity[a]);
        output[k++] = FeatureHash.Feature(21, _ambiguity[a + 1]);
        output[k++] = FeatureHash.Feature(22, _ambiguity[a + 2]);
        output[k++] = FeatureHash.Feature(23, _ambiguity[a], _ambiguity[a + 1]);
        output[k++] = FeatureHash.Feature(24, _word[a - 1], _word[a]);
        output[k++] = FeatureHash.Feature(25, _word[a], _word[a + 1]);
        output[k++] = FeatureHash.Feature(26, _flags[a]);
        output[k++] = FeatureHash.Feature(27, _word[a], _ambiguity[a + 1]);
        output[k++] = FeatureHash.Feature(28, _suffix3[a], _flags[a]);
        output[k++] = FeatureHash.Feature(29, _ambiguity[a - 1], _ambiguity[a]);
        output[k++] = FeatureHash.Feature(30, _word[a - 1], _ambiguity[a]);
        output[k++] = FeatureHash.Feature(31, _flags[a], _titleCase);
        output[k++] = FeatureHash.Feature(32, _exact[a - 1]);
        output[k++] = FeatureHash.Feature(33, _exact[a + 1]);
        output[k++] = FeatureHash.Feature(34, _flags[a - 1], _flags[a]);
        output[k++] = FeatureHash.Feature(35, _flags[a], _flags[a + 1]);
        output[k++] = FeatureHash.Feature(36, _suffix4[a], _titleCase);
        // WordNet classes: what the word can be in general English, which matters most where training saw it rarely.
        output[k++] = FeatureHash.Feature(37, _wordnet[a]);
        output[k++] = FeatureHash.Feature(38, _wordnet[a], _suffix3[a]);
        output[k++] = FeatureHash.Feature(39, _wordnet[a], _flags[a]);
        output[k++] = FeatureHash.Feature(48, _wordnet[a], _ambiguity[a]);
        output[k++] = FeatureHash.Feature(49, _wordnet[a], _wordnet[a + 1]);
        // How often raw text capitalises the word mid-sentence: a capitalised word that is usually written lower case is
        // rarely a name, whatever its case here.
        output[k++] = FeatureHash.Feature(60, (_flags[a] << 20) ^ _case[a], _titleCase);
        output[k++] = FeatureHash.Feature(61, _case[a], _wordnet[a]);
        return k;
    }

    /// <summary>Writes the features built on the two tags already predicted to the left; returns how many.</summary>
    public int Dynamic(int i, int previous, int beforePrevious, Span<ulong> output) =>
        TagContext(i + Pad, previous, beforePrevious, firstTemplate: 40, ahead: +1, output);

    /// <summary>Writes the right-to-left model's features built on the two tags already predicted to the right (the mirror
    /// of <see cref="Dynamic"/>); returns how many.</summary>
    public int Backward(int i, int next, int afterNext, Span<ulong> output) =>
        TagContext(i + Pad, next, afterNext, firstTemplate: 50, ahead: -1, output);

    /// <summary>The eight tag-context templates from <paramref name="firstTemplate"/> on: the nearer and farther predicted
    /// tag, alone, together and with the word, its suffix and ambiguity class, and the nearer tag with the ambiguity class
    /// of the word still to be tagged (<paramref name="ahead"/> +1 to the right, -1 to the left).</summary>
    private int TagContext(int a, int nearer, int farther, int firstTemplate, int ahead, Span<ulong> output)
    {
        ulong t1 = (ulong)(nearer + 3);
        ulong t2 = (ulong)(farther + 3);
        int k = 0;
        output[k++] = FeatureHash.Feature(firstTemplate, t1);
        output[k++] = FeatureHash.Feature(firstTemplate + 1, t2);
        output[k++] = FeatureHash.Feature(firstTemplate + 2, t1, t2);
        output[k++] = FeatureHash.Feature(firstTemplate + 3, t1, _word[a]);
        output[k++] = FeatureHash.Feature(firstTemplate + 4, t1, _suffix3[a]);
        output[k++] = FeatureHash.Feature(firstTemplate + 5, t1, _ambiguity[a]);
        output[k++] = FeatureHash.Feature(firstTemplate + 6, t2, _word[a]);
        output[k++] = FeatureHash.Feature(firstTemplate + 7, t1, _ambiguity[a + ahead]);
        return k;
    }

    private static ulong Suffix(ReadOnlySpan<char> word, int length) =>
        word.Length >= length ? FeatureHash.Normalized(word[^length..]) ^ (ulong)length : FeatureHash.Normalized(word) ^ 0xF0UL;

    /// <summary>The prefix feature value: the normalised hash of the first <paramref name="length"/> characters
    /// (<c>prefixes[length - 1]</c>, from <see cref="FeatureHash.NormalizedWithPrefixes"/>) or, for a
    /// shorter word, of the whole word (<paramref name="normalized"/>), each marked with how it was made.</summary>
    private static ulong Prefix(ReadOnlySpan<char> word, ulong normalized, ReadOnlySpan<ulong> prefixes, int length) =>
        word.Length >= length ? prefixes[length - 1] ^ ((ulong)length << 8) : normalized ^ 0xF00UL;

    private static ulong Flags(ReadOnlySpan<char> word, bool first)
    {
        ulong f = first ? 1UL : 0UL;
        bool upper = false, lower = false, digit = false, hyphen = false;
        foreach (char c in word)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            digit |= char.IsDigit(c);
            hyphen |= c == '-';
        }
        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            f |= 2;
        }
        if (upper && !lower)
        {
            f |= 4;
        }
        if (digit)
        {
            f |= 8;
        }
        if (hyphen)
        {
            f |= 16;
        }
        if (upper && lower && !(word.Length > 0 && char.IsUpper(word[0])))
        {
            f |= 32;
        }
        return f + 0x1000;
    }

    private void SetPadding(int at, ulong value)
    {
        _word[at] = _exact[at] = _shape[at] = value;
        _suffix1[at] = _suffix2[at] = _suffix3[at] = _suffix4[at] = value;
        _prefix1[at] = _prefix2[at] = _prefix3[at] = value;
        _ambiguity[at] = value;
        _flags[at] = value;
        _wordnet[at] = value;
        _case[at] = value;
    }

    private void Ensure(int size)
    {
        if (_word.Length >= size)
        {
            return;
        }
        size = Math.Max(size, _word.Length * 2);
        _word = new ulong[size];
        _exact = new ulong[size];
        _shape = new ulong[size];
        _suffix1 = new ulong[size];
        _suffix2 = new ulong[size];
        _suffix3 = new ulong[size];
        _suffix4 = new ulong[size];
        _prefix1 = new ulong[size];
        _prefix2 = new ulong[size];
        _prefix3 = new ulong[size];
        _ambiguity = new ulong[size];
        _flags = new ulong[size];
        _lexicon = new int[size];
        _wordnet = new ulong[size];
        _case = new ulong[size];
    }
}
