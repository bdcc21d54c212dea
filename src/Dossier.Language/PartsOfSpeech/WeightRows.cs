using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>The tagger's weights as dense 64-byte rows, one per feature hash, holding the key, its two rows of int8 tag
/// weights (left-to-right model, then right-to-left model) and their scales, found through a compact open-addressing index.</summary>
/// <remarks>
/// A row is one cache line — the key, <see cref="TagSet.Count"/> weights per direction and each direction's power-of-two
/// shift — so summing a feature reads one line: the static features, which both directions share, are probed once. A
/// feature one direction lacks has a row of zeros there. The index is 32-bit entries (a fingerprint of the key's high
/// bits and the row's number), at most half full: a look-up reads an entry there first, which turns down most features the
/// model lacks (about one in seven) without reading a row, and the rows lie packed with no empty slots between them. For
/// the shipped model (190,383 rows) that is 12 MB of rows and a 2 MB index, where 64-byte slots at most half full took 32 MB.
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

    // Rows first, then the index's entries, in one array so that both lie on the 2 MB pages TableMemory asks for.
    private readonly ulong[] _slots;
    private readonly int _indexAt;
    private readonly int _mask;
    private readonly int _rowBits;
    private readonly uint _rowMask;

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
        // An entry is the row's number plus one (0 = empty) below the fingerprint's bits.
        _rowBits = 1;
        while ((1L << _rowBits) <= keys.Length)
        {
            _rowBits++;
        }
        _rowMask = _rowBits >= 32 ? uint.MaxValue : (1u << _rowBits) - 1;
        _indexAt = keys.Length * SlotWords;
        _slots = TableMemory.Allocate(_indexAt + (capacity / 2));
        var bytes = MemoryMarshal.AsBytes(_slots.AsSpan());
        var index = Index;
        int rows = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = Fix(keys[i]);
            // A key given twice keeps one row with the last weights given, as the slot table it replaces did.
            int row = Find(key);
            if (row < 0)
            {
                row = rows++;
                int slot = (int)(key & (ulong)_mask);
                while (index[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }
                index[slot] = Entry(key, row);
                _slots[row * SlotWords] = key;
            }
            var at = bytes.Slice(row * SlotBytes, SlotBytes);
            MemoryMarshal.AsBytes(weights.Slice(i * Width, Width)).CopyTo(at[WeightsAt..]);
            at[ShiftAt] = shifts[2 * i];
            at[ShiftAt + 1] = shifts[(2 * i) + 1];
        }
        Count = keys.Length;
    }

    public int Count { get; }

    private Span<uint> Index => MemoryMarshal.Cast<ulong, uint>(_slots.AsSpan(_indexAt));

    /// <summary>The row holding <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        key = Fix(key);
        return FindFrom(key, (int)(key & (ulong)_mask));
    }

    private int FindFrom(ulong key, int slot)
    {
        ref uint index = ref IndexStart;
        uint tag = Tag(key);
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

    /// <summary>Writes to <paramref name="found"/> the row of every key the table holds, in order, and returns how many.</summary>
    /// <remarks>
    /// Three passes, so that the cache misses of a token's look-ups overlap: every key's index entry is prefetched; then each
    /// key's first entry with its fingerprint names a candidate row, which is prefetched; then each candidate's key is
    /// checked against the row's, and a mismatch (a fingerprint shared by chance) goes on probing where the index left off.
    /// </remarks>
    public int Probe(ReadOnlySpan<ulong> keys, Span<int> found)
    {
        ref uint index = ref IndexStart;
        foreach (ulong key in keys)
        {
            Prefetch(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref index, (int)(Fix(key) & (ulong)_mask))));
        }
        if (found.Length < keys.Length)
        {
            return ProbeOneByOne(keys, found);
        }
        ref byte rows = ref Unsafe.As<ulong, byte>(ref MemoryMarshal.GetArrayDataReference(_slots));
        for (int j = 0; j < keys.Length; j++)
        {
            ulong key = Fix(keys[j]);
            uint tag = Tag(key);
            int slot = (int)(key & (ulong)_mask);
            int candidate = -1;
            while (true)
            {
                uint entry = Unsafe.Add(ref index, slot);
                if (entry == 0)
                {
                    break;
                }
                if ((entry & ~_rowMask) == tag)
                {
                    candidate = (int)(entry & _rowMask) - 1;
                    Prefetch(ref Unsafe.Add(ref rows, (nint)candidate * SlotBytes));
                    break;
                }
                slot = (slot + 1) & _mask;
            }
            found[j] = candidate;
        }
        int hits = 0;
        for (int j = 0; j < keys.Length; j++)
        {
            int row = found[j];
            if (row < 0)
            {
                continue;
            }
            ulong key = Fix(keys[j]);
            if (_slots[row * SlotWords] != key)
            {
                row = Find(key);
                if (row < 0)
                {
                    continue;
                }
            }
            found[hits++] = row;
        }
        return hits;
    }

    private int ProbeOneByOne(ReadOnlySpan<ulong> keys, Span<int> found)
    {
        int hits = 0;
        foreach (ulong key in keys)
        {
            int row = Find(key);
            if (row >= 0)
            {
                found[hits++] = row;
            }
        }
        return hits;
    }

    private ref uint IndexStart => ref Unsafe.As<ulong, uint>(ref _slots[_indexAt]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Tag(ulong key) => _rowBits >= 32 ? 0 : (uint)(key >> (32 + _rowBits)) << _rowBits;

    private uint Entry(ulong key, int row) => Tag(key) | (uint)(row + 1);

    /// <summary>Asks the processor to start loading a cache line.</summary>
    /// <remarks>A prefetch never faults, so a stale address (the array moved) costs nothing but the miss.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref byte at)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref at));
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
