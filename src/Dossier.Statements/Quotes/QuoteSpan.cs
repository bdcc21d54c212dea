using Dossier.Core;

namespace Dossier.Statements.Quotes;

/// <summary>A quotation: the span with its marks, and the words inside them.</summary>
/// <param name="Outer">From the opening mark to just after the closing mark (or the paragraph end when unclosed).</param>
/// <param name="Inner">The quoted words, without the marks.</param>
/// <param name="Closed">False when the paragraph ended before the quote did (a multi-paragraph quote).</param>
/// <param name="Paragraph">The position in <c>Document.Paragraphs</c> of the paragraph the quote opens in.</param>
internal readonly record struct QuoteSpan(TextSpan Outer, TextSpan Inner, bool Closed, int Paragraph);
