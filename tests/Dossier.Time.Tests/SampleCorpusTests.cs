using System.Text.Json;
using Dossier.Core;
using Dossier.Core.Time;
using Dossier.TestSupport;
using Dossier.Time.Dating;

namespace Dossier.Time.Tests;

/// <summary>The sample reports: the dates the issue names, and every event date of the answer key.</summary>
public sealed class SampleCorpusTests
{
    // The stated publication lines: 003 has "June 14, 2024 12:26 PM", 004 has "Nov 02, 2022" (the reader sets these in the app).
    private static readonly DateOnly s_published003 = new(2024, 6, 14);
    private static readonly DateOnly s_published004 = new(2022, 11, 2);

    [Fact]
    public void Article004_LastMonth_IsOctober2022()
    {
        var doc = TestDocuments.Sample("004", s_published004);
        Assert.Contains("Nov 02, 2022", doc.Text);
        var t = TestDocuments.Find(doc, "Last month");
        Assert.Equal("2022-10", t.Value.Value);
        Assert.Equal(TimePrecision.Month, t.Value.Precision);
        Assert.Equal(YearSource.Anchored, t.Value.Year);
        Assert.Equal(new DateOnly(2022, 10, 1), t.Value.Earliest);
        Assert.Equal(new DateOnly(2022, 10, 31), t.Value.Latest);
    }

    [Fact]
    public void Article004_OnWednesday_IsThePublicationDay()
    {
        var doc = TestDocuments.Sample("004", s_published004);
        var t = TestDocuments.Find(doc, "Wednesday");
        Assert.Equal("2022-11-02", t.Value.Value);
        Assert.Equal(Tense.Past, t.Tense);
        Assert.Equal(s_published004, t.Value.Anchor);
    }

    [Fact]
    public void Article004_EarlierThisWeek_IsTheIsoWeek()
    {
        var doc = TestDocuments.Sample("004", s_published004);
        Assert.Equal("2022-W44", TestDocuments.Find(doc, "earlier this week").Value.Value);
        Assert.Equal("PRESENT_REF", TestDocuments.Find(doc, "currently").Value.Value);
    }

    [Fact]
    public void Article003_MonthDayAndMonth_TakeThePublicationYear()
    {
        var doc = TestDocuments.Sample("003", s_published003);
        Assert.Contains("June 14, 2024", doc.Text);
        var may = TestDocuments.Find(doc, "May 12");
        Assert.Equal("2024-05-12", may.Value.Value);
        Assert.Equal(YearSource.Anchored, may.Value.Year);
        var march = TestDocuments.Find(doc, "March");
        Assert.Equal("2024-03", march.Value.Value);
        Assert.Equal("197X", TestDocuments.Find(doc, "the 1970s").Value.Value);
        Assert.Equal("FUTURE_REF", TestDocuments.Find(doc, "soon").Value.Value);
    }

    [Fact]
    public void Article000_September13_KeepsYearUnknown_WithWeekdayEvidence()
    {
        var doc = TestDocuments.Sample("000");
        var t = TestDocuments.Find(doc, "September 13");
        Assert.Equal("XXXX-09-13", t.Value.Value);
        Assert.Equal(YearSource.Unknown, t.Value.Year);
        Assert.Null(t.Value.Earliest);
        Assert.Contains("publication date is unknown", t.Value.Reason);
        var window = doc.PublishedWindow!;
        Assert.False(window.Stated);
        Assert.Equal("XXXX-09-15", window.LatestYearlessMention);
        Assert.Contains(2023, window.WeekdayYears);
        Assert.Contains(2017, window.WeekdayYears);
        Assert.DoesNotContain(2022, window.WeekdayYears);
        Assert.Equal("FUTURE_REF", TestDocuments.Find(doc, "the coming days").Value.Value);
    }

    [Fact]
    public void Article001_FromSeptember7ToOctober1_IsARange()
    {
        var doc = TestDocuments.Sample("001");
        var t = TestDocuments.Find(doc, "September 7 to October 1");
        Assert.True(t.IsRange);
        Assert.Equal("XXXX-09-07", t.Value.Value);
        Assert.Equal("XXXX-10-01", t.RangeEnd!.Value);
        Assert.Equal("September 7", doc.Slice(t.StartSpan!.Value));
        Assert.Equal("October 1", doc.Slice(t.EndSpan!.Value));
        var between = TestDocuments.Find(doc, "September 7 and October 1");
        Assert.Equal("XXXX-09-07/XXXX-10-01", between.ValueText);
    }

    [Fact]
    public void Dossier_Article002_IsDatedByTheQuoteIt_SharesWith004()
    {
        var docs = AllSamples();
        var results = new DossierDating(annotator: new TimeAnnotator(TestDocuments.Clock)).InferWindows(docs);
        var r = Assert.Single(results);
        Assert.Equal("002_a74503a07682fa3a", r.DocumentId);
        Assert.Equal(s_published004, r.Window.Earliest);
        Assert.True(r.Window.Latest <= new DateOnly(2022, 12, 31));
        Assert.Contains(r.Evidence, e => e.IsQuote && e.DatedId.StartsWith("004", StringComparison.Ordinal));
        var doc002 = docs.Single(d => d.Id.StartsWith("002", StringComparison.Ordinal));
        var september = TestDocuments.Find(doc002, "September");
        Assert.Equal("2022-09", september.Value.Value);
        Assert.Equal(YearSource.Inferred, september.Value.Year);
        Assert.Contains("inferred publication window", september.Value.Reason);
        // Undated articles with nothing in common with a dated one stay as they were.
        var doc000 = docs.Single(d => d.Id.StartsWith("000", StringComparison.Ordinal));
        Assert.Equal("XXXX-09-13", TestDocuments.Find(doc000, "September 13").Value.Value);
    }

    [Fact]
    public void AnswerKey_EveryEventDate_IsRecoverableAtItsPrecision()
    {
        var docs = AllSamples();
        new DossierDating(annotator: new TimeAnnotator(TestDocuments.Clock)).InferWindows(docs);
        var failures = new List<string>();
        foreach (var ev in AnswerKey.Items("events"))
        {
            string id = ev.GetProperty("id").GetString()!;
            string date = ev.GetProperty("date").GetString()!;
            var alternatives = new List<IReadOnlyList<string>> { AnswerKey.Strings(ev, "match") };
            if (ev.TryGetProperty("alt_match", out var alt))
            {
                foreach (var a in alt.EnumerateArray())
                {
                    alternatives.Add(a.EnumerateArray().Select(x => x.GetString()!).ToList());
                }
            }
            bool found = false;
            var seen = new List<string>();
            foreach (var articleId in AnswerKey.Strings(ev, "articles"))
            {
                var doc = docs.Single(d => d.Id == articleId);
                foreach (var value in ValuesFor(doc, alternatives))
                {
                    seen.Add(value);
                    found |= value == date;
                }
            }
            if (!found)
            {
                failures.Add($"{id} {date}: saw [{string.Join(", ", seen)}]");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Values of the time expressions in the sentences that hold the most match terms (the answer key matches
    /// leniently: "Ukraine" for a sentence on "the Ukrainian government"), plus the stated publication date
    /// (an event reported without a date of its own happened on the day of the report).</summary>
    private static IEnumerable<string> ValuesFor(Document doc, List<IReadOnlyList<string>> alternatives)
    {
        int Hits(int s)
        {
            var text = doc.Slice(doc.Sentences[s].Span);
            return alternatives.Max(terms => terms.Count(term => text.Contains(term, StringComparison.OrdinalIgnoreCase)));
        }
        int best = Enumerable.Range(0, doc.Sentences.Length).Select(Hits).DefaultIfEmpty(0).Max();
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            if (best == 0 || Hits(s) < best)
            {
                continue;
            }
            foreach (var t in doc.Times)
            {
                if (t.Sentence == s)
                {
                    yield return t.ValueText;
                    yield return t.Value.Value;
                }
            }
            if (doc.Metadata.Published is DateOnly p)
            {
                yield return p.ToString("yyyy-MM-dd");
            }
        }
    }

    private static List<Document> AllSamples() =>
    [
        TestDocuments.Sample("000"),
        TestDocuments.Sample("001"),
        TestDocuments.Sample("002"),
        TestDocuments.Sample("003", s_published003),
        TestDocuments.Sample("004", s_published004),
    ];
}
