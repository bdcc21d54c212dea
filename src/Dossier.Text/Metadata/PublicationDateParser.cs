using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Text.Metadata;

/// <summary>Parses the date formats pages and feeds use for publication dates.</summary>
/// <remarks>
/// ISO 8601 ("2024-06-14T12:26:00Z"), RFC 1123 ("Fri, 14 Jun 2024 12:26:00 GMT"), and written dates
/// ("June 14, 2024 12:26 PM", "Nov 02, 2022", "14 June 2024"). A date line must be only a date (and time):
/// a sentence that mentions a date is not a publication date.
/// </remarks>
public static partial class PublicationDateParser
{
    private static readonly string[] s_months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // "2024-06-14T12:26:00Z", and a date line "Published 2025-06-20" / "Updated: 2025-06-20 09:15".
    [GeneratedRegex(@"^\s*(?:(?i:published|updated|posted|last\s+updated)\s*(?:(?i:on|at))?\s*:?\s*)?(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<min>\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDate();

    // "12/14/2026", "Posted: 14/12/2026 09:30", "Posted on 21/10/2026 at 08:15": a numeric date with the year last is read only when one of its first two
    // numbers is over 12, which says which is the day; "05/10/2026" may be May 10 or 5 October, and stays unread.
    [GeneratedRegex(@"^\s*(?:(?i:published|updated|posted|last\s+updated)\s*(?:(?i:on|at))?\s*:?\s*)?(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4})(?:,?\s*(?:(?i:at)\s+)?(?<h>\d{1,2}):(?<min>\d{2})\s*(?<ampm>(?i:[ap]\.?m\.?))?)?\s*(?:UTC|GMT|[A-Z]{2,4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // "06.03.2025", "Published: 06.03.2025, 14:05": the dotted numeric date of German, Nordic and Eastern European pages,
    // always day first; the four-digit year keeps version numbers and clocks ("4.2", "10.30") out.
    [GeneratedRegex(@"^\s*(?:(?i:published|updated|posted|last\s+updated|stand)\s*(?:(?i:on|at))?\s*:?\s*)?(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?:,?\s*(?<h>\d{1,2})[:.](?<min>\d{2})(?:\s*(?i:Uhr|h))?)?\s*(?:UTC|GMT|CET|CEST)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();

    // "June 14, 2024 12:26 PM", "Nov 02, 2022", "Updated: Jun. 14, 2024, 12:26 p.m. EDT", "Fri, 14 Jun 2024 12:26:00 GMT", "14 June 2024",
    // "May 20, 2025 4:12 PM GMT Updated 2 hours ago" (a wire page's line: the age says when the page was read, not written),
    // "June 4, 2024 | 3 min read" (a blog's line with its reading-time badge), "Published: 14:05, 20 May 2025" (the time first),
    // "Published 11:02 BST, Saturday 19 September 2026" (the time first with its zone), "September 29, 2026 — 6:45 AM EDT"
    // (the time after a dash)
    [GeneratedRegex(@"^\s*(?:(?:published|updated|posted|last\s+updated)\s*(?:on|at)?\s*:?\s*)?(?:(?<h>\d{1,2})[:.](?<min>\d{2})\s*(?<ampm>[ap]\.?m\.?)?\s*(?:(?:utc|gmt|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|aest|aedt)\s*)?,?\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<mon>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[a-z]{3,9})\.?,?\s+(?<y>\d{4}))(?:(?:,?\s*(?:at\s+)?|\s+[—–-]\s+)(?<h>\d{1,2})[:.](?<min>\d{2})(?::\d{2})?\s*(?<ampm>[ap]\.?m\.?)?)?\s*(?:[a-z]{2,5}|[+-]\d{4}|\(?(?:utc|gmt)[+-]?\d*\)?)?(?:\s*[|·•–-]?\s*(?:last\s+)?updated\s*:?\s*(?:\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|just\s+now|an?\s+(?:minute|hour|day)\s+ago))?(?:\s*[|·•–-]\s*\d{1,3}\s*(?:min|mins|minutes?)\s+(?:read|listen))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    /// <summary>A numeric date line whose first two numbers are both 12 or under and differ ("Posted: 05/10/2026"): the
    /// month-first and the day-first readings, for the report's own dateline ("LISBON, May 10 (AP)") to choose between.</summary>
    public static bool TryParseEitherWay(string? text, out DateOnly monthFirst, out DateOnly dayFirst, out TimeOnly? time)
    {
        monthFirst = dayFirst = default;
        time = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return false;
        }
        var m = NumericDate().Match(text);
        if (!m.Success)
        {
            return false;
        }
        int a = Int(m, "a"), b = Int(m, "b");
        return a is >= 1 and <= 12 && b is >= 1 and <= 12 && a != b
            && Build(Int(m, "y"), a, b, m, out monthFirst, out time) && Build(Int(m, "y"), b, a, m, out dayFirst, out time);
    }

    /// <summary>Parses a string that is only a date, optionally with a time of day.</summary>
    public static bool TryParse(string? text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return false;
        }
        var m = IsoDate().Match(text);
        if (!m.Success)
        {
            m = SlashDate().Match(text);
        }
        if (!m.Success)
        {
            m = DottedDate().Match(text);
        }
        if (m.Success)
        {
            return Build(Int(m, "y"), Int(m, "m"), Int(m, "d"), m, out date, out time);
        }
        m = NumericDate().Match(text);
        if (m.Success)
        {
            int a = Int(m, "a"), b = Int(m, "b");
            return (a > 12) != (b > 12) && Build(Int(m, "y"), a > 12 ? b : a, a > 12 ? a : b, m, out date, out time);
        }
        m = WrittenDate().Match(text);
        if (!m.Success)
        {
            return AfterByline(text, out date, out time) || BeforeSection(text, out date, out time) || AfterPlace(text, out date, out time)
                || BeforeUpdate(text, out date, out time) || BeforeAuthor(text, out date, out time) || AfterLabel(text, out date, out time)
                || AfterAuthor(text, out date, out time);
        }
        var mon = m.Groups["mon"].Value.ToLowerInvariant();
        int month = Array.IndexOf(s_months, mon.Length >= 3 ? mon[..3] : mon) + 1;
        if (month == 0 || !IsMonthName(mon))
        {
            return false;
        }
        return Build(Int(m, "y"), month, Int(m, "d"), m, out date, out time);
    }

    // "By Ana Costa | March 4, 2022", "By Lena Park · 14 June 2024": a byline with the date after a separator; the date
    // is the article's as much as on a line of its own.
    private static bool AfterByline(string text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var line = text.AsSpan().TrimStart();
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length < 5 || !char.IsUpper(line[3]))
        {
            return false;
        }
        int separator = line.LastIndexOfAny("|·•—–");
        if (separator < 5)
        {
            return false;
        }
        var rest = line[(separator + 1)..].ToString();
        return !rest.AsSpan().Trim().StartsWith("By ", StringComparison.Ordinal) && TryParse(rest, out date, out time);
    }

    // "Posted on March 4, 2026 by City Desk", "Published 3 May 2025 by Ana Costa": a blog's line with the author after the
    // date; one to four capitalised words after "by", so a sentence ("... by the council") still fails.
    [GeneratedRegex(@"^(?<date>.+?)\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateThenAuthor();

    private static bool BeforeAuthor(string text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var m = DateThenAuthor().Match(text);
        return m.Success && TryParse(m.Groups["date"].Value, out date, out time);
    }

    // "Posted by admin on October 3, 2025", "Published by The Ardmore Herald on 5 May 2025": a blog's line with the author
    // (or the publisher) before the date; one to five words between "by" and "on", so a sentence still fails.
    [GeneratedRegex(@"^\s*(?i:published|posted|written)\s+by\s+(?<who>[\p{L}.'’&-]+(?:\s+[\p{L}.'’&-]+){0,4})\s+on\s+(?<date>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorThenDate();

    private static bool AfterAuthor(string text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var m = AuthorThenDate().Match(text);
        return m.Success && TryParse(m.Groups["date"].Value, out date, out time);
    }

    // "Published: 29 August 2025 | Updated: 30 August 2025": the first date and the page's update after a separator; the
    // report was written on the first. Both halves must be dates, so a headline with a bar in it still fails.
    private static bool BeforeUpdate(string text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var line = text.AsSpan();
        int separator = line.IndexOfAny("|·•");
        if (separator < 6)
        {
            return false;
        }
        var after = line[(separator + 1)..].Trim();
        if (after.StartsWith("Last ", StringComparison.OrdinalIgnoreCase))
        {
            after = after[5..].TrimStart();
        }
        int word = after.StartsWith("Updated", StringComparison.OrdinalIgnoreCase) ? 7 : after.StartsWith("Modified", StringComparison.OrdinalIgnoreCase) ? 8 : 0;
        if (word == 0)
        {
            return false;
        }
        var updated = after[word..].TrimStart().TrimStart(':').Trim();
        return TryParse(updated.ToString(), out _, out _) && TryParse(line[..separator].ToString(), out date, out time);
    }

    // "Brussels, 3 June 2025", "GENEVA, June 3, 2025": a dateline standing on a line of its own, the place before the full
    // date. The place is one to four capitalised words without digits, so a sentence that opens on a date still fails.
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3},\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceFirst();

    private static bool AfterPlace(string text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var m = PlaceFirst().Match(text);
        // The rest is parsed again, so "Paris, France, 3 June 2025" peels its region too; each step is shorter.
        return m.Success && TryParse(m.Groups["rest"].Value, out date, out time);
    }

    // "Harbour Courier · March 3, 2026", "World News | 9 April 2023": the outlet's or the section's name before a separator
    // and the date after it; the label is one to three capitalised words, so a headline with a bar in it still fails.
    private static bool AfterLabel(string text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var line = text.AsSpan().Trim();
        int separator = line.IndexOfAny("|·•—–");
        if (separator < 2 || separator + 2 >= line.Length || line[separator - 1] != ' ' || line[separator + 1] != ' '
            || !IsSectionLabel(line[..(separator - 1)]))
        {
            return false;
        }
        return TryParse(line[(separator + 2)..].ToString(), out date, out time);
    }

    // "Published 12 March 2025 - Europe", "June 3, 2024 | World News": the page's section after the date is a label, not
    // a sentence, so the line is still only a date. More than three words after the separator reads as a headline.
    private static bool BeforeSection(string text, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        var line = text.AsSpan().TrimEnd();
        int separator = line.LastIndexOfAny("|·•—–-");
        if (separator < 6 || separator + 2 >= line.Length || line[separator - 1] != ' ' || line[separator + 1] != ' ')
        {
            return false;
        }
        var section = line[(separator + 2)..].Trim();
        if (section.Length is 0 or > 40 || !IsSectionLabel(section) && !IsStaffByline(section))
        {
            return false;
        }
        var before = line[..separator].ToString();
        return TryParse(before, out date, out time);
    }

    // "Posted 4 March 2025 - Harbour Courier staff": the outlet's own writers, named by its name and a word for them.
    private static bool IsStaffByline(ReadOnlySpan<char> section)
    {
        int space = section.LastIndexOf(' ');
        if (space < 1)
        {
            return false;
        }
        var last = section[(space + 1)..];
        return last is "staff" or "reporters" or "reporter" or "writers" or "correspondent" or "correspondents" or "desk" or "team"
            && IsSectionLabel(section[..space]);
    }

    private static bool IsSectionLabel(ReadOnlySpan<char> section)
    {
        int words = 0;
        bool atWordStart = true;
        foreach (char c in section)
        {
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }
            if (atWordStart)
            {
                if (!char.IsUpper(c) && c != '&')
                {
                    return false;
                }
                words++;
                atWordStart = false;
            }
            else if (!char.IsLetter(c) && c != '&' && c != '\'')
            {
                return false;
            }
        }
        return words is >= 1 and <= 3;
    }

    private static bool IsMonthName(string mon) =>
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Any(n => n.Length > 0 && n.StartsWith(mon, StringComparison.OrdinalIgnoreCase))
        || mon == "sept";

    private static bool Build(int y, int mo, int d, Match m, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        if (y is < 1900 or > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }
        date = new DateOnly(y, mo, d);
        if (m.Groups["h"].Success)
        {
            int h = Int(m, "h");
            int min = Int(m, "min");
            var ampm = m.Groups["ampm"].Value;
            if (ampm.Length > 0)
            {
                bool pm = char.ToLowerInvariant(ampm[0]) == 'p';
                if (h is < 1 or > 12)
                {
                    return true;
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            if (h is >= 0 and < 24 && min is >= 0 and < 60)
            {
                time = new TimeOnly(h, min);
            }
        }
        return true;
    }

    private static int Int(Match m, string group) =>
        int.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1;
}
