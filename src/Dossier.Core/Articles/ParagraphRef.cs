namespace Dossier.Core.Articles;

/// <summary>Points at one paragraph of one article.</summary>
public readonly record struct ParagraphRef(string ArticleId, int Paragraph)
{
    public override string ToString() => $"{ArticleId}#{Paragraph}";
}
