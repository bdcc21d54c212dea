using Dossier.Core.Articles;

namespace Dossier.Text.Html;

/// <summary>One block of an article's main text as the page lays it out: a heading, paragraph, list item or quote.</summary>
/// <param name="Text">The block's text with whitespace collapsed to single spaces; never empty.</param>
public readonly record struct HtmlBlock(ParagraphKind Kind, string Text);
