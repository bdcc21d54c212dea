using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Text.Tests.Sentences;

public class RuleSentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var builder = new TokenBuilder();
        var paragraphs = LineParagraphSplitter.Split(text);
        foreach (var p in paragraphs)
        {
            Tokenizer.Tokenize(text.AsSpan(p.Span.Start, p.Span.Length), p.Span.Start, builder);
        }
        var sentences = RuleSentenceSplitter.Split(text, builder.ToLayer(), paragraphs);
        return Array.ConvertAll(sentences, s => s.Span.Slice(text));
    }

    [Fact]
    public void Split_QuoteEndingWithQuestion_BreaksBeforeNextCapital()
    {
        Assert.Equal(
            ["\"Would it have a huge difference?", "I’m sceptical of that,\" Milley said."],
            Split("\"Would it have a huge difference? I’m sceptical of that,\" Milley said."));
    }

    [Fact]
    public void Split_ClosingQuoteAfterStop_StaysWithSentence()
    {
        Assert.Equal(
            ["The Kremlin confirmed the visit \"in the coming days.\"", "Kim and Putin met."],
            Split("The Kremlin confirmed the visit \"in the coming days.\" Kim and Putin met."));
    }

    [Fact]
    public void Split_TitlesAndInitials_DoNotEndSentences()
    {
        Assert.Single(Split("Brig. Gen. Pat Ryder and J. R. Smith spoke to Dr. Lee on Jan. 5 in Washington."));
    }

    [Fact]
    public void Split_PlatformXAfterOn_EndsTheSentence_AnInitialDoesNot()
    {
        Assert.Equal(
            ["The ministry shared the figures in a post on X.", "Officials in Dravonia said more would follow."],
            Split("The ministry shared the figures in a post on X. Officials in Dravonia said more would follow."));
        Assert.Single(Split("Talks went ahead on J. Halloran's advice."));
        Assert.Single(Split("The vote fell to Ward X. Holm and two others."));
    }

    [Fact]
    public void Split_AcronymBeforeSentenceStarter_Ends()
    {
        Assert.Equal(2, Split("The shells went to the U.S. The Kremlin denied it.").Length);
        Assert.Single(Split("The U.S. Ministry of Defense reported it."));
    }

    [Fact]
    public void Split_QuotationOpeningAfterAnAbbreviation_Starts()
    {
        Assert.Equal(
            ["The pumps were restarted by 4 p.m.", "\u201cWe are sorry for the delay,\u201d the utility wrote."],
            Split("The pumps were restarted by 4 p.m. \u201cWe are sorry for the delay,\u201d the utility wrote."));
        Assert.Equal(2, Split("Service resumed at 6 a.m. \"Everything is back,\" he said.").Length);
        Assert.Single(Split("The U.S. \"Patriot\" batteries arrived."));
    }

    [Fact]
    public void Split_HeadlineWithoutStop_IsItsOwnSentence()
    {
        var sentences = Split("Cooperation between Russia and the DPRK\nIn July, Shoigu visited the DPRK.");
        Assert.Equal(["Cooperation between Russia and the DPRK", "In July, Shoigu visited the DPRK."], sentences);
    }

    [Fact]
    public void Split_Dateline_StaysInItsSentence()
    {
        Assert.Single(Split("Washington [US], November 2 : North Korea is providing Russia with shells, the United States has claimed."));
    }

    [Fact]
    public void Split_CitationMarksAfterStop_StayWithTheirSentence()
    {
        Assert.Equal(["He stayed there until 1805. [6]", "Later he moved."], Split("He stayed there until 1805. [6] Later he moved."));
    }

    [Fact]
    public void Split_LowercaseAfterBareStop_StillEnds()
    {
        Assert.Equal(["They were waiting outside.", "call them today."], Split("They were waiting outside. call them today."));
        Assert.Single(Split("The talks, led by Amb. smith, went on."));
    }
}
