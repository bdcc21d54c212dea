namespace Dossier.Storage;

/// <summary>One stored article as <c>dossier list</c> shows it.</summary>
public sealed record ArticleSummary(
    string Id,
    string? Title,
    string? Published,
    string? PublishedFrom,
    string? Outlet,
    int Paragraphs,
    int Repeats,
    int Removed,
    string? DuplicateOf,
    string? SourcePath);
