namespace Dossier.Training.PartsOfSpeech;

/// <summary>A tiny seeded random generator (SplitMix64) whose sequence never changes between .NET versions.</summary>
internal sealed class SplitMix(int seed)
{
    private ulong _state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public void Shuffle(int[] items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
