namespace Dossier.Core.Articles;

/// <summary>What is known about an article besides its text: title, date, outlet and where each came from.</summary>
public sealed class ArticleMetadata
{
    public string? Title { get; set; }

    public TextSpan? TitleSpan { get; set; }

    /// <summary>The standfirst or lede: the summary line under the title, when the page has one.</summary>
    public string? Standfirst { get; set; }

    public TextSpan? StandfirstSpan { get; set; }

    /// <summary>A wire-style dateline such as "Washington [US], November 2".</summary>
    public string? Dateline { get; set; }

    public TextSpan? DatelineSpan { get; set; }

    /// <summary>The publication date when the source states it; null when unknown.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>The publication time of day when the source states one.</summary>
    public TimeOnly? PublishedTime { get; set; }

    /// <summary>Where <see cref="Published"/> came from: text, dateline, html-meta, json-ld, json, feed, flag.</summary>
    public string? PublishedFrom { get; set; }

    public TextSpan? PublishedSpan { get; set; }

    public string? Outlet { get; set; }

    public string? Url { get; set; }

    /// <summary>The file (or "-" for standard input) the article was read from.</summary>
    public string? SourcePath { get; set; }

    /// <summary>The input format: txt, md, html, json, jsonl, rss, atom.</summary>
    public string? Format { get; set; }

    /// <summary>SHA-256 of the raw bytes read, hex; re-adding the same content is a no-op.</summary>
    public string? ContentHash { get; set; }
}
