namespace Dossier.Core.Articles;

/// <summary>The role a paragraph plays in the article.</summary>
public enum ParagraphKind
{
    Body,
    Title,
    Standfirst,
    Heading,
    /// <summary>A line that only states the publication date or time.</summary>
    DateLine,
    Quote,
    ListItem,
}
