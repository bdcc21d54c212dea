using Dossier.Language.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

public sealed class ScoreVectorTests
{
    [Fact]
    public void Score_EqualsTheScalarSum_ForAnyRowsAndShifts()
    {
        var (table, keys, _, _) = RandomTable(300, seed: 5);
        var random = new Random(6);
        var vector = new int[WeightRows.Width];
        var scalar = new int[WeightRows.Width];
        for (int round = 0; round < 200; round++)
        {
            var found = new int[random.Next(0, 57)];
            for (int i = 0; i < found.Length; i++)
            {
                found[i] = table.Find(keys[random.Next(keys.Length)]);
            }
            table.Score(found, vector);
            table.ScoreScalar(found, scalar);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void Find_GivesEachKeyItsOwnWeightsAndShifts_AndMissesUnknownKeys()
    {
        var (table, keys, weights, shifts) = RandomTable(5_000, seed: 7);
        var scores = new int[WeightRows.Width];
        for (int r = 0; r < keys.Length; r++)
        {
            int slot = table.Find(keys[r]);
            Assert.True(slot >= 0);
            table.ScoreScalar([slot], scores);
            for (int c = 0; c < WeightRows.Width; c++)
            {
                int shift = shifts[(2 * r) + (c < TagSet.Count ? 0 : 1)];
                Assert.Equal(weights[(r * WeightRows.Width) + c] << shift, scores[c]);
            }
        }
        var random = new Random(8);
        var known = new HashSet<ulong>(keys);
        for (int i = 0; i < 1_000; i++)
        {
            ulong other = (ulong)random.NextInt64(2, long.MaxValue);
            if (!known.Contains(other))
            {
                Assert.Equal(-1, table.Find(other));
            }
        }
    }

    [Fact]
    public void Find_GivesEachKeyItsOwnWeights_InATableLargeEnoughForHugePages()
    {
        // 40,000 rows make an 8 MB table, which TableMemory backs with 2 MB pages on Linux: same contents either way.
        var (table, keys, weights, shifts) = RandomTable(40_000, seed: 9);
        var scores = new int[WeightRows.Width];
        for (int r = 0; r < keys.Length; r += 7)
        {
            int slot = table.Find(keys[r]);
            Assert.True(slot >= 0);
            table.ScoreScalar([slot], scores);
            for (int c = 0; c < WeightRows.Width; c++)
            {
                Assert.Equal(weights[(r * WeightRows.Width) + c] << shifts[(2 * r) + (c < TagSet.Count ? 0 : 1)], scores[c]);
            }
        }
        Assert.Equal(-1, table.Find(0x5EED_0000_0000_0001UL));
    }

    private static (WeightRows Table, ulong[] Keys, sbyte[] Weights, byte[] Shifts) RandomTable(int rows, int seed)
    {
        var random = new Random(seed);
        var keys = new HashSet<ulong>();
        while (keys.Count < rows)
        {
            keys.Add((ulong)random.NextInt64(2, long.MaxValue));
        }
        var weights = new sbyte[rows * WeightRows.Width];
        random.NextBytes((byte[])(Array)weights);
        var shifts = new byte[rows * 2];
        for (int r = 0; r < shifts.Length; r++)
        {
            shifts[r] = (byte)random.Next(0, 12);
        }
        var keyArray = keys.ToArray();
        return (new WeightRows(keyArray, weights, shifts), keyArray, weights, shifts);
    }
}
