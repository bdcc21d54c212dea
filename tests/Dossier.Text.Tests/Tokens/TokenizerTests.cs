using Dossier.Core.Tokens;
using Dossier.Text.Tokens;

namespace Dossier.Text.Tests.Tokens;

public class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var builder = new TokenBuilder();
        Tokenizer.Tokenize(text, 0, builder);
        var result = new string[builder.Count];
        for (int i = 0; i < builder.Count; i++)
        {
            result[i] = text[builder.StartOf(i)..builder.EndOf(i)];
        }
        return result;
    }

    [Theory]
    [InlineData("Kim Jong-un met Shin Won-sik.", "Kim|Jong-un|met|Shin|Won-sik|.")]
    [InlineData("winds of 185 km/h. Rain fell.", "winds|of|185|km|/|h|.|Rain|fell|.")]
    [InlineData("Soviet-era 152-mm artillery shells", "Soviet-era|152-mm|artillery|shells")]
    [InlineData("up to 4.8 million, 1,000 or 1000 containers", "up|to|4.8|million|,|1,000|or|1000|containers")]
    [InlineData("$350 billion in the 1970s", "$|350|billion|in|the|1970s")]
    [InlineData("the U.S. Gen. Milley and Brig. Gen. Pat Ryder", "the|U.S.|Gen.|Milley|and|Brig.|Gen.|Pat|Ryder")]
    [InlineData("Russia's war; they’re sure; don't go", "Russia|'s|war|;|they|’re|sure|;|do|n't|go")]
    [InlineData("“I’m sceptical of that,” Milley said.", "“|I|’m|sceptical|of|that|,|”|Milley|said|.")]
    [InlineData("he [Russian President Vladimir Putin] is", "he|[|Russian|President|Vladimir|Putin|]|is")]
    [InlineData("see https://example.com/a?b=1. Or mail a.b@example.org.", "see|https://example.com/a?b=1|.|Or|mail|a.b@example.org|.")]
    [InlineData("Wait... what — really–no", "Wait|...|what|—|really|–|no")]
    [InlineData("June 14, 2024 12:26 PM", "June|14|,|2024|12:26|PM")]
    [InlineData("O'Brien said no. Then", "O'Brien|said|no|.|Then")]
    [InlineData("No. 1 seed", "No.|1|seed")]
    [InlineData("Really?! Wow!!! ****", "Really|?!|Wow|!!!|****")]
    [InlineData("We cannot wait, gonna win", "We|can|not|wait|,|gon|na|win")]
    [InlineData("Amazon.com said. The report.pdf", "Amazon.com|said|.|The|report.pdf")]
    [InlineData("great :) see you", "great|:)|see|you")]
    public void Tokenize_NewsText_MatchesTreebankConventions(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Fact]
    public void Tokenize_Kinds_DistinguishNumbersWordsAndPunctuation()
    {
        var builder = new TokenBuilder();
        Tokenizer.Tokenize("sent 1,000 shells, www.x.org", 0, builder);
        Assert.Equal(TokenKind.Word, builder.KindOf(0));
        Assert.Equal(TokenKind.Number, builder.KindOf(1));
        Assert.Equal(TokenKind.Punctuation, builder.KindOf(3));
        Assert.Equal(TokenKind.Url, builder.KindOf(4));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!???...,,,;;;")]
    [InlineData("\u0000\u0001\u0002 \t\r\n")]
    [InlineData("北朝鮮 Россия 🚀🚀 Korea")]
    [InlineData("\uD800 lone surrogate \uDC00")]
    public void Tokenize_OddText_NeverThrowsAndCoversOnlyRealCharacters(string text)
    {
        var builder = new TokenBuilder();
        Tokenizer.Tokenize(text, 0, builder);
        for (int i = 0; i < builder.Count; i++)
        {
            Assert.True(builder.EndOf(i) > builder.StartOf(i));
            Assert.False(Tokenizer.IsSkippable(text[builder.StartOf(i)]));
        }
    }

    [Fact]
    public void Tokenize_OffsetsShiftByBase()
    {
        var builder = new TokenBuilder();
        Tokenizer.Tokenize("Kirby said", 100, builder);
        Assert.Equal(100, builder.StartOf(0));
        Assert.Equal(110, builder.EndOf(1));
    }
}
