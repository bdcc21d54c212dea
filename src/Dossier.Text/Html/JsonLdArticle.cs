namespace Dossier.Text.Html;

/// <summary>The fields Dossier reads from a page's JSON-LD article object.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Publisher, string? Url, string? Description);
