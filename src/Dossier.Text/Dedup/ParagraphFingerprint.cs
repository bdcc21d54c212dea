namespace Dossier.Text.Dedup;

/// <summary>What de-duplication knows of a paragraph: a hash of its words, its word shingles and its MinHash band keys.</summary>
/// <param name="Exact">Hash of the whole word sequence after case and punctuation folding.</param>
/// <param name="Shingles">Distinct 32-bit hashes of its three-word shingles, sorted (single words for very short text).</param>
/// <param name="Bands">One key per LSH band; paragraphs sharing a key are candidate repeats.</param>
public sealed record ParagraphFingerprint(ulong Exact, int Words, uint[] Shingles, ulong[] Bands);
