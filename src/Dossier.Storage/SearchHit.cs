namespace Dossier.Storage;

/// <summary>A paragraph that matches a full-text query, with a highlighted snippet.</summary>
public sealed record SearchHit(string ArticleId, int Paragraph, string Snippet, double Rank);
