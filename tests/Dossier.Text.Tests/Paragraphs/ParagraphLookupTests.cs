using Dossier.Core;
using Dossier.Text.Paragraphs;

namespace Dossier.Text.Tests.Paragraphs;

public class ParagraphLookupTests
{
    private const string Text = "Title line\n\nFirst paragraph here.\nSecond one.";

    private static Document Doc() => new("d", Text) { Paragraphs = LineParagraphSplitter.Split(Text) };

    [Fact]
    public void ParagraphAt_OffsetInsideAParagraph_FindsIt()
    {
        var doc = Doc();
        Assert.Equal(1, doc.ParagraphAt(Text.IndexOf("paragraph", StringComparison.Ordinal))!.Value.Index);
        Assert.Equal(2, doc.ParagraphAt(Text.Length - 1)!.Value.Index);
        Assert.Equal(0, doc.ParagraphAt(0)!.Value.Index);
    }

    [Fact]
    public void ParagraphAt_OffsetBetweenParagraphs_IsNone()
    {
        var doc = Doc();
        Assert.Null(doc.ParagraphAt(Text.IndexOf('\n')));
        Assert.Equal(0, doc.ParagraphPositionAt(Text.IndexOf('\n')));
    }

    [Fact]
    public void ParagraphPositionAt_NoParagraphs_IsMinusOne()
    {
        Assert.Equal(-1, new Document("e", "").ParagraphPositionAt(0));
    }
}
