using System.Text.RegularExpressions;

namespace Dossier.Text.Metadata;

/// <summary>Which of a numeric date's first two numbers is the month ("06/03/2025": 6 March or June 3), as an article's own
/// other dates tell it.</summary>
/// <remarks>
/// The page's date line and the dates in its text are read by the same evidence, so they never disagree: a numeric date
/// whose first or second number is over 12 ("14/03/2025", "03/14/2025") says the order outright; otherwise the written dates
/// decide by their own order ("14 March" day first, "March 14" month first), the one told more often winning. With no such
/// date, or as many of each, the order is unknown and nothing guesses it.
/// </remarks>
public static partial class NumericDateOrder
{
    /// <summary>The order, and the evidence for it ("\"14/03/2025\" has its day first"), or <see cref="DateOrder.Unknown"/>
    /// with a null reason.</summary>
    public static DateOrder Decide(string text, out string? evidence)
    {
        evidence = null;
        if (string.IsNullOrEmpty(text))
        {
            return DateOrder.Unknown;
        }
        string? dayFirstNumeric = null, monthFirstNumeric = null;
        foreach (var m in Numeric().EnumerateMatches(text))
        {
            var date = text.AsSpan(m.Index, m.Length);
            int slash = date.IndexOf('/');
            int a = int.Parse(date[..slash], System.Globalization.CultureInfo.InvariantCulture);
            var rest = date[(slash + 1)..];
            int b = int.Parse(rest[..rest.IndexOf('/')], System.Globalization.CultureInfo.InvariantCulture);
            if (a is > 12 and <= 31 && b is >= 1 and <= 12)
            {
                dayFirstNumeric ??= date.ToString();
            }
            else if (b is > 12 and <= 31 && a is >= 1 and <= 12)
            {
                monthFirstNumeric ??= date.ToString();
            }
        }
        if ((dayFirstNumeric is null) != (monthFirstNumeric is null))
        {
            evidence = dayFirstNumeric is not null ? $"\"{dayFirstNumeric}\" has its day first" : $"\"{monthFirstNumeric}\" has its month first";
            return dayFirstNumeric is not null ? DateOrder.DayFirst : DateOrder.MonthFirst;
        }
        int dayFirst = 0, monthFirst = 0;
        string? dayFirstWritten = null, monthFirstWritten = null;
        foreach (var m in WrittenDayFirst().EnumerateMatches(text))
        {
            dayFirst++;
            dayFirstWritten ??= text.Substring(m.Index, m.Length);
        }
        foreach (var m in WrittenMonthFirst().EnumerateMatches(text))
        {
            monthFirst++;
            monthFirstWritten ??= text.Substring(m.Index, m.Length);
        }
        if (dayFirst == monthFirst)
        {
            return DateOrder.Unknown;
        }
        evidence = dayFirst > monthFirst
            ? $"its written dates put the day first (\"{dayFirstWritten}\")"
            : $"its written dates put the month first (\"{monthFirstWritten}\")";
        return dayFirst > monthFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;
    }

    // "14/03/2025", "3/14/25": a slash date with its year last.
    [GeneratedRegex(@"(?<![\w./-])[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})(?![\w/]|\.[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    // "14 March", "3 Dec.", "1st May": the day before a capitalised month (not "2 May" as in "may"; the capital keeps the verb out).
    [GeneratedRegex(@"(?<![\w.,/-])[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDayFirst();

    // "March 14", "Dec. 3": a capitalised month before a day of one or two digits (not "May 2025", a month and year).
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?(?![\w%/.,]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenMonthFirst();
}
