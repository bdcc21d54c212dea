using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Language.Entities;

/// <summary>A table from feature hash to a row of half-precision label weights: dense 32-byte rows behind a compact
/// open-addressing index; built once, read by many threads.</summary>
/// <remarks>
/// Each row is 32 bytes — the key and its nine weights together — so summing a feature reads one row (two rows per cache
/// line). The index holds 32-bit entries (a fingerprint of the key's scrambled high bits and the row's number), so a look-up
/// reads a table a quarter of the rows' size first, features the model lacks are turned down there, and the rows have no
/// empty slots between them. Half precision is what the model file stores, so nothing is lost by keeping it in memory.
/// </remarks>
internal sealed class FeatureTable
{
    private const int SlotWords = 4;

    // Feature lists longer than this (never the case for the recogniser's own) take the scalar path rather than a large stackalloc.
    private const int MaxProbe = 256;

    private static readonly float TwoTo112 = BitConverter.Int32BitsToSingle((112 + 127) << 23);

    // Rows first (one spare: the vector read of the last row's weights runs past its end), then the index's entries.
    private readonly ulong[] _slots;
    private readonly int _indexAt;
    private readonly int _mask;
    private readonly int _rowBits;
    private readonly uint _rowMask;

    public FeatureTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> rows, int labels)
    {
        if (labels > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(labels), "a slot holds at most 12 weights");
        }
        Labels = labels;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }
        _mask = capacity - 1;
        _rowBits = 1;
        while ((1L << _rowBits) <= keys.Length)
        {
            _rowBits++;
        }
        _rowMask = _rowBits >= 32 ? uint.MaxValue : (1u << _rowBits) - 1;
        _indexAt = (keys.Length + 1) * SlotWords;
        _slots = TableMemory.Allocate(_indexAt + (capacity / 2));
        var index = MemoryMarshal.Cast<ulong, uint>(_slots.AsSpan(_indexAt));
        int count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            // Zero marks no feature; a real zero key is vanishingly unlikely and would only lose one feature. A key given
            // twice keeps its first row, as the slot table this replaces found first.
            ulong key = keys[i];
            if (key == 0 || Find(key) >= 0)
            {
                continue;
            }
            int row = count++;
            ulong scrambled = Scramble(key);
            int slot = (int)(scrambled & (ulong)_mask);
            while (index[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            index[slot] = Tag(scrambled) | (uint)(row + 1);
            _slots[row * SlotWords] = key;
            var weights = MemoryMarshal.Cast<ulong, Half>(_slots.AsSpan((row * SlotWords) + 1, SlotWords - 1));
            for (int l = 0; l < labels; l++)
            {
                weights[l] = (Half)rows[(i * labels) + l];
            }
        }
        Count = keys.Length;
    }

    public int Count { get; }

    public int Labels { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/>.</summary>
    /// <remarks>
    /// Every key is probed first, so the look-ups' cache misses overlap, and the rows found are summed after. With AVX-512
    /// a row's halves are widened to floats sixteen at a time; each label still gets the same float additions in the same
    /// order as <see cref="ScoreScalar"/>, so the scores are bit for bit the same on every machine.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (!Avx512F.IsSupported || features.Length > MaxProbe)
        {
            ScoreScalar(features, scores);
            return;
        }
        Span<int> found = stackalloc int[features.Length];
        int hits = Probe(features, found);
        if (hits == 0)
        {
            return;
        }
        Span<float> lanes = stackalloc float[16];
        lanes.Clear();
        scores[..Labels].CopyTo(lanes);
        var sum = Vector512.Create<float>(lanes);
        var keep = Vector512.LessThan(Vector512<uint>.Indices, Vector512.Create((uint)Labels));
        ref byte origin = ref Unsafe.As<ulong, byte>(ref MemoryMarshal.GetArrayDataReference(_slots));
        for (int h = 0; h < hits; h++)
        {
            // The sixteen halves after the key run into the next slot (padding at the end of the array keeps that in bounds); lanes past the labels are zeroed.
            var halves = Vector256.LoadUnsafe(ref Unsafe.As<byte, ushort>(ref origin), (nuint)((found[h] * SlotWords * 4) + 4));
            var bits = Avx512F.ConvertToVector512UInt32(halves) & keep;
            sum += Widen(bits);
        }
        sum.CopyTo(lanes);
        lanes[..Labels].CopyTo(scores);
    }

    /// <summary>Asks the processor to start loading the rows of <paramref name="features"/>, for a <see cref="Score"/> to come.</summary>
    /// <remarks>The index is small enough to stay mostly in cache, so reading it here costs little and lets the rows' misses
    /// overlap the scoring in between.</remarks>
    public unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }
        foreach (ulong key in features)
        {
            int row = Candidate(key);
            if (row >= 0)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _slots[row * SlotWords]));
            }
        }
    }

    /// <summary>The reference sum: one look-up and one half-to-float conversion at a time.</summary>
    internal void ScoreScalar(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        int labels = Labels;
        foreach (ulong key in features)
        {
            int slot = Find(key);
            if (slot < 0)
            {
                continue;
            }
            var row = MemoryMarshal.Cast<ulong, Half>(slots.AsSpan((slot * SlotWords) + 1, SlotWords - 1));
            for (int l = 0; l < labels; l++)
            {
                scores[l] += (float)row[l];
            }
        }
    }

    private int Probe(ReadOnlySpan<ulong> features, Span<int> found)
    {
        int hits = 0;
        foreach (ulong key in features)
        {
            int slot = Find(key);
            if (slot >= 0)
            {
                found[hits++] = slot;
            }
        }
        return hits;
    }

    /// <summary>The row of the first index entry with <paramref name="key"/>'s fingerprint, which is most likely its own
    /// (<see cref="Find"/> checks), or -1 once an empty entry is met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Candidate(ulong key)
    {
        ulong scrambled = Scramble(key);
        uint tag = Tag(scrambled);
        int slot = (int)(scrambled & (ulong)_mask);
        ref uint index = ref Unsafe.As<ulong, uint>(ref _slots[_indexAt]);
        while (true)
        {
            uint entry = Unsafe.Add(ref index, slot);
            if (entry == 0)
            {
                return -1;
            }
            if ((entry & ~_rowMask) == tag)
            {
                return (int)(entry & _rowMask) - 1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The row holding <paramref name="key"/>, or -1.</summary>
    private int Find(ulong key)
    {
        if (key == 0)
        {
            return -1;
        }
        ulong scrambled = Scramble(key);
        uint tag = Tag(scrambled);
        int slot = (int)(scrambled & (ulong)_mask);
        ref uint index = ref Unsafe.As<ulong, uint>(ref _slots[_indexAt]);
        while (true)
        {
            uint entry = Unsafe.Add(ref index, slot);
            if (entry == 0)
            {
                return -1;
            }
            if ((entry & ~_rowMask) == tag)
            {
                int row = (int)(entry & _rowMask) - 1;
                if (_slots[row * SlotWords] == key)
                {
                    return row;
                }
            }
            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Tag(ulong scrambled) => _rowBits >= 32 ? 0 : (uint)(scrambled >> (32 + _rowBits)) << _rowBits;

    /// <summary>IEEE half bits (one per 32-bit lane) to the floats they stand for, exactly.</summary>
    /// <remarks>
    /// The magnitude's exponent and mantissa moved up into float position read as a float 2^112 too small, for normal and
    /// subnormal halves alike, so one exact multiplication rescales it; the sign bit goes back on after. Weights are never
    /// infinite or NaN.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<float> Widen(Vector512<uint> bits)
    {
        var sign = (bits & Vector512.Create(0x8000u)) << 16;
        var magnitude = ((bits & Vector512.Create(0x7FFFu)) << 13).AsSingle() * Vector512.Create(TwoTo112);
        return (magnitude.AsUInt32() | sign).AsSingle();
    }

    /// <summary>The weights of one feature, or false if the table does not hold it.</summary>
    public bool TryGetRow(ulong key, Span<float> row)
    {
        row.Clear();
        Score([key], row);
        foreach (var w in row)
        {
            if (w != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static ulong Scramble(ulong key) => (key ^ (key >> 29)) * 0xBF58476D1CE4E5B9UL;
}
