namespace Dossier.Text.Reading;

/// <summary>Limits and overrides for reading sources.</summary>
public sealed record ReaderOptions
{
    /// <summary>Files larger than this are rejected without being read.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>A publication date the user gives for every article read (--published).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>An outlet the user gives for every article read (--outlet).</summary>
    public string? Outlet { get; init; }

    /// <summary>Opens standard input, read when a path is "-".</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Extensions read when walking a folder; other files there are counted as skipped.</summary>
    public static IReadOnlyList<string> KnownExtensions { get; } =
        [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"];
}
