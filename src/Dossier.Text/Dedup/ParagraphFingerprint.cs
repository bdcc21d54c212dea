namespace Dossier.Text.Dedup;

/// <summary>What de-duplication knows of a paragraph: a hash of its words, its shingles, LSH band keys and sentence hashes.</summary>
/// <param name="Exact">Hash of the whole word sequence after case and punctuation folding.</param>
/// <param name="Shingles">Distinct 32-bit hashes of its three-word shingles, sorted (single words for very short text).</param>
/// <param name="Bands">One MinHash key per LSH band; paragraphs sharing a key are candidate repeats.</param>
/// <param name="Sentences">Hashes of its folded sentences of five words or more; a shared sentence also makes a candidate.</param>
public sealed record ParagraphFingerprint(ulong Exact, int Words, uint[] Shingles, ulong[] Bands, ulong[] Sentences);
