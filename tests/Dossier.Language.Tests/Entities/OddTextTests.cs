using System.Text;
using Dossier.TestSupport;

namespace Dossier.Language.Tests.Entities;

public sealed class OddTextTests
{
    public static TheoryData<string> OddTexts() => new()
    {
        "",
        " ",
        "!!!???...,,,;;;---",
        "\u0001\u0002\u0007\u001b[31mRussia\u0000North Korea",
        "NorthKoreaRussiaUkraineWashingtonPyongyang",
        "Москва и 北京 and Pyongyang: مرحبا Kim Jong-un",
        "The the the The THE (NIS) () (( )) [NIS]",
        "Kim Jong-un-un-un-un- -- - Won-sik- -sik",
        "\"“”‘’\" ' ' Kirby’s’s’s",
        "General General General Minister President",
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void OddText_NeverThrows(string text)
    {
        var doc = EntityPipeline.Run("odd", text);
        foreach (var m in doc.Mentions)
        {
            Assert.InRange(m.Span.Start, 0, text.Length);
            Assert.InRange(m.Span.End, m.Span.Start + 1, text.Length);
        }
    }

    [Fact]
    public void LongSingleLine_IsProcessedInLinearTime()
    {
        var sb = new StringBuilder();
        while (sb.Length < 100_000)
        {
            sb.Append("North Korea sent shells to Russia, Kirby said ");
        }
        var clock = CpuClock.StartNew();
        var doc = EntityPipeline.Run("long", sb.ToString());
                Assert.NotEmpty(doc.Mentions);
        Assert.True(clock.ElapsedMilliseconds < 10_000, $"100 kB took {clock.ElapsedMilliseconds:F0} ms of processor time");
    }

    [Fact]
    public void LineWithoutSpaces_IsProcessed()
    {
        var text = new string('x', 100_000);
        var doc = EntityPipeline.Run("nospace", text);
        Assert.Empty(doc.Entities);
    }
}
