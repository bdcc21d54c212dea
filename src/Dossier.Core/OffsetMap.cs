namespace Dossier.Core;

/// <summary>Maps offsets in normalised text back to offsets in the text as decoded from the source.</summary>
/// <remarks>Stores one original offset per normalised character plus one for the end, so lookups are O(1).</remarks>
public sealed class OffsetMap
{
    private readonly int[] _original;

    /// <param name="original">For each normalised offset 0..n (inclusive), the original offset.</param>
    public OffsetMap(int[] original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _original = original;
    }

    public int Length => _original.Length - 1;

    public int ToOriginal(int offset) => _original[Math.Clamp(offset, 0, _original.Length - 1)];

    public TextSpan ToOriginal(TextSpan span) => new(ToOriginal(span.Start), ToOriginal(span.End));
}
