using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>The tagger's weights as an open-addressing table from feature hash to its two rows of int8 tag weights
/// (left-to-right model, then right-to-left model) and their scales.</summary>
/// <remarks>
/// A slot is 64 bytes — the key, <see cref="TagSet.Count"/> weights per direction and each direction's power-of-two
/// shift — so finding a feature and reading both models' weights touch one cache line: the static features, which both
/// directions share, are probed once. A feature one direction lacks has a row of zeros there.
/// Built once at load; read by many threads.
/// </remarks>
internal sealed class WeightRows
{
    /// <summary>Weights per row: <see cref="TagSet.Count"/> for each direction.</summary>
    public const int Width = 2 * TagSet.Count;

    private const int SlotBytes = 64;
    private const int SlotWords = SlotBytes / sizeof(ulong);
    private const int WeightsAt = 8;
    private const int RightAt = WeightsAt + TagSet.Count;
    private const int ShiftAt = RightAt + TagSet.Count;

    private readonly ulong[] _slots;
    private readonly int _mask;

    /// <param name="keys">Feature hashes, one per row.</param>
    /// <param name="weights"><see cref="Width"/> weights per row (left to right, then right to left), in the order of <paramref name="keys"/>.</param>
    /// <param name="shifts">Two shifts per row: the left-to-right half's, then the right-to-left half's.</param>
    public WeightRows(ReadOnlySpan<ulong> keys, ReadOnlySpan<sbyte> weights, ReadOnlySpan<byte> shifts)
    {
        // The vector sum reads sixteen tags and adds the seventeenth alone; a key, both halves and the shifts must fit a slot.
        if (TagSet.Count != 17)
        {
            throw new NotSupportedException("WeightRows is laid out for seventeen tags.");
        }
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }
        _mask = capacity - 1;
        _slots = TableMemory.Allocate(capacity * SlotWords);
        var bytes = MemoryMarshal.AsBytes(_slots.AsSpan());
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = Fix(keys[i]);
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot * SlotWords] != 0 && _slots[slot * SlotWords] != key)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot * SlotWords] = key;
            var at = bytes.Slice(slot * SlotBytes, SlotBytes);
            MemoryMarshal.AsBytes(weights.Slice(i * Width, Width)).CopyTo(at[WeightsAt..]);
            at[ShiftAt] = shifts[2 * i];
            at[ShiftAt + 1] = shifts[(2 * i) + 1];
        }
        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        key = Fix(key);
        return SlotProbe.Find(_slots, SlotWords, _mask, key, (int)(key & (ulong)_mask));
    }

    /// <summary>Writes to <paramref name="found"/> the slot of every key the table holds, in order, and returns how many.</summary>
    /// <remarks>Every key is prefetched and probed before any row is summed: the look-ups are independent, so their cache misses overlap.</remarks>
    public int Probe(ReadOnlySpan<ulong> keys, Span<int> found)
    {
        foreach (ulong key in keys)
        {
            Prefetch(key);
        }
        int hits = 0;
        foreach (ulong key in keys)
        {
            int slot = Find(key);
            if (slot >= 0)
            {
                found[hits++] = slot;
            }
        }
        return hits;
    }

    /// <summary>Asks the processor to start loading the slot where a look-up of <paramref name="key"/> begins.</summary>
    /// <remarks>
    /// Issuing every feature's prefetch before the first probe lets all of a token's cache misses run at once; the probes
    /// after them then mostly hit. A prefetch never faults, so a stale address (the array moved) costs nothing but the miss.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            int slot = (int)(Fix(key) & (ulong)_mask);
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[slot * SlotWords]));
        }
    }

    /// <summary>Sums the rows in <paramref name="found"/> (slots from <see cref="Find"/>), each half shifted by its scale,
    /// into <paramref name="scores"/> (<see cref="Width"/> wide: left-to-right sums, then right-to-left sums).</summary>
    /// <remarks>
    /// With AVX-512 the first sixteen tags of a half are widened and added in one step; the arithmetic is the same integer
    /// sum as <see cref="ScoreScalar"/>, so the tags never depend on the machine.
    /// </remarks>
    public void Score(ReadOnlySpan<int> found, Span<int> scores)
    {
        if (!Avx512F.IsSupported)
        {
            ScoreScalar(found, scores);
            return;
        }
        var left = Vector512<int>.Zero;
        var right = Vector512<int>.Zero;
        int leftTail = 0, rightTail = 0;
        ref byte origin = ref Unsafe.As<ulong, byte>(ref MemoryMarshal.GetArrayDataReference(_slots));
        foreach (int slot in found)
        {
            nuint at = (nuint)slot * SlotBytes;
            int leftShift = Unsafe.Add(ref origin, at + ShiftAt);
            int rightShift = Unsafe.Add(ref origin, at + ShiftAt + 1);
            var l = Vector128.LoadUnsafe(ref Unsafe.As<byte, sbyte>(ref origin), at + WeightsAt);
            var r = Vector128.LoadUnsafe(ref Unsafe.As<byte, sbyte>(ref origin), at + RightAt);
            left += Vector512.ShiftLeft(Avx512F.ConvertToVector512Int32(l), leftShift);
            right += Vector512.ShiftLeft(Avx512F.ConvertToVector512Int32(r), rightShift);
            leftTail += (sbyte)Unsafe.Add(ref origin, at + WeightsAt + 16) << leftShift;
            rightTail += (sbyte)Unsafe.Add(ref origin, at + RightAt + 16) << rightShift;
        }
        left.CopyTo(scores);
        scores[16] = leftTail;
        right.CopyTo(scores[TagSet.Count..]);
        scores[Width - 1] = rightTail;
    }

    /// <summary>The reference sum, one weight at a time.</summary>
    public void ScoreScalar(ReadOnlySpan<int> found, Span<int> scores)
    {
        scores[..Width].Clear();
        var bytes = MemoryMarshal.AsBytes(_slots.AsSpan());
        foreach (int slot in found)
        {
            var row = bytes.Slice(slot * SlotBytes, SlotBytes);
            for (int c = 0; c < Width; c++)
            {
                scores[c] += (sbyte)row[WeightsAt + c] << row[ShiftAt + (c < TagSet.Count ? 0 : 1)];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fix(ulong key) => key == 0 ? 1 : key;
}
