using Dossier.Language.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

public sealed class FeatureHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Oslo")]
    [InlineData("152-mm")]
    [InlineData("Zürich")]
    [InlineData("don\u2019t")]
    [InlineData("ÉCOLE")]
    public void NormalizedWithPrefixes_GivesTheWordsHash_AndEachPrefixsOwn(string word)
    {
        Span<ulong> prefixes = stackalloc ulong[3];
        prefixes.Fill(7);
        ulong whole = FeatureHash.NormalizedWithPrefixes(word, prefixes);
        Assert.Equal(FeatureHash.Normalized(word), whole);
        for (int k = 1; k <= 3; k++)
        {
            // A prefix longer than the word is left as it was.
            Assert.Equal(k <= word.Length ? FeatureHash.Normalized(word.AsSpan(0, k)) : 7UL, prefixes[k - 1]);
        }
    }
}
