using Dossier.Text.Dedup;

namespace Dossier.Text.Tests.Dedup;

public sealed class FirstOwnerTableTests
{
    [Fact]
    public void TryAdd_KeepsTheFirstOwnerOfEveryKey_ThroughGrowth()
    {
        var table = new FirstOwnerTable();
        var random = new Random(11);
        var keys = new ulong[50_000];
        for (int i = 0; i < keys.Length; i++)
        {
            // Small keys and zero too: nothing about a key marks a slot empty.
            keys[i] = i < 100 ? (ulong)i : (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
            table.TryAdd(keys[i], i);
        }
        for (int i = 0; i < keys.Length; i++)
        {
            table.TryAdd(keys[i], i + 1_000_000);
        }
        var first = new Dictionary<ulong, int>();
        for (int i = 0; i < keys.Length; i++)
        {
            first.TryAdd(keys[i], i);
        }
        Assert.Equal(first.Count, table.Count);
        foreach (var (key, expected) in first)
        {
            Assert.True(table.TryGetValue(key, out int owner));
            Assert.Equal(expected, owner);
        }
        Assert.False(table.TryGetValue(0xDEADBEEFCAFEUL, out _));
    }
}
