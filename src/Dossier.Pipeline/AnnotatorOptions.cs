namespace Dossier;

/// <summary>How a <see cref="DossierAnnotator"/> is built.</summary>
public sealed record AnnotatorOptions
{
    /// <summary>What to compute; stages no requested annotation needs are left out.</summary>
    public Annotations Annotations { get; init; } = Annotations.All;

    /// <summary>The clock for "today" (caps inferred publication windows); the system clock by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
