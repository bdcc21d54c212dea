using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dossier.Core;

namespace Dossier.Text.Metadata;

/// <summary>Finds a wire-style dateline at the start of a paragraph: "Washington [US], November 2 :", "LONDON (Reuters) -".</summary>
public static partial class DatelineParser
{
    private const string DatePattern = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,?\s\d{4})?|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s\d{4})?";

    // A place (capitalised words, optionally "[US]" or "(AP)"), optionally ", Month Day[[,] Year]" or the day first as
    // European outlets write it (", 14 March 2025"), then a colon or dash, and the story (or the paragraph's end: some
    // pages set the dateline on a line of its own). "Oct 17 (Baltic Wire) -": the date alone, when the copy's signer in
    // brackets follows it, is a dateline too.
    [GeneratedRegex(@"^(?:(?<place>(?<caps>\p{Lu}[\p{Lu}.'’/-]+(?:\s\p{Lu}[\p{Lu}.'’/-]+){0,3})|\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3})(?<tag>\s?[\[(][^\])\n]{1,30}[\])])?(?:,\s*(?<region>\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2}))?(?:,\s*(?<date>" + DatePattern + @"))?|(?<date>"
        + DatePattern + @")(?=\s?\())(?<agency>\s?\([\p{L} ]{2,30}\))?\s*(?<sep>:|—|–|--|-)(?:\s+(?=[\p{Lu}“""'‘\d])|\s*$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // News agencies that sign wire copy in the dateline ("LONDON (Reuters) -", "SEOUL, Feb 7 (Yonhap) -").
    private static readonly FrozenSet<string> s_agencies = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["Reuters", "AP", "Associated Press", "AFP", "Xinhua", "Yonhap", "Kyodo", "TASS", "Interfax", "Bloomberg", "UPI", "ANI",
         "PTI", "IANS", "dpa", "EFE", "ANSA", "KCNA", "RIA Novosti", "Anadolu", "Bernama", "Antara", "WAFA", "CNN", "AAP", "CP",
         "Ukrinform", "Sputnik", "IRNA", "Petra", "SANA", "MENA", "APA", "NAN", "BNA", "KUNA", "QNA", "SPA", "WAM"]);

    // The characters of the pattern's separators (":", "—", "–", "--", "-").
    private static readonly SearchValues<char> s_separators = SearchValues.Create(":\u2014\u2013-");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_agencyLookup =
        s_agencies.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?<d>\d{1,2})|(?<d>\d{1,2})\s(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    private static readonly string[] s_monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The month and day a dateline names ("LISBON, May 10 (AP)", "Valletta, 12 August 2025"), when it names one.</summary>
    public static bool TryMonthDay(string dateline, out int month, out int day)
    {
        month = day = 0;
        var m = MonthDay().Match(dateline);
        if (!m.Success)
        {
            return false;
        }
        month = Array.IndexOf(s_monthAbbreviations, m.Groups["mon"].Value) + 1;
        day = int.Parse(m.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return month > 0 && day is >= 1 and <= 31;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?<d>\d{1,2}),?\s(?<y>\d{4})|(?<d>\d{1,2})\s(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?<y>\d{4}))(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    /// <summary>The whole date a dateline names with its year ("PARIS, March 3, 2025 (Reuters)", "Valletta, 12 August
    /// 2025"): the day the copy was filed, which the wire states as a page states its publication date.</summary>
    public static bool TryDate(string dateline, out DateOnly date)
    {
        date = default;
        var m = FullDate().Match(dateline);
        if (!m.Success)
        {
            return false;
        }
        int month = Array.IndexOf(s_monthAbbreviations, m.Groups["mon"].Value) + 1;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        int day = int.Parse(m.Groups["d"].ValueSpan, culture), year = int.Parse(m.Groups["y"].ValueSpan, culture);
        if (month < 1 || year < 1800 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    // The pattern opens on a capital (a place or a month) or a day's digit, and its separator (a colon or a dash) stands
    // before white space or the window's end ("Kestan-based" has none); outside brackets, every word before it opens on a
    // capital or a digit (the place, its region and the date), so a lower-case word first ("Kestan may ship more shells …
    // - General Vance") rules the paragraph out. Most of a story's paragraphs are passed over so before the regex runs.
    private static bool MayOpenOnADateline(ReadOnlySpan<char> window)
    {
        bool inBrackets = false;
        for (int i = 0; i < window.Length; i++)
        {
            char c = window[i];
            if (inBrackets)
            {
                inBrackets = c is not (')' or ']');
            }
            else if (c is '(' or '[')
            {
                inBrackets = true;
            }
            else if (s_separators.Contains(c))
            {
                if (i + 1 == window.Length || char.IsWhiteSpace(window[i + 1]))
                {
                    return true;
                }
            }
            else if (char.IsWhiteSpace(c) && i + 1 < window.Length)
            {
                char next = window[i + 1];
                if (!(char.IsUpper(next) || char.IsDigit(next) || next is '(' or '[' || char.IsWhiteSpace(next) || s_separators.Contains(next)))
                {
                    return false;
                }
            }
        }
        return false;
    }

    /// <summary>The dateline span (without its separator) at the start of <paramref name="paragraph"/>, when there is one.</summary>
    public static bool TryFind(string text, TextSpan paragraph, out TextSpan dateline) => TryFind(text, paragraph, out dateline, out _);

    /// <summary>As <see cref="TryFind(string, TextSpan, out TextSpan)"/>, with the news agency the dateline names in brackets ("Reuters"), if any.</summary>
    public static bool TryFind(string text, TextSpan paragraph, out TextSpan dateline, out string? agency)
    {
        dateline = default;
        agency = null;
        int length = Math.Min(paragraph.Length, 120);
        if (length == 0 || !(char.IsUpper(text[paragraph.Start]) || char.IsDigit(text[paragraph.Start]))
            || !MayOpenOnADateline(text.AsSpan(paragraph.Start, length)))
        {
            return false;
        }
        var m = Dateline().Match(text, paragraph.Start, length);
        if (!m.Success)
        {
            return false;
        }
        // Without brackets, a date or capitals, "However -" or "Meanwhile:" would pass for a place.
        bool strong = m.Groups["caps"].Success || m.Groups["tag"].Success || m.Groups["date"].Success || m.Groups["agency"].Success;
        // A line of its own ("WATCH:", "UPDATE -") is a dateline only when it gives the date.
        if (!strong || m.Index + m.Length >= paragraph.Start + length && !m.Groups["date"].Success)
        {
            return false;
        }
        var sep = m.Groups["sep"];
        int end = sep.Index;
        while (end > paragraph.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        dateline = new TextSpan(paragraph.Start, end);
        foreach (var group in (ReadOnlySpan<Group>)[m.Groups["agency"], m.Groups["tag"]])
        {
            var name = group.Success ? group.ValueSpan.Trim().Trim("()[]").Trim() : default;
            if (name.Length > 0 && s_agencyLookup.TryGetValue(name, out var known))
            {
                agency = known;
                break;
            }
        }
        // "MINSK, Oct 9 (Northwire) -", "ARVEL, Kestan (Baltic Wire) -": a capitalised name in brackets after the dateline's
        // date or its country signs the copy, as the known agencies do, though no list knows it. Right after the place the
        // bracket may still be part of it ("Washington [US]"), so that position alone is not enough.
        if (agency is null && (m.Groups["date"].Success || m.Groups["region"].Success) && m.Groups["agency"].Success
            && m.Groups["agency"].ValueSpan.Trim().Trim("()").Trim() is { Length: >= 2 } signer && char.IsUpper(signer[0]))
        {
            agency = signer.ToString();
        }
        return true;
    }
}
