using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Round 30 (session 19): quantities in invented news texts — ages after a common noun, rates that end the thing
/// measured, and a bare count that counts what the sentence before named.</summary>
public sealed class QuantitiesRound30Tests
{
    [Theory]
    [InlineData("Police said the cyclist, 47, was taken to hospital after the crash on the ring road.", "47")]
    [InlineData("A teacher, 29, and her two pupils were rescued from the lake on Sunday.", "29")]
    public void AnAgeBetweenCommasAfterASingularNoun_IsNoCount(string sentence, string age)
    {
        var doc = SampleDocuments.FromText(sentence);
        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) == age);
    }

    [Fact]
    public void ANumberBetweenCommasAfterAPluralNoun_IsStillACount()
    {
        var doc = SampleDocuments.FromText("Of the new recruits, 40, or about a third, left within a month.");
        Assert.Contains(doc.Quantities, q => q.Span.Slice(doc.Text) == "40");
    }

    [Theory]
    [InlineData("The refinery processes 4.5 million barrels of crude a day.", "4.5 million barrels", "crude")]
    [InlineData("The plant turns out 900 tonnes of steel per week.", "900 tonnes", "steel")]
    [InlineData("The new wells pump 12,000 litres of water every hour.", "12,000 litres", "water")]
    public void ARateAfterAnAmount_EndsWhatItMeasures(string sentence, string text, string obj)
    {
        var doc = SampleDocuments.FromText(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
        Assert.Equal(obj, q.Object);
    }

    [Fact]
    public void ABareCountOpeningTheNextSentence_CountsWhatTheSentenceBeforeCounted()
    {
        var doc = SampleDocuments.FromText("Coastguards pulled 35 fishermen from the water on Monday. About a dozen remained missing last night.");
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "About a dozen");
        Assert.Equal("fishermen", q.Object);
    }

    [Fact]
    public void ABareCountAfterASentenceWithTwoCounts_NamesNothing()
    {
        var doc = SampleDocuments.FromText("Coastguards pulled 35 fishermen and 6 tourists from the water. About a dozen remained missing last night.");
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "About a dozen");
        Assert.Null(q.Object);
    }

    [Fact]
    public void AVerbRightAfterABareCount_IsNotWhatItCounts()
    {
        var doc = SampleDocuments.FromText("The ferry sank near the harbour. Nearly 20 remained unaccounted for on Tuesday.");
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "Nearly 20");
        Assert.Null(q.Object);
    }

    [Fact]
    public void AComparisonEndingTheClauseAfterASum_IsNotWhatItCounts()
    {
        var doc = SampleDocuments.FromText("The first design for the bridge would have cost $300 million more.");
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "$300 million");
        Assert.NotEqual("more", q.Object);
    }

    [Fact]
    public void ABareCountAfterAnOpeningCircumstance_CountsWhatTheSentenceBeforeCounted()
    {
        var doc = SampleDocuments.FromText("The flood cut water supplies to 12,000 flats on Friday. By Sunday night, about 4,000 were still dry.");
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "about 4,000");
        Assert.Equal("flats", q.Object);
    }

    [Theory]
    [InlineData("Nine out of 10 nurses said they had worked unpaid overtime.", "Nine out of 10", 90, "nurses")]
    [InlineData("Three out of four clinics in the region have no doctor on weekends.", "Three out of four", 75, "clinics")]
    public void APartOutOfAWhole_IsAPercentOfWhatFollows(string sentence, string text, double percent, string obj)
    {
        var doc = SampleDocuments.FromText(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(percent, q.Value);
        Assert.Equal(obj, q.Object);
    }

    [Fact]
    public void ABareCount_CountsTheOneCountBefore_PastAMeasureBesideIt()
    {
        var doc = SampleDocuments.FromText("Hail the size of 4 cm golf balls smashed 2,300 cars on Friday. Nearly 900 were written off by Monday.");
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "Nearly 900");
        Assert.Equal("cars", q.Object);
    }
}
