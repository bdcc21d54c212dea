namespace Dossier.Text.Html;

/// <summary>Limits for <see cref="HtmlArticleExtractor"/>.</summary>
public sealed record HtmlExtractorOptions
{
    /// <summary>The default limits.</summary>
    public static HtmlExtractorOptions Default { get; } = new();

    /// <summary>Pages longer than this many characters are rejected with <see cref="HtmlExtractionException"/>.</summary>
    public int MaxInputChars { get; init; } = 32 * 1024 * 1024;

    /// <summary>Elements nested deeper than this lose their tags (their text stays), as browsers cap depth.</summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>How many dropped lines to report at most.</summary>
    public int MaxDropped { get; init; } = 200;

    /// <summary>Dropped lines longer than this are cut (with an ellipsis) in the report.</summary>
    public int MaxDroppedChars { get; init; } = 200;
}
