using Dossier.Core.Articles;

namespace Dossier.Text.Dedup;

/// <summary>The fingerprints marking one document added to the index, for a store to save beside the article.</summary>
public sealed record MarkResult(IReadOnlyList<(ParagraphRef Ref, ParagraphFingerprint Print)> Paragraphs);
