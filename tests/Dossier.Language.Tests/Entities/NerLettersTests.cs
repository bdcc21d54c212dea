using Dossier.Language.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The names tagger's one pass over a word's characters gives what the six separate passes gave.</summary>
public sealed class NerLettersTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Harbourview")]
    [InlineData("NATO")]
    [InlineData("U.S.")]
    [InlineData("al-Marri")]
    [InlineData("-ish")]
    [InlineData("Brask-Holm--Vey")]
    [InlineData("2024")]
    [InlineData("F-35A")]
    [InlineData("McKenna's")]
    [InlineData("Ørsted")]
    [InlineData("İzmir")]
    [InlineData("Zoë\u2019s")]
    [InlineData("ÉTATS-UNIS")]
    [InlineData("\u0661\u0662\u0663")]
    [InlineData("ǅemal")]
    [InlineData("aaaaBBBB1111----")]
    [InlineData("\u2018quoted\u2019")]
    [InlineData("\u00c6\u00e6\u00df")]
    [InlineData("\0\0\0x")]
    public void Of_GivesTheValuesOfTheSeparatePasses(string word)
    {
        var letters = NerFeatures.Letters.Of(word);
        Assert.Equal(TextHash.Lower(word), letters.Lower);
        Assert.Equal(NerFeatures.ShortShape(word), letters.Shape);
        Assert.Equal(NerFeatures.HasUpper(word), letters.AnyUpper);
        Assert.Equal(!NerFeatures.IsAllUpper(word), letters.AnyLower);
        Assert.Equal(word.AsSpan().IndexOfAnyInRange('0', '9') >= 0, letters.AnyDigit);
        Assert.Equal(word.IndexOf('-'), letters.FirstHyphen);
    }

    [Fact]
    public void Of_GivesTheValuesOfTheSeparatePasses_ForEveryCharacterPair()
    {
        // Every BMP character, alone and after an ASCII capital and a lower-case letter, so each class and fold is met.
        Span<char> word = stackalloc char[3];
        for (int c = 0; c < 0x10000; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }
            word[0] = 'K';
            word[1] = 'a';
            word[2] = (char)c;
            var letters = NerFeatures.Letters.Of(word);
            Assert.Equal(TextHash.Lower(word), letters.Lower);
            Assert.Equal(NerFeatures.ShortShape(word), letters.Shape);
            var alone = NerFeatures.Letters.Of(word[2..]);
            Assert.Equal(TextHash.Lower(word[2..]), alone.Lower);
            Assert.Equal(NerFeatures.ShortShape(word[2..]), alone.Shape);
            Assert.Equal(NerFeatures.HasUpper(word[2..]), alone.AnyUpper);
            Assert.Equal(!NerFeatures.IsAllUpper(word[2..]), alone.AnyLower);
            Assert.Equal(word[2..].IndexOfAnyInRange('0', '9') >= 0, alone.AnyDigit);
            Assert.Equal(word[2..].IndexOf('-'), alone.FirstHyphen);
        }
    }
}
