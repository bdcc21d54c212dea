namespace Dossier.Core.Articles;

/// <summary>A line removed from the article as web debris, and why.</summary>
/// <param name="Span">Where the line stands in <see cref="Document.Text"/>; null when it was dropped before the text was built (HTML).</param>
public readonly record struct RemovedText(TextSpan? Span, string Text, string Reason);
