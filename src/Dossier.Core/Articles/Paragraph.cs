namespace Dossier.Core.Articles;

/// <summary>A block of article text: a title, heading, dateline or body paragraph.</summary>
/// <param name="Index">Position among the document's paragraphs.</param>
/// <param name="RepeatOf">The first occurrence of this paragraph's text, when it is a repeat.</param>
public readonly record struct Paragraph(
    int Index,
    TextSpan Span,
    ParagraphKind Kind,
    ParagraphRef? RepeatOf = null,
    RepeatKind Repeat = RepeatKind.None) : ISpanned;
