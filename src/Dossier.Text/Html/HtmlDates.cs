using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Text.Html;

/// <summary>Reads the date (and time of day, when given) from the values pages put in meta tags, JSON-LD and <c>&lt;time&gt;</c>.</summary>
/// <remarks>The date is the one written on the page, in its own offset: "2020-01-16T23:30:00-05:00" is 16 January.</remarks>
internal static partial class HtmlDates
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "yyyyMMdd'T'HHmmssK", "yyyyMMddHHmmss",
    ];

    public static bool TryParse(string? value, out DateOnly date, out TimeOnly? time)
    {
        date = default;
        time = null;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return false;
        }
        var s = value.Trim();
        if (DateTimeOffset.TryParseExact(s, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            time = TimeOnly.FromDateTime(dto.DateTime);
            return Plausible(date);
        }
        var m = IsoDate().Match(s);
        if (m.Success && TryDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out date))
        {
            var t = IsoTime().Match(s, m.Index + m.Length);
            if (t.Success && t.Index - (m.Index + m.Length) <= 1
                && int.TryParse(t.Groups[1].ValueSpan, out var hh) && int.TryParse(t.Groups[2].ValueSpan, out var mm)
                && hh < 24 && mm < 60)
            {
                time = new TimeOnly(hh, mm);
            }
            return Plausible(date);
        }
        if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var dt)
            && dt.Year > 1)
        {
            date = DateOnly.FromDateTime(dt);
            time = dt.TimeOfDay == TimeSpan.Zero ? null : TimeOnly.FromDateTime(dt);
            return Plausible(date);
        }
        return false;
    }

    /// <summary>Finds a written date ("8 January 2020", "Oct. 16, 2019", "2023-11-07", "19.11.2021") in a short piece of page text.</summary>
    public static bool TryParseText(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return false;
        }
        var m = TextDate().Match(text);
        if (!m.Success)
        {
            return false;
        }
        string month = m.Groups["m"].Success ? m.Groups["m"].Value : MonthNumber(m.Groups["mon"].Value);
        return TryDate(m.Groups["y"].Value, month, m.Groups["d"].Value, out date);
    }

    private static string MonthNumber(string name)
    {
        var key = name.Length >= 3 ? name[..3].ToLowerInvariant() : name.ToLowerInvariant();
        return key switch
        {
            "jan" => "1", "feb" => "2", "mar" or "mär" => "3", "apr" => "4", "may" or "mai" => "5", "jun" => "6",
            "jul" => "7", "aug" => "8", "sep" => "9", "oct" or "okt" => "10", "nov" => "11", "dec" or "dez" => "12",
            _ => "0",
        };
    }

    private static bool TryDate(string y, string mo, string d, out DateOnly date)
    {
        date = default;
        if (int.TryParse(y, out var year) && int.TryParse(mo, out var month) && int.TryParse(d, out var day)
            && year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }
        return false;
    }

    private static bool Plausible(DateOnly date) => date.Year is >= 1900 and <= 2200;

    private const string MonthNames =
        @"(?<mon>jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)";

    [GeneratedRegex(
        @"\b(?:(?<y>(?:19|20)\d\d)-(?<m>\d{1,2})-(?<d>\d{1,2})\b|" + MonthNames + @"\.? (?<d>\d{1,2})(?:st|nd|rd|th)?,? (?<y>(?:19|20)\d\d)\b|(?<d>\d{1,2})(?:st|nd|rd|th)?\.? " + MonthNames + @"\.?,? (?<y>(?:19|20)\d\d)\b|(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d\d)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TextDate();

    [GeneratedRegex(@"\b((?:19|20|21)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\G[T ](\d{1,2}):(\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTime();
}
