using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Dossier.Text.Metadata;

/// <summary>Reads the outlet's name from the page's own lines: a copyright footer, a label before the date line; and
/// tells a site's section word ("News", "World") from an outlet's name.</summary>
public static partial class OutletNames
{
    // Words a site puts after a headline or before a date for the section a story sits in; a label made only of these
    // ("World", "Local News", "Politics & Policy") names no outlet.
    private static readonly FrozenSet<string> s_sectionWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["news", "world", "politics", "business", "sport", "sports", "opinion", "local", "national", "international", "home",
         "latest", "breaking", "live", "video", "videos", "culture", "arts", "entertainment", "health", "science", "tech",
         "technology", "economy", "markets", "money", "finance", "weather", "travel", "lifestyle", "life", "style", "environment",
         "climate", "education", "crime", "justice", "law", "features", "feature", "analysis", "comment", "editorial",
         "region", "regional", "metro", "city", "global", "europe", "asia", "africa", "americas", "us", "uk", "top", "stories",
         "story", "headlines", "daily", "and", "&", "the", "update", "updates", "blog", "blogs", "press", "release", "releases",
         "media", "food", "auto", "autos", "property", "real", "estate", "jobs", "obituaries", "letters", "columns", "column",
         "community", "society", "royals", "celebrity", "music", "film", "books", "games", "football", "soccer", "cricket",
         "middle", "east", "west", "north", "south", "northern", "southern", "eastern", "western", "pacific", "latin", "america",
         "foreign", "domestic", "nation", "state", "states", "capital", "county"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sectionLookup =
        s_sectionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether every word of <paramref name="label"/> is a section word ("News", "World | Politics", "Local
    /// News"): a site's section, not its name.</summary>
    public static bool IsSectionName(ReadOnlySpan<char> label)
    {
        bool any = false;
        foreach (var range in label.SplitAny(" |/,·-–—"))
        {
            var word = label[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (!s_sectionLookup.Contains(word))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    // "© 2025 Velmora Today. All rights reserved.", "Copyright © 2019–2025 The Harbour Post", "© Marlow Gazette 2025",
    // "(c) 2024 Kessel Ledger Ltd": the owner is the capitalised run after the sign and years, up to a full stop, comma,
    // bar or the end.
    [GeneratedRegex(@"^\s*(?:(?:©|\((?i:c)\))\s*)?(?:(?i:copyright)\s*)?(?:©|\((?i:c)\))?\s*(?:(?<y>(?:19|20)\d{2})(?:\s*[-–—/]\s*(?:19|20)?\d{2,4})?,?(?:\s+[-–—:])?\s+)?(?<owner>\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*)){0,5})(?:,?\s+(?<y2>(?:19|20)\d{2}))?\s*(?:$|[.,|·•]\s*(?<rest>.*)$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    // "Northline © 2026": the owner before the sign, with the year after it and nothing more.
    [GeneratedRegex(@"^\s*(?<owner>\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&-]*)){0,4})\s+(?:©|\((?i:c)\)|(?i:copyright))\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerThenSign();

    /// <summary>The name a copyright line gives its owner, when the line carries a year or "all rights reserved" (a
    /// photo's credit carries neither) and the owner is no picture agency; else null.</summary>
    public static string? CopyrightOwner(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length is >= 4 and <= 80 && OwnerThenSign().Match(line) is { Success: true } before)
        {
            return before.Groups["owner"].Value;
        }
        if (trimmed.Length is < 4 or > 160
            || !(trimmed.StartsWith("©") || trimmed.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)
                 || trimmed.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var m = Copyright().Match(line);
        if (!m.Success)
        {
            return null;
        }
        var rest = m.Groups["rest"].ValueSpan.Trim();
        bool reserved = rest.Contains("rights reserved", StringComparison.OrdinalIgnoreCase);
        if (!m.Groups["y"].Success && !m.Groups["y2"].Success && !reserved)
        {
            return null;
        }
        // Only "All rights reserved" or a short legal tail may follow; a sentence after the owner is another line's text.
        if (!rest.IsEmpty && !reserved && DebrisWords(rest) > 6)
        {
            return null;
        }
        var owner = m.Groups["owner"].ValueSpan.Trim();
        int reservedAt = owner.IndexOf(" All Rights", StringComparison.OrdinalIgnoreCase);
        if (reservedAt > 0)
        {
            owner = owner[..reservedAt];
        }
        owner = WithoutCompanySuffix(owner.TrimEnd('.').TrimEnd());
        if (owner.IsEmpty || char.IsLower(owner[0]) || owner.StartsWith("All rights", StringComparison.OrdinalIgnoreCase)
            || owner.EndsWith("Images", StringComparison.Ordinal) || owner.EndsWith("Photos", StringComparison.Ordinal)
            || owner.EndsWith("Photography", StringComparison.Ordinal) || IsSectionName(owner))
        {
            return null;
        }
        return owner.ToString();
    }

    // "Osterholm Courier Ltd": the masthead is the outlet; the company's legal form is not part of its name.
    private static ReadOnlySpan<char> WithoutCompanySuffix(ReadOnlySpan<char> owner)
    {
        int space = owner.LastIndexOf(' ');
        if (space > 0 && owner[(space + 1)..].TrimEnd('.') is "Ltd" or "Limited" or "Inc" or "LLC" or "plc" or "PLC" or "AB" or "GmbH" or "AG" or "SA" or "AS" or "ASA" or "Oy" or "BV" or "NV" or "Pty" or "Corp")
        {
            return owner[..space].TrimEnd().TrimEnd(',');
        }
        return owner;
    }

    /// <summary>"Velmora Today | October 22, 2025", "Northline News — 12 March 2025": on a line that is a date line, the
    /// label before the separator (or, of two words or more, after it) is the outlet when it is one to four capitalised
    /// words and no section's name; else null.</summary>
    public static string? LabelBeforeDate(string line)
    {
        var span = line.AsSpan().Trim();
        if (span.StartsWith("By ", StringComparison.Ordinal))
        {
            return OutletInByline(span);
        }
        int separator = span.IndexOfAny("|·•—–");
        if (separator < 3 || separator + 2 >= span.Length || span[separator - 1] != ' ' || span[separator + 1] != ' ')
        {
            return null;
        }
        var label = span[..(separator - 1)].Trim();
        if (IsName(label) && !IsSectionName(label) && PublicationDateParser.TryParse(span[(separator + 2)..].ToString(), out _, out _))
        {
            return label.ToString();
        }
        // "12 September 2025 | Grauberg Gazette": the name after the date, when it is no section's and no writer's.
        int last = span.LastIndexOfAny("|·•—–");
        if (last < 6 || last + 2 >= span.Length || span[last - 1] != ' ' || span[last + 1] != ' ')
        {
            return null;
        }
        var after = span[(last + 2)..].Trim();
        int space = after.LastIndexOf(' ');
        if (space < 0 || !IsName(after) || IsSectionName(after) || s_roleWords.Contains(after[(space + 1)..].ToString())
            || !PublicationDateParser.TryParse(span[..(last - 1)].ToString(), out _, out _))
        {
            return null;
        }
        return after.ToString();
    }

    // "By Tomas Ruud | Lenn Valley Post | 9 June 2025": between the writer and the date, a name that is no section and no
    // writer's role ("Health Correspondent") is the outlet the writer writes for.
    private static string? OutletInByline(ReadOnlySpan<char> line)
    {
        int first = line.IndexOfAny("|·•—–");
        int last = line.LastIndexOfAny("|·•—–");
        if (first < 4 || last <= first || !PublicationDateParser.TryParse(line[(last + 1)..].ToString(), out _, out _))
        {
            return null;
        }
        var middle = line[(first + 1)..last].Trim();
        int space = middle.LastIndexOf(' ');
        var lastWord = space < 0 ? middle : middle[(space + 1)..];
        if (!IsName(middle) || IsSectionName(middle) || s_roleWords.Contains(lastWord.ToString()))
        {
            return null;
        }
        return middle.ToString();
    }

    private static readonly FrozenSet<string> s_roleWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["Correspondent", "Reporter", "Editor", "Writer", "Staff", "Columnist", "Contributor", "Desk", "Producer", "Critic",
         "Photographer", "Journalist", "Team", "Agencies", "Agency"]);

    // One to four words, each capitalised (or "of", "the", "&" between them), with no digits: a name, not a sentence.
    private static bool IsName(ReadOnlySpan<char> label)
    {
        int words = 0;
        foreach (var range in label.Split(' '))
        {
            var word = label[range];
            if (word.IsEmpty)
            {
                continue;
            }
            words++;
            bool joiner = words > 1 && word is "of" or "the" or "&" or "and";
            if (!joiner && !char.IsUpper(word[0]))
            {
                return false;
            }
            foreach (char c in word)
            {
                if (char.IsDigit(c))
                {
                    return false;
                }
            }
        }
        return words is >= 1 and <= 4 && !label.StartsWith("By ", StringComparison.Ordinal)
            && !label.StartsWith("Published", StringComparison.Ordinal) && !label.StartsWith("Updated", StringComparison.Ordinal)
            && !label.StartsWith("Posted", StringComparison.Ordinal);
    }

    private static int DebrisWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        foreach (var range in s.Split(' '))
        {
            if (!s[range].IsEmpty)
            {
                words++;
            }
        }
        return words;
    }
}
