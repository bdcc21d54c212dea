namespace Dossier.Text.Reading;

/// <summary>An article as read from its source, before normalising and cleaning.</summary>
public sealed record RawArticle
{
    public required string Id { get; init; }

    /// <summary>The file it came from, or "-" for standard input.</summary>
    public required string SourcePath { get; init; }

    /// <summary>txt, md, html, json, jsonl, rss or atom.</summary>
    public required string Format { get; init; }

    /// <summary>The article body: plain text, Markdown or HTML (see <see cref="BodyIsHtml"/>).</summary>
    public required string Body { get; init; }

    public bool BodyIsHtml { get; init; }

    public bool BodyIsMarkdown { get; init; }

    /// <summary>SHA-256 (hex) of the bytes this article was read from.</summary>
    public required string ContentHash { get; init; }

    public string? Encoding { get; init; }

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public DateOnly? Published { get; init; }

    public TimeOnly? PublishedTime { get; init; }

    /// <summary>Where <see cref="Published"/> came from: json, feed, flag.</summary>
    public string? PublishedFrom { get; init; }
}
