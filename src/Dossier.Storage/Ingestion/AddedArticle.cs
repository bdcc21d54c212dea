namespace Dossier.Storage.Ingestion;

/// <summary>One article stored by an <c>add</c>.</summary>
public sealed record AddedArticle(string Id, string Source, string? Title, string? Published, int Paragraphs, int Repeats, int Removed, string? DuplicateOf);
