namespace Dossier.Core;

/// <summary>A half-open range <c>[Start, End)</c> of character offsets into a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public string Slice(string text) => text.Substring(Start, End - Start);

    public override string ToString() => $"[{Start},{End})";
}
