using System.Runtime.Intrinsics;
using Dossier.Language.Entities;

namespace Dossier.Language.Tests.Entities;

public sealed class FeatureTableTests
{
    [Fact]
    public void Widen_GivesTheSameFloatAsHalfConversion_ForEveryFiniteHalf()
    {
        Span<uint> bits = stackalloc uint[16];
        for (int start = 0; start < 0x10000; start += 16)
        {
            for (int i = 0; i < 16; i++)
            {
                bits[i] = (uint)(start + i);
            }
            var widened = FeatureTable.Widen(Vector512.Create<uint>(bits));
            for (int i = 0; i < 16; i++)
            {
                var half = BitConverter.UInt16BitsToHalf((ushort)bits[i]);
                if (Half.IsFinite(half))
                {
                    Assert.Equal(BitConverter.SingleToInt32Bits((float)half), BitConverter.SingleToInt32Bits(widened[i]));
                }
            }
        }
    }

    [Fact]
    public void Score_EqualsTheScalarSum_BitForBit()
    {
        var random = new Random(11);
        const int Labels = 9;
        var keys = new ulong[2_000];
        var rows = new float[keys.Length * Labels];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = (ulong)random.NextInt64(1, long.MaxValue);
            for (int l = 0; l < Labels; l++)
            {
                // Ordinary weights, tiny ones that are subnormal as halves, zeros and the largest halves.
                rows[(i * Labels) + l] = random.Next(10) switch
                {
                    0 => 0f,
                    1 => (float)(random.NextDouble() - 0.5) * 1e-6f,
                    2 => (random.Next(2) * 2 - 1) * 65504f,
                    _ => (float)(random.NextDouble() - 0.5) * 40f,
                };
            }
        }
        var table = new FeatureTable(keys, rows, Labels);
        var vector = new float[Labels];
        var scalar = new float[Labels];
        for (int round = 0; round < 300; round++)
        {
            var features = new ulong[random.Next(0, 41)];
            for (int f = 0; f < features.Length; f++)
            {
                // About a third of the features are unknown to the table.
                features[f] = random.Next(3) == 0 ? (ulong)random.NextInt64(1, long.MaxValue) : keys[random.Next(keys.Length)];
            }
            for (int l = 0; l < Labels; l++)
            {
                vector[l] = scalar[l] = (float)(random.NextDouble() - 0.5);
            }
            table.Score(features, vector);
            table.ScoreScalar(features, scalar);
            for (int l = 0; l < Labels; l++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(scalar[l]), BitConverter.SingleToInt32Bits(vector[l]));
            }
        }
    }

    [Fact]
    public void TryGetRow_TellsApartKeysThatShareTheirHomeAndFingerprint_AndKeepsTheFirstOfATwiceGivenKey()
    {
        // The index keeps a fingerprint of the scrambled key's high bits beside its row; keys whose scrambles agree in
        // their low (home) and high (fingerprint) bits differ only in the row's own copy of the key, which must decide.
        ulong[] keys =
        [
            Unscramble(0xABCD_0000_0000_0123UL), Unscramble(0xABCD_0000_0010_0123UL), Unscramble(0xABCD_0000_0020_0123UL),
            0x1111_2222_3333_4444UL, Unscramble(0xABCD_0000_0010_0123UL),
        ];
        const int Labels = 9;
        var rows = new float[keys.Length * Labels];
        for (int r = 0; r < keys.Length; r++)
        {
            rows[r * Labels] = r + 1;
        }
        var table = new FeatureTable(keys, rows, Labels);
        var row = new float[Labels];
        for (int r = 0; r < 4; r++)
        {
            Assert.True(table.TryGetRow(keys[r], row));
            Assert.Equal(r + 1, row[0]);
        }
        Assert.False(table.TryGetRow(Unscramble(0xABCD_0000_0030_0123UL), row));
        var scores = new float[Labels];
        table.Score([keys[2], Unscramble(0xABCD_0000_0030_0123UL), keys[0], keys[1]], scores);
        Assert.Equal(3 + 1 + 2, scores[0]);
    }

    [Fact]
    public void TryGetRow_GivesEveryKeyItsOwnWeights_InALargeTable()
    {
        var random = new Random(13);
        const int Labels = 9;
        var known = new HashSet<ulong>();
        while (known.Count < 60_000)
        {
            known.Add((ulong)random.NextInt64(1, long.MaxValue) | ((ulong)random.Next(2) << 63));
        }
        var keys = known.ToArray();
        var rows = new float[keys.Length * Labels];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = (float)(Half)(float)(random.NextDouble() - 0.5);
        }
        var table = new FeatureTable(keys, rows, Labels);
        var row = new float[Labels];
        for (int r = 0; r < keys.Length; r++)
        {
            table.TryGetRow(keys[r], row);
            Assert.Equal(rows.AsSpan(r * Labels, Labels).ToArray(), row);
        }
        for (int i = 0; i < 5_000; i++)
        {
            ulong other = (ulong)random.NextInt64(1, long.MaxValue);
            if (!known.Contains(other))
            {
                Assert.False(table.TryGetRow(other, row));
            }
        }
    }

    /// <summary>The key whose scramble (the table's <c>(k ^ k &gt;&gt; 29) * 0xBF58476D1CE4E5B9</c>) is <paramref name="scrambled"/>.</summary>
    private static ulong Unscramble(ulong scrambled)
    {
        ulong inverse = 0xBF58476D1CE4E5B9UL;
        for (int i = 0; i < 6; i++)
        {
            inverse *= 2 - (0xBF58476D1CE4E5B9UL * inverse);
        }
        ulong y = scrambled * inverse;
        return y ^ (y >> 29) ^ (y >> 58);
    }
}
