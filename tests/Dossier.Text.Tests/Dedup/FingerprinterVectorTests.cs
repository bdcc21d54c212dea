using Dossier.Text.Dedup;

namespace Dossier.Text.Tests.Dedup;

public sealed class FingerprinterVectorTests
{
    [Fact]
    public void VectorMinima_EqualTheScalarReference_SoStoredBandKeysStayValid()
    {
        var random = new Random(7);
        foreach (int size in new[] { 1, 2, 9, 64, 513 })
        {
            var shingles = new uint[size];
            for (int i = 0; i < size; i++)
            {
                shingles[i] = (uint)random.Next() ^ ((uint)random.Next() << 16);
            }
            var scalar = new ulong[32];
            var vector = new ulong[32];
            Fingerprinter.MinimaScalar(shingles, scalar);
            Fingerprinter.Minima512(shingles, vector);
            Assert.True(scalar.AsSpan(0, 30).SequenceEqual(vector.AsSpan(0, 30)), $"minima differ for {size} shingles");
        }
    }

    [Fact]
    public void ContainmentAtLeast_AgreesWithTheFullContainment_AtEveryThreshold()
    {
        var random = new Random(3);
        for (int round = 0; round < 2000; round++)
        {
            var a = RandomSet(random, random.Next(0, 60));
            var b = random.Next(3) == 0 ? RandomSet(random, random.Next(0, 60)) : Mutate(random, a);
            double threshold = random.Next(0, 11) / 10.0;
            // An independent reference: set intersection over the smaller set's size.
            double full = a.Length == 0 || b.Length == 0 ? 0 : (double)a.Intersect(b).Count() / Math.Min(a.Length, b.Length);
            Assert.Equal(full, Fingerprinter.Containment(a, b), 12);
            bool reached = Fingerprinter.ContainmentAtLeast(a, b, threshold, out double containment);
            Assert.Equal(a.Length > 0 && b.Length > 0 && full >= threshold, reached);
            if (reached)
            {
                Assert.Equal(full, containment, 12);
            }
        }
    }

    private static uint[] RandomSet(Random random, int size)
    {
        var set = new SortedSet<uint>();
        while (set.Count < size)
        {
            set.Add((uint)random.Next(0, 200));
        }
        return [.. set];
    }

    private static uint[] Mutate(Random random, uint[] source)
    {
        var set = new SortedSet<uint>(source.Where(_ => random.Next(5) != 0));
        for (int i = random.Next(0, 10); i > 0; i--)
        {
            set.Add((uint)random.Next(0, 200));
        }
        return [.. set];
    }
}
