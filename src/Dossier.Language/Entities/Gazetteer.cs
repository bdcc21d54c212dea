using System.Collections.Frozen;
using Dossier.Core.Entities;
using Dossier.Text.Tokens;

namespace Dossier.Language.Entities;

/// <summary>Known names (countries, capitals, seats of power, demonyms, bodies, outlets, regions) matched over tokens.</summary>
/// <remarks>
/// Phrases are keyed by the hashes of their tokens, so matching reads the document text in place and allocates nothing.
/// A leading "The" is not part of a key: mention spans never include the article.
/// </remarks>
public sealed class Gazetteer
{
    private const int MaxPhraseTokens = 8;

    private static readonly Lazy<Gazetteer> s_default = new(Build);

    // The phrase's tokens in TryLookup, reused: the rules and the alias stage look up a surface per mention.
    [ThreadStatic]
    private static TokenBuilder? t_builder;

    private readonly GazetteerEntry[] _entries;
    private readonly FrozenDictionary<ulong, int> _phrases;

    // The hash of every phrase's first one, two, … tokens short of the whole: matching stops once the tokens read so far
    // begin no phrase, rather than hashing and looking up all eight.
    private readonly FrozenSet<ulong> _prefixes;

    private Gazetteer(GazetteerEntry[] entries, FrozenDictionary<ulong, int> phrases, FrozenSet<ulong> prefixes)
    {
        _entries = entries;
        _phrases = phrases;
        _prefixes = prefixes;
    }

    /// <summary>The gazetteer compiled from <see cref="GazetteerData"/>.</summary>
    public static Gazetteer Default => s_default.Value;

    public int Count => _entries.Length;

    public GazetteerEntry this[int entry] => _entries[entry];

    /// <summary>The longest phrase that starts at token <paramref name="first"/>, if any.</summary>
    public bool TryMatch(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int first, out GazetteerMatch match)
    {
        match = default;
        int n = starts.Length;
        if (first >= n || ends[first] <= starts[first])
        {
            return false;
        }
        char c0 = text[starts[first]];
        if (!char.IsUpper(c0))
        {
            return false;
        }
        ulong phrase = TextHash.Offset;
        bool found = false;
        int limit = Math.Min(n - first, MaxPhraseTokens);
        for (int len = 1; len <= limit; len++)
        {
            int t = first + len - 1;
            var token = text[starts[t]..ends[t]];
            int hyphen = token.IndexOf('-');
            if (hyphen > 0 && hyphen + 1 < token.Length && char.IsLower(token[hyphen + 1])
                && _phrases.TryGetValue(TextHash.Combine(phrase, TextHash.Exact(token[..hyphen])), out int cut))
            {
                // "Korean-made", "Soviet-era": the name is the part before a lower-case suffix.
                match = new GazetteerMatch(first, len, starts[first], starts[t] + hyphen, cut);
                found = true;
            }
            phrase = TextHash.Combine(phrase, TextHash.Exact(token));
            if (_phrases.TryGetValue(phrase, out int entry))
            {
                match = new GazetteerMatch(first, len, starts[first], ends[t], entry);
                found = true;
            }
            // A longer match, whole or cut at a hyphen, extends a phrase that begins with these tokens.
            if (!_prefixes.Contains(phrase))
            {
                break;
            }
        }
        return found;
    }

    /// <summary>Looks a whole phrase up ("the DPRK", "Kremlin"); a leading "the" is ignored.</summary>
    public bool TryLookup(ReadOnlySpan<char> phrase, out GazetteerEntry entry)
    {
        entry = null!;
        var builder = t_builder ??= new TokenBuilder(8);
        builder.Clear();
        Tokenizer.Tokenize(phrase, 0, builder);
        int first = 0;
        if (builder.Count > 1 && IsArticle(phrase[builder.StartOf(0)..builder.EndOf(0)]))
        {
            first = 1;
        }
        if (builder.Count - first > MaxPhraseTokens || builder.Count == first)
        {
            return false;
        }
        ulong h = TextHash.Offset;
        for (int i = first; i < builder.Count; i++)
        {
            h = TextHash.Combine(h, TextHash.Exact(phrase[builder.StartOf(i)..builder.EndOf(i)]));
        }
        if (_phrases.TryGetValue(h, out int index))
        {
            entry = _entries[index];
            return true;
        }
        return false;
    }

    /// <summary>Looks up the phrase made of tokens [from, to) of a tokenised text, without tokenising again or allocating.</summary>
    public bool TryLookup(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int from, int to, out GazetteerEntry entry)
    {
        entry = null!;
        if (to - from > 1 && IsArticle(text[starts[from]..ends[from]]))
        {
            from++;
        }
        if (to <= from || to - from > MaxPhraseTokens)
        {
            return false;
        }
        ulong h = TextHash.Offset;
        for (int t = from; t < to; t++)
        {
            h = TextHash.Combine(h, TextHash.Exact(text[starts[t]..ends[t]]));
        }
        if (_phrases.TryGetValue(h, out int index))
        {
            entry = _entries[index];
            return true;
        }
        return false;
    }

    /// <summary>Looks up a single word written in capitals as datelines write it ("NAIROBI" as "Nairobi").</summary>
    public bool TryLookupCapitals(ReadOnlySpan<char> word, out GazetteerEntry entry)
    {
        entry = null!;
        if (word.Length is 0 or > 32)
        {
            return false;
        }
        Span<char> title = stackalloc char[word.Length];
        word.ToLowerInvariant(title);
        title[0] = char.ToUpperInvariant(title[0]);
        return TryLookupToken(title, out entry);
    }

    /// <summary>Looks up a single token.</summary>
    public bool TryLookupToken(ReadOnlySpan<char> token, out GazetteerEntry entry)
    {
        entry = null!;
        if (token.Length == 0 || !_phrases.TryGetValue(TextHash.Combine(TextHash.Offset, TextHash.Exact(token)), out int index))
        {
            return false;
        }
        entry = _entries[index];
        return true;
    }

    internal static bool IsArticle(ReadOnlySpan<char> word) => word is "the" or "The" or "THE";

    private static Gazetteer Build()
    {
        var entries = new List<GazetteerEntry>();
        var phrases = new Dictionary<ulong, int>();
        var prefixes = new HashSet<ulong>();

        void Add(string phrase, GazetteerEntry entry)
        {
            phrase = phrase.Trim();
            if (phrase.Length == 0)
            {
                return;
            }
            var builder = new TokenBuilder(8);
            Tokenizer.Tokenize(phrase, 0, builder);
            int first = builder.Count > 1 && IsArticle(phrase.AsSpan(builder.StartOf(0), builder.EndOf(0) - builder.StartOf(0))) ? 1 : 0;
            ulong h = TextHash.Offset;
            for (int i = first; i < builder.Count; i++)
            {
                if (i > first)
                {
                    prefixes.Add(h);
                }
                h = TextHash.Combine(h, TextHash.Exact(phrase.AsSpan(builder.StartOf(i), builder.EndOf(i) - builder.StartOf(i))));
            }
            if (!phrases.ContainsKey(h))
            {
                entries.Add(entry);
                phrases[h] = entries.Count - 1;
            }
        }

        var countries = Rows(GazetteerData.Countries);
        foreach (var row in Rows(GazetteerData.Seats))
        {
            var type = row[2] == "GPE" ? EntityType.Gpe : EntityType.Org;
            var name = row[0];
            Add(name, new GazetteerEntry(type == EntityType.Gpe ? row[1] : name, GazetteerKind.Seat, type, row[1]));
        }
        foreach (var row in countries)
        {
            var entry = new GazetteerEntry(row[0], GazetteerKind.Country, EntityType.Gpe, row[0]);
            Add(row[0], entry);
            foreach (var alias in Alternatives(row, 1))
            {
                Add(alias, entry);
            }
        }
        foreach (var row in Rows(GazetteerData.Organisations))
        {
            var country = row.Length > 2 && row[2].Length > 0 ? row[2] : null;
            var entry = new GazetteerEntry(row[0], GazetteerKind.Organisation, EntityType.Org, country);
            Add(row[0], entry);
            foreach (var alias in Alternatives(row, 1))
            {
                Add(alias, entry);
            }
        }
        foreach (var row in Rows(GazetteerData.Outlets))
        {
            var entry = new GazetteerEntry(row[0], GazetteerKind.Outlet, EntityType.Org, null);
            Add(row[0], entry);
            foreach (var alias in Alternatives(row, 1))
            {
                Add(alias, entry);
            }
        }
        foreach (var row in countries)
        {
            foreach (var capital in Alternatives(row, 2))
            {
                Add(capital, new GazetteerEntry(row[0], GazetteerKind.Capital, EntityType.Gpe, row[0]));
            }
        }
        foreach (var row in countries)
        {
            foreach (var demonym in Alternatives(row, 3))
            {
                Add(demonym, new GazetteerEntry(row[0], GazetteerKind.Demonym, EntityType.Norp, row[0]));
            }
        }
        foreach (var row in Rows(GazetteerData.Regions))
        {
            Add(row[0], new GazetteerEntry(row[0], GazetteerKind.Region, EntityType.Loc, null));
        }
        foreach (var row in Rows(GazetteerData.Groups))
        {
            var forms = row[0].Split(';');
            foreach (var form in forms)
            {
                Add(form, new GazetteerEntry(forms[0], GazetteerKind.Group, EntityType.Norp, null));
            }
        }
        return new Gazetteer([.. entries], phrases.ToFrozenDictionary(), prefixes.ToFrozenSet());
    }

    private static List<string[]> Rows(string table)
    {
        var rows = new List<string[]>();
        foreach (var line in table.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                rows.Add(trimmed.Split('|'));
            }
        }
        return rows;
    }

    private static IEnumerable<string> Alternatives(string[] row, int field)
    {
        if (row.Length <= field || row[field].Length == 0)
        {
            yield break;
        }
        foreach (var alt in row[field].Split(';'))
        {
            if (alt.Trim().Length > 0)
            {
                yield return alt.Trim();
            }
        }
    }
}
