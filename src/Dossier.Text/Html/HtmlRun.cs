using Dossier.Core.Articles;

namespace Dossier.Text.Html;

/// <summary>One line of text as laid out on the page: the inline content between two block boundaries.</summary>
/// <param name="Owner">Index (in <see cref="HtmlPage.Elements"/>) of the nearest block element holding the line.</param>
/// <param name="LinkChars">How many of the line's characters are link text.</param>
/// <param name="ExcludedBy">Why an enclosing element is debris (navigation, footer, ...), or null.</param>
internal readonly record struct HtmlRun(int Owner, string Text, int LinkChars, ParagraphKind Kind, string? ExcludedBy)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
