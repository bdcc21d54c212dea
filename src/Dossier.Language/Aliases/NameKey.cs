using System.Text;
using Dossier.Language.Entities;

namespace Dossier.Language.Aliases;

/// <summary>Normalised forms of names for matching: case, accents, hyphens, periods, apostrophes and a leading "the" do not matter.</summary>
public static class NameKey
{
    /// <summary>"Kim Jong-un" and "Kim Jong Un" → "kim jong un"; "U.S." → "us"; "the New York Times" → "new york times".</summary>
    public static string Of(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        bool space = true;
        foreach (char raw in name)
        {
            char c = char.ToLowerInvariant(raw);
            if (c is '-' or '\u2010' or '\u2011' or '\u2013' or ' ' or '\t' or '\n' or '\u00A0')
            {
                if (!space)
                {
                    sb.Append(' ');
                    space = true;
                }
                continue;
            }
            if (c is '.' or '\'' or '\u2019' or ',')
            {
                continue;
            }
            if (c < '\u0080')
            {
                sb.Append(c);
            }
            else
            {
                AppendFolded(sb, c);
            }
            space = false;
        }
        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    // Wires and papers drop accents their keyboards lack ("Jonas Gahr Støre" and "Jonas Gahr Store", "Castaño" and
    // "Castano"): lower-case Latin letters with a mark fold to the base letter (a table: the runtime may run without
    // Unicode normalisation data). Index = code point − U+00E0, for U+00E0–U+017F.
    private const string Folds =
        "aaaaaaaceeeeiiii" + "dnooooo\u00F7ouuuuyty" // U+00E0–U+00FF (æ spelt out in AppendFolded; ÷ is no letter)
        + "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iijjjjkkklllllll" // U+0100–U+013F
        + "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs"; // U+0140–U+017F

    private static readonly char[] s_fold = Folds.ToCharArray();

    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'æ':
                sb.Append("ae");
                return;
            case 'œ':
                sb.Append("oe");
                return;
            case 'ß':
                sb.Append("ss");
                return;
        }
        sb.Append(c is >= '\u00E0' and <= '\u017F' ? s_fold[c - 0xE0] : c);
    }

    /// <summary>"Reykjavík" → "Reykjavik", "Zürich" → "Zurich": the name with its letters' marks dropped and its case kept,
    /// or null when it has no such letter (the gazetteer knows most places by the spelling of English wires).</summary>
    public static string? WithoutMarks(ReadOnlySpan<char> name)
    {
        int at = 0;
        while (at < name.Length && name[at] < '\u0080')
        {
            at++;
        }
        if (at == name.Length)
        {
            return null;
        }
        var sb = new StringBuilder(name.Length + 2);
        sb.Append(name[..at]);
        bool changed = false;
        foreach (char c in name[at..])
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is < '\u00E0' or > '\u017F' || lower == '\u00F7')
            {
                sb.Append(c);
                continue;
            }
            int from = sb.Length;
            AppendFolded(sb, lower);
            if (c != lower)
            {
                sb[from] = char.ToUpperInvariant(sb[from]);
            }
            changed |= sb.Length - from != 1 || sb[from] != c;
        }
        return changed ? sb.ToString() : null;
    }

    /// <summary>The words of a key.</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when <paramref name="part"/> is the last or first word(s) of the multi-word <paramref name="full"/>.</summary>
    public static bool IsPartOf(string part, string full) =>
        full.Length > part.Length
        && ((full.EndsWith(part, StringComparison.Ordinal) && full[full.Length - part.Length - 1] == ' ')
            || (full.StartsWith(part, StringComparison.Ordinal) && full[part.Length] == ' ')
            || BeforeParticle(part, full) || IsFirstOfTwoSurnames(part, full) || BeforeGenerationSuffix(part, full));

    // "Brenner" of "Harold Brenner Jr.": the surname a generation's suffix follows.
    private static bool BeforeGenerationSuffix(string part, string full)
    {
        int space = full.LastIndexOf(' ');
        if (space <= part.Length || full.AsSpan(space + 1) is not ("jr" or "sr" or "snr" or "jnr" or "ii" or "iii" or "iv"))
        {
            return false;
        }
        var rest = full.AsSpan(0, space);
        return rest.EndsWith(part, StringComparison.Ordinal) && rest[rest.Length - part.Length - 1] == ' ';
    }

    // "Ibáñez" of "Carlos Ibáñez Ortega": of a given name and two surnames (Spanish usage), the first surname alone names
    // the person.
    private static bool IsFirstOfTwoSurnames(string part, string full)
    {
        int first = full.IndexOf(' ');
        int last = full.LastIndexOf(' ');
        return first > 0 && last == first + part.Length + 1 && full.AsSpan(first + 1, part.Length).SequenceEqual(part) && part.Length > 2;
    }

    // "Lula" of "Luiz Inácio Lula da Silva", "García" of "Gabriel García de la Vega": the surname a particle follows.
    private static bool BeforeParticle(string part, string full)
    {
        int at = full.IndexOf(" " + part + " ", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        var rest = full.AsSpan(at + part.Length + 2);
        int space = rest.IndexOf(' ');
        return space > 0 && NameParticles.Contains(rest[..space]);
    }

    /// <summary>True when <paramref name="acronym"/> (all capitals, 2+ letters) spells the initials of <paramref name="name"/>'s capitalised words.</summary>
    public static bool IsAcronymOf(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        Span<char> letters = stackalloc char[16];
        int n = 0;
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c) || n == letters.Length)
                {
                    return false;
                }
                letters[n++] = c;
            }
            else if (c != '.')
            {
                return false;
            }
        }
        return n >= 2 && SpellsInitials(name, letters[..n]);
    }

    /// <summary>True when <paramref name="letters"/> are, in order, the initials of <paramref name="name"/>'s capitalised
    /// words (a hyphen starts a word too: "Rhein-Klinikum" gives R and K).</summary>
    internal static bool SpellsInitials(ReadOnlySpan<char> name, ReadOnlySpan<char> letters)
    {
        int n = letters.Length;
        int k = 0;
        bool start = true;
        foreach (char c in name)
        {
            if (c is ' ' or '-')
            {
                start = true;
                continue;
            }
            if (start)
            {
                start = false;
                if (char.IsUpper(c))
                {
                    if (k >= n || c != letters[k])
                    {
                        return false;
                    }
                    k++;
                }
            }
        }
        return k == n;
    }
}
