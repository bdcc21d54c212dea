namespace Dossier.Text.Dedup;

/// <summary>Thresholds for calling text a repeat.</summary>
public sealed record RepeatOptions
{
    /// <summary>Identical paragraphs shorter than this ("Advertisement", "Background") are not linked.</summary>
    public int MinExactWords { get; init; } = 4;

    /// <summary>Near matching needs enough words for shingles to mean anything.</summary>
    public int MinNearWords { get; init; } = 8;

    /// <summary>Share of the smaller paragraph's shingles the other must have.</summary>
    public double Containment { get; init; } = 0.8;

    /// <summary>The smaller paragraph must be at least this fraction of the larger one's size.</summary>
    public double MinSizeRatio { get; init; } = 0.3;

    /// <summary>Shingle Jaccard above which a whole article is a copy of an earlier one (syndication).</summary>
    public double ArticleJaccard { get; init; } = 0.85;
}
