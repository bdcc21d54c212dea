namespace Dossier.Text.Html;

/// <summary>Title, date, outlet, address and standfirst as the page's markup states them.</summary>
internal sealed record HtmlMetadata(
    string? Title,
    DateOnly? Published,
    TimeOnly? PublishedTime,
    string? PublishedFrom,
    string? Outlet,
    string? Url,
    string? Standfirst);
