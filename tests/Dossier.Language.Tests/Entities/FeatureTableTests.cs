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
}
