using Dossier.Core;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;

namespace Dossier.Text.Preparation;

/// <summary>An article cleaned, split into paragraphs and fingerprinted, ready to be marked for repeats in order.</summary>
/// <param name="Error">Why the article cannot be kept; then <paramref name="Document"/> and <paramref name="Prints"/> are null.</param>
public sealed record PreparedArticle(RawArticle Raw, Document? Document, ParagraphFingerprint?[]? Prints, string? Error);
