using Dossier.Core.Articles;

namespace Dossier.Text.Dedup;

/// <summary>What marking one document added to the index, for a store to save beside the article.</summary>
public sealed record MarkResult(
    IReadOnlyList<(ParagraphRef Ref, ParagraphFingerprint Print)> Paragraphs,
    uint[] ArticleShingles,
    ulong[] ArticleBands);
