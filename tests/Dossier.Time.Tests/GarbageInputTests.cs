using System.Globalization;
using System.Text;
using Dossier.Core;
using Dossier.Core.Time;

namespace Dossier.Time.Tests;

/// <summary>Odd and hostile text never throws and never yields a date that cannot exist.</summary>
public sealed class GarbageInputTests
{
    [Theory]
    [InlineData("2882015")]
    [InlineData("19-Nov-12")]
    [InlineData("99/99/9999")]
    [InlineData("0/0/0000 and 00/13/2020 and 31/31/31")]
    [InlineData("In year 0 and in 0000, on 0000-00-00 and 2023-02-30 and 2023-13-01.")]
    [InlineData("On February 29, 2023 and on 30 February and on April 31, 2022.")]
    [InlineData("On September 99 and October 0 and the 0th of May, at 25:61 and 13 p.m.")]
    [InlineData("the 0s the 10000s the 99th century the 0th century")]
    [InlineData("")]
    [InlineData("...,,,;;;!!!???---")]
    [InlineData("\u0000\u0001\u0002 Monday \u0007 2022 \u001b[31m")]
    [InlineData("9999999999 years ago and 100000 days later and 1,000,000,000 weeks")]
    [InlineData("It happened yesterday, last year, last month, last week, the last decade; it resumes tomorrow, next year, next month, next week, next century, in December, on Friday, 3 years from now.")]
    [InlineData("Monday Monday Monday, September 11, 12, 13 - 14 – October October")]
    public void OddText_NeverThrows_NorYieldsImpossibleDates(string text)
    {
        foreach (var published in new DateOnly?[] { null, new DateOnly(2022, 11, 2), new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31) })
        {
            var doc = TestDocuments.Annotated(text, published);
            AssertPossible(doc);
        }
    }

    [Fact]
    public void TenThousandDigitNumber_IsNotADate()
    {
        var digits = new string('7', 10_000);
        var doc = TestDocuments.Annotated($"The number {digits} appeared in 2022.", new DateOnly(2024, 1, 1));
        AssertPossible(doc);
        var t = Assert.Single(doc.Times);
        Assert.Equal("2022", t.Value.Value);
    }

    [Fact]
    public void HundredKilobyteLine_IsHandled()
    {
        var sb = new StringBuilder();
        while (sb.Length < 100_000)
        {
            sb.Append("On Monday, September 11, 2023 the talks ended; 2882015 19-Nov-12 99/99/9999 last month ");
        }
        var doc = TestDocuments.Annotated(sb.ToString(), new DateOnly(2023, 10, 1));
        AssertPossible(doc);
        Assert.Contains(doc.Times, t => t.Value.Value == "2023-09-11");
    }

    [Fact]
    public void RandomTimeWordSoup_WithFixedSeed_KeepsInvariants()
    {
        string[] words =
        [
            "on", "in", "from", "to", "between", "and", "last", "next", "this", "early", "late", "mid-", "the", "September", "May",
            "Monday", "Friday", "week", "month", "year", "years", "ago", "1970s", "'90s", "2022", "0", "31", "29", "February",
            "12:30", "p.m.", "-", "–", "/", "2/30/2021", "yesterday", "now", "soon", "every", "day", "quarter", "third", "fiscal",
            "century", "20th", "summer", "fall", ",", ".", "9999", "1000", "10,000", "Sept.", "Nov", "02", "two", "a", "few",
        ];
        var rng = new Random(4242);
        for (int i = 0; i < 400; i++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(1, 30);
            for (int w = 0; w < n; w++)
            {
                sb.Append(words[rng.Next(words.Length)]).Append(rng.Next(4) == 0 ? "" : " ");
            }
            var doc = TestDocuments.Annotated(sb.ToString(), rng.Next(3) == 0 ? null : new DateOnly(rng.Next(1, 9999), rng.Next(1, 13), rng.Next(1, 29)));
            AssertPossible(doc);
        }
    }

    private static void AssertPossible(Document doc)
    {
        foreach (var t in doc.Times)
        {
            Assert.True(t.Span.Start >= 0 && t.Span.End <= doc.Text.Length && t.Span.Length > 0);
            Check(t.Value);
            if (t.RangeEnd is not null)
            {
                Check(t.RangeEnd);
            }
        }
    }

    private static void Check(TimeValue v)
    {
        if (v.Earliest is DateOnly e && v.Latest is DateOnly l)
        {
            Assert.True(e <= l, $"{v.Value}: {e} after {l}");
        }
        var s = v.Value;
        if (s.Length >= 10 && char.IsAsciiDigit(s[0]) && s[4] == '-' && char.IsAsciiDigit(s[5]) && s.Length >= 10 && char.IsAsciiDigit(s[8]))
        {
            Assert.True(DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), $"impossible date {s}");
            Assert.True(d.Year >= 1);
        }
        if (s.Length >= 7 && s.StartsWith("XXXX-", StringComparison.Ordinal) && char.IsAsciiDigit(s[5]))
        {
            int month = int.Parse(s.AsSpan(5, 2), CultureInfo.InvariantCulture);
            Assert.InRange(month, 1, 12);
            if (s.Length >= 10 && char.IsAsciiDigit(s[8]))
            {
                int day = int.Parse(s.AsSpan(8, 2), CultureInfo.InvariantCulture);
                Assert.InRange(day, 1, DateTime.DaysInMonth(2000, month));
            }
        }
        if (s.Length == 4 && int.TryParse(s, out int year))
        {
            Assert.InRange(year, 1, 9999);
        }
    }
}
