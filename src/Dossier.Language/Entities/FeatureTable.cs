using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Language.Entities;

/// <summary>An open-addressing table from feature hash to a row of half-precision label weights; built once, read by many threads.</summary>
/// <remarks>
/// Each slot is 32 bytes — the key and its nine weights together — so a look-up touches one cache line (two slots per
/// line). Half precision is what the model file stores, so nothing is lost by keeping it in memory.
/// </remarks>
internal sealed class FeatureTable
{
    private const int SlotWords = 4;

    // Feature lists longer than this (never the case for the recogniser's own) take the scalar path rather than a large stackalloc.
    private const int MaxProbe = 256;

    private static readonly float TwoTo112 = BitConverter.Int32BitsToSingle((112 + 127) << 23);

    private readonly ulong[] _slots;
    private readonly int _mask;

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
        // One slot more than the table needs: the vector read of the last slot's weights runs past its end.
        _slots = TableMemory.Allocate((capacity + 1) * SlotWords);
        for (int i = 0; i < keys.Length; i++)
        {
            // Zero marks an empty slot; a real zero key is vanishingly unlikely and would only lose one feature.
            ulong key = keys[i];
            if (key == 0)
            {
                continue;
            }
            int slot = (int)(Scramble(key) & (ulong)_mask);
            while (_slots[slot * SlotWords] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot * SlotWords] = key;
            var weights = MemoryMarshal.Cast<ulong, Half>(_slots.AsSpan((slot * SlotWords) + 1, SlotWords - 1));
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

    /// <summary>Asks the processor to start loading the slots where the look-ups of <paramref name="features"/> begin,
    /// for a <see cref="Score"/> to come.</summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }
        foreach (ulong key in features)
        {
            int slot = (int)(Scramble(key) & (ulong)_mask);
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[slot * SlotWords]));
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong key) => SlotProbe.Find(_slots, SlotWords, _mask, key, (int)(Scramble(key) & (ulong)_mask));

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
