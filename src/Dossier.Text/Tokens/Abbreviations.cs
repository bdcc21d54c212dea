using System.Collections.Frozen;

namespace Dossier.Text.Tokens;

/// <summary>English abbreviations that keep their period, split by whether they can end a sentence.</summary>
/// <remarks>General English knowledge only: titles, months, company suffixes and Latin shorthands.</remarks>
public static class Abbreviations
{
    // Titles and ranks stand before a name, so their period never ends a sentence.
    private static readonly FrozenSet<string> s_titles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gens", "Brig", "Col", "Lt", "Maj", "Capt", "Sgt", "Cpl", "Pvt",
        "Adm", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Sec",
        "Messrs", "Mme", "Mlle", "Fr", "Sr", "Jr", "St", "Mt", "Ft", "Atty", "Lieut", "Rt",
    ]);

    // Months and shorthands usually sit mid-sentence but can end one ("... Apple Inc. The ...").
    private static readonly FrozenSet<string> s_others = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "vs", "etc", "al", "approx", "est", "dept", "Dept", "govt", "Govt",
        "Univ", "Ave", "Blvd", "Rd", "Vol", "vol", "pp", "Fig", "fig", "cf", "ca", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ill", "Mass", "Mich",
        "Minn", "Penn", "Tenn", "Tex", "Wash", "Wis", "Ore", "Okla", "Nev", "Ky", "La", "Md", "Va", "Ga", "Ala",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleLookup =
        s_titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_otherLookup =
        s_others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word (without its period) that takes an abbreviation period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        s_titleLookup.Contains(word) || s_otherLookup.Contains(word);

    /// <summary>True for a title or rank that stands before a name ("Gen.", "Dr."): never a sentence end.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }
        return s_titleLookup.Contains(word);
    }
}
