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

    [Fact]
    public void Probe_TellsApartKeysThatShareTheirHomeAndFingerprint()
    {
        // The index keeps a fingerprint of a key's high bits beside its row; keys alike in their low (home) and high
        // (fingerprint) bits differ only in the row's own copy of the key, which must decide.
        const ulong Shared = 0xABCD_0000_0000_0123UL;
        ulong[] keys = [Shared | (1UL << 20), Shared | (2UL << 20), Shared | (3UL << 20), 0x1111_2222_3333_4444UL];
        var weights = new sbyte[keys.Length * WeightRows.Width];
        for (int r = 0; r < keys.Length; r++)
        {
            weights[r * WeightRows.Width] = (sbyte)(r + 1);
        }
        var table = new WeightRows(keys, weights, new byte[keys.Length * 2]);
        ulong absent = Shared | (4UL << 20);
        ulong[] asked = [keys[2], absent, keys[0], 0x5555_6666_7777_8888UL, keys[3], keys[1], keys[2]];
        var found = new int[asked.Length];
        int hits = table.Probe(asked, found);
        Assert.Equal(5, hits);
        Assert.Equal([table.Find(keys[2]), table.Find(keys[0]), table.Find(keys[3]), table.Find(keys[1]), table.Find(keys[2])], found[..hits]);
        Assert.Equal(-1, table.Find(absent));
        var scores = new int[WeightRows.Width];
        for (int r = 0; r < keys.Length; r++)
        {
            table.ScoreScalar([table.Find(keys[r])], scores);
            Assert.Equal(r + 1, scores[0]);
        }
    }

    [Fact]
    public void Probe_FindsWhatFindFinds_InOrder_AmongUnknownKeys()
    {
        var (table, keys, _, _) = RandomTable(20_000, seed: 11);
        var random = new Random(12);
        var asked = new ulong[SentenceFeatures.MaxFeatures];
        var found = new int[SentenceFeatures.MaxFeatures];
        var expected = new List<int>();
        for (int round = 0; round < 500; round++)
        {
            int n = random.Next(0, asked.Length + 1);
            expected.Clear();
            for (int i = 0; i < n; i++)
            {
                asked[i] = random.Next(4) == 0 ? (ulong)random.NextInt64() : keys[random.Next(keys.Length)];
                int row = table.Find(asked[i]);
                if (row >= 0)
                {
                    expected.Add(row);
                }
            }
            int hits = table.Probe(asked.AsSpan(0, n), found);
            Assert.Equal(expected, found[..hits]);
        }
    }

    [Fact]
    public void Find_KeepsTheLastWeights_OfAKeyGivenTwice()
    {
        ulong[] keys = [42, 7, 42];
        var weights = new sbyte[keys.Length * WeightRows.Width];
        weights[0] = 1;
        weights[WeightRows.Width] = 2;
        weights[2 * WeightRows.Width] = 3;
        var table = new WeightRows(keys, weights, new byte[keys.Length * 2]);
        var scores = new int[WeightRows.Width];
        table.ScoreScalar([table.Find(42)], scores);
        Assert.Equal(3, scores[0]);
        table.ScoreScalar([table.Find(7)], scores);
        Assert.Equal(2, scores[0]);
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
