namespace Dossier.Statements.Tests;

/// <summary>Statements and quantities from the lead's session-20 dossiers, each on an invented sentence of another story
/// with the same shape.</summary>
public sealed class UnseenStoryLead20Tests
{
    [Theory]
    [InlineData("By Ana Costa | 4 min read\n\nThe dam released 120 cubic metres of water a second on Sunday.")]
    [InlineData("By Ana Costa · 12 minute listen\n\nThe dam released 120 cubic metres of water a second on Sunday.")]
    public void AReadingTimeBadge_IsNoQuantity(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("min", StringComparison.Ordinal));
        Assert.Contains(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith("120", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Paros ferry disaster: death toll rises to 9 as survivors describe panic\n\nThe ferry sank on Sunday.")]
    [InlineData("Granada bus crash: death toll rises to 9 as witnesses describe panic\n\nThe bus crashed on Sunday.")]
    public void ANameThatQualifiesAHeadlinesLabel_IsNoSpeaker(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == ":");
    }

    [Fact]
    public void ANameAloneBeforeAHeadlinesColon_StillSpeaks()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Ellison: \"We will not sell the club\"\n\nThe owner spoke after a week of protests.");

        Assert.Contains(doc.Statements, s => s.Cue.Slice(doc.Text) == ":");
    }

    [Theory]
    [InlineData("The largest penalty, about €90 million, falls on Brandt Chemie, the German firm said to have chaired the meetings.")]
    [InlineData("Troops searched the village for a rebel commander said to be hiding in the hills.")]
    public void WhatOthersSayOfSomeone_IsNotTheirSpeech(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
    }

    [Fact]
    public void TakingNoteOfSomething_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("The ministry said it took note of the ruling and would study it carefully.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void ASpokesperson_SpeaksForTheBodyThatSpokeLast_NotForOneNamedBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The court found that the cartel began in 2016, not 2014 as the Commission had claimed.\n\n"
            + "Nordvik Shipping AS welcomed the ruling but said it was disappointed that the fine stood. "
            + "\"We have always maintained that we did not set prices,\" a spokesperson said.");

        var s = SampleDocuments.WithCue(doc, "said", "set prices");
        Assert.NotEqual("Commission", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("The bus had been carrying 52 passengers, more than the 40 the operator first reported.", "40")]
    [InlineData("Officials counted 300 the first day and 450 the next.", "300")]
    public void ACountBeforeAnArticle_CountsNoPhraseAfterIt(string text, string number)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.False(q.Object?.StartsWith("the", StringComparison.Ordinal) ?? false, q.Object);
    }

    [Theory]
    [InlineData("Shares in Corvina fell 7%. Corvina said in a statement that a faulty update had caused the outage. \"We apologise,\" the company said.", "Corvina")]
    [InlineData("Brightlane Logistics said in a post on X that a faulty update had caused the disruption. \"We apologise to our customers,\" the company wrote.", "Brightlane Logistics")]
    public void TheCompany_IsTheFirmThatHasJustSpoken(string text, string firm)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Quote is not null);
        Assert.Equal(firm, s.Speaker?.Name);
    }

    [Fact]
    public void TheCompany_IsNotABodyOfAnotherKindThatHasJustSpoken()
    {
        var doc = SampleDocuments.FromTextWithNames("The European Commission said the fine was final. \"We will appeal,\" the company said.");

        var s = Assert.Single(doc.Statements, s => s.Quote is not null);
        Assert.NotEqual("European Commission", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("The institute estimated excess deaths at between 1,500 and 2,100, a spokesman said.", "between 1,500 and 2,100", "excess deaths")]
    [InlineData("Some analysts put the bill at between €50 million and €80 million.", "between €50 million and €80 million", "bill")]
    [InlineData("Police put the size of the crowd at 40,000.", "40,000", "size of the crowd")]
    public void WhatAVerbOfReckoningSetsAtAFigure_IsWhatTheFigureMeasures(string text, string number, string obj)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Equal(obj, Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number).Object);
    }
}
