using Dossier.Core.Tokens;

namespace Dossier.Text.Tokens;

/// <summary>Collects tokens into growable parallel arrays, then hands them over as a <see cref="TokenLayer"/>.</summary>
public sealed class TokenBuilder
{
    private int[] _starts;
    private int[] _ends;
    private TokenKind[] _kinds;

    public TokenBuilder(int capacity = 256)
    {
        capacity = Math.Max(capacity, 4);
        _starts = new int[capacity];
        _ends = new int[capacity];
        _kinds = new TokenKind[capacity];
    }

    public int Count { get; private set; }

    public void Add(int start, int end, TokenKind kind)
    {
        if (Count == _starts.Length)
        {
            int size = Count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
            Array.Resize(ref _kinds, size);
        }
        _starts[Count] = start;
        _ends[Count] = end;
        _kinds[Count] = kind;
        Count++;
    }

    public void Clear() => Count = 0;

    public int StartOf(int index) => _starts[index];

    public int EndOf(int index) => _ends[index];

    public TokenKind KindOf(int index) => _kinds[index];

    /// <summary>Copies the tokens into a new layer sized exactly; the builder can then be reused.</summary>
    public TokenLayer ToLayer() => new(_starts[..Count], _ends[..Count], _kinds[..Count], Count);
}
