using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Dedup;
using Dossier.Text.Paragraphs;

namespace Dossier.Text.Tests.Dedup;

public class RepeatMarkerTests
{
    private const string Story =
        "Officials in the capital confirmed on Tuesday that the bridge over the river will close for repairs next month.\n" +
        "The closure is expected to last six weeks, according to the transport ministry, which cited safety inspections.\n" +
        "Local businesses said they feared a drop in customers during the busy summer season.";

    private static Document Doc(string id, string text) => new(id, text) { Paragraphs = LineParagraphSplitter.Split(text) };

    [Fact]
    public void Mark_SyndicatedCopyWithNewHeadline_IsADuplicateArticle()
    {
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        marker.Mark(Doc("wire", "Bridge to close for repairs\n" + Story));
        var copy = Doc("copy", "River bridge closing next month\n" + Story);
        marker.Mark(copy);
        Assert.Equal("wire", copy.DuplicateOf);
        Assert.Equal(new ParagraphRef("wire", 1), copy.Paragraphs[1].RepeatOf);
        Assert.Null(copy.Paragraphs[0].RepeatOf);
    }

    [Fact]
    public void Mark_SameParagraphWithOtherCaseAndApostrophes_IsExactRepeat()
    {
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        var doc = Doc("a", "The Ministry’s statement was read out on state television.\nSomething else happened in between those two.\nthe ministry's statement was read out on state television");
        marker.Mark(doc);
        Assert.Equal(new ParagraphRef("a", 0), doc.Paragraphs[2].RepeatOf);
        Assert.Equal(RepeatKind.Exact, doc.Paragraphs[2].Repeat);
    }

    [Fact]
    public void Mark_ShortIdenticalLines_AreNotLinked()
    {
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        var doc = Doc("a", "Background\nFirst paragraph of the story goes here.\nBackground\nSecond paragraph differs entirely from the first.");
        marker.Mark(doc);
        Assert.All(doc.Paragraphs, p => Assert.Null(p.RepeatOf));
    }

    [Fact]
    public void Mark_TruncatedCopyOfLongerParagraph_IsNearRepeat()
    {
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        marker.Mark(Doc("a", "On Friday the envoy travelled by train to the border city to meet the regional governor. The ministry confirmed the trip would take place within days."));
        var b = Doc("b", "On Friday the envoy travelled by train to the border city to meet the regional governor.");
        marker.Mark(b);
        Assert.Equal(new ParagraphRef("a", 0), b.Paragraphs[0].RepeatOf);
        Assert.Equal(RepeatKind.Near, b.Paragraphs[0].Repeat);
    }

    [Fact]
    public void Mark_UnrelatedParagraphsSharingAPhrase_AreNotLinked()
    {
        var marker = new RepeatMarker(new RepeatIndex(), new RepeatOptions());
        marker.Mark(Doc("a", "The two leaders held their meeting at the space centre in the far east of the country last week."));
        var b = Doc("b", "Protesters gathered outside the parliament while ministers held their meeting at the space centre.");
        marker.Mark(b);
        Assert.Null(b.Paragraphs[0].RepeatOf);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!! ... ???")]
    [InlineData("\u0000\u0001")]
    public void Compute_OddText_HasNoWords(string text)
    {
        var print = Fingerprinter.Compute(text);
        Assert.Equal(0, print.Words);
        Assert.Empty(print.Shingles);
    }
}
