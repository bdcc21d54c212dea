namespace Dossier.Time.Dating;

/// <summary>Thresholds for dating undated articles from text they share with dated ones.</summary>
public sealed record DossierDatingOptions
{
    /// <summary>Days after the earliest dated appearance of shared words within which the undated article is assumed
    /// to have been written: a heuristic (news reuses quotes within weeks), reported as such in the evidence.</summary>
    public int ReuseDays { get; init; } = 30;

    /// <summary>Days the dossier's dated reports may spread over for a year-less dateline's day inside their span to count
    /// as evidence of its year: a story's reports within a few weeks of one another.</summary>
    public int MaxDatedSpanDays { get; init; } = 42;

    /// <summary>Days before a dated report's publication within which its bare weekday ("early on Friday") is said, and
    /// after that day within which an undated report naming the same event by the weekday is taken to be written.</summary>
    public int WeekdayReachDays { get; init; } = 7;

    /// <summary>Content words a quote needs before it can count as shared.</summary>
    public int MinQuoteContentWords { get; init; } = 5;

    /// <summary>Share of a quote's content words that must occur in one sentence of the dated article.</summary>
    public double MinQuoteCoverage { get; init; } = 0.6;

    /// <summary>Content words a sentence needs before it can count as near-identical.</summary>
    public int MinSentenceContentWords { get; init; } = 8;

    /// <summary>Jaccard similarity of content words for two sentences to count as near-identical.</summary>
    public double MinSentenceSimilarity { get; init; } = 0.8;
}
