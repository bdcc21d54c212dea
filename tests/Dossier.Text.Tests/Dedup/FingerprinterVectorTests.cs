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
}
