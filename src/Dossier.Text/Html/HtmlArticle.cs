using Dossier.Core.Articles;

namespace Dossier.Text.Html;

/// <summary>What <see cref="HtmlArticleExtractor"/> found in one HTML page: the main text in order, its metadata and the debris it dropped.</summary>
/// <remarks>
/// Every metadata field is null when the page does not give it. <see cref="Dropped"/> is bounded
/// (<see cref="HtmlExtractorOptions.MaxDropped"/>) and holds text-like lines only, with <c>Span</c> null.
/// </remarks>
public sealed record HtmlArticle(
    string? Title,
    DateOnly? Published,
    TimeOnly? PublishedTime,
    string? PublishedFrom,
    string? Outlet,
    string? Url,
    string? Standfirst,
    IReadOnlyList<HtmlBlock> Blocks,
    IReadOnlyList<RemovedText> Dropped)
{
    /// <summary>A page with nothing in it.</summary>
    public static HtmlArticle Empty { get; } = new(null, null, null, null, null, null, null, [], []);

    /// <summary>The main text, one block per line.</summary>
    public string Text => string.Join('\n', Blocks.Select(static b => b.Text));
}
