namespace Dossier.Streaming;

/// <summary>How <see cref="JsonLinesAnnotator"/> reads, parallelises and writes.</summary>
public sealed record StreamOptions
{
    /// <summary>Lines annotated at once; memory is bounded by this many documents.</summary>
    public int BlockSize { get; init; } = 256;

    /// <summary>Worker threads; output order does not depend on it.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The layers written for each document (sentences are always written).</summary>
    public Annotations Output { get; init; } = Annotations.All & ~Annotations.Tokens;

    /// <summary>Longer texts are refused with an error line rather than annotated.</summary>
    public int MaxTextLength { get; init; } = 10_000_000;
}
