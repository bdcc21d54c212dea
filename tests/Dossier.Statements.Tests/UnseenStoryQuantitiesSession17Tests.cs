using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Quantities round on twelve unseen stories (session 17): elliptical and partitive counts, changes of a named
/// subject, half a magnitude, spans of days, temperatures, quote-opening proportions and currencies named by country.</summary>
public sealed class UnseenStoryQuantitiesSession17Tests
{
    [Fact]
    public void AnElliptical_NMore_CountsWhatTheCountBeforeCounts()
    {
        var q = Find("Inspectors said 340 bridges were closed and about 90 more were under repair.", "about 90");
        Assert.Equal("bridges", q.Object);
        Assert.Equal(QuantityQualifier.Approximate, q.Qualifier);
    }

    [Theory]
    [InlineData("Police detained 45 protesters in the square, of whom 12 were later charged.", "12", "protesters")]
    [InlineData("The airline has ordered 80 jets, of which 30 will be delivered next year.", "30", "jets")]
    [InlineData("Of the 120 miners trapped underground, 95 were brought out alive.", "95", "miners")]
    public void APartOfAGroupNamedBefore_CountsItsMembers(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Theory]
    [InlineData("Ridership on the trams rose by about 15% last year, the operator said.", "about 15%", "Ridership")]
    [InlineData("Its bonds fell 3.5% on Tuesday.", "3.5%", "bonds")]
    [InlineData("Passenger numbers at the port have dropped to 61% of their 2019 level.", "61%", "Passenger numbers")]
    public void AShareAfterAVerbOfChange_MeasuresTheVerbsSubject(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Theory]
    [InlineData("Donations from the three largest unions more than doubled to $4 million.", "$4 million", "Donations")]
    [InlineData("Bookings for the new ferry route dropped 12% in May.", "12%", "Bookings")]
    [InlineData("Economists expect inflation to fall by about 1.5% next year.", "about 1.5%", "inflation")]
    public void TheSubjectOfAChange_StandsBeforeItsPhraseOrItsInfinitive(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Fact]
    public void ANumberWordAfterOfWhom_CountsTheGroup()
    {
        Assert.Equal("climbers", Find("Rescuers reached five climbers on the ridge, of whom two had frostbite.", "two").Object);
    }

    [Fact]
    public void TheEarlierLevelOfAChange_MeasuresTheSameSubject()
    {
        var doc = SampleDocuments.FromText("The jobless rate climbed to 5.4% from 5.1% in March.");
        Assert.Equal("jobless rate", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "5.4%").Object);
        Assert.Equal("jobless rate", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "5.1%").Object);
    }

    [Fact]
    public void HalfAMillion_IsHalfTheMagnitude()
    {
        var q = Find("Organisers said nearly half a million marchers filled the avenue.", "nearly half a million");
        Assert.Equal(500_000, q.Value);
        Assert.Equal(450_000, q.Low);
        Assert.Equal("marchers", q.Object);
    }

    [Fact]
    public void ASpanOfDaysOfAMonth_IsNoCount()
    {
        var doc = SampleDocuments.FromText("The festival runs between 8 and 11 July in the old port.");
        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void ATemperature_NamesNoThingAfterIt()
    {
        var q = Find("The reading beat the 38.5C seen in 1976, forecasters said.", "38.5C");
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Null(q.Object);
    }

    [Fact]
    public void AProportionOpeningAQuote_IsAShare()
    {
        var q = Find("\u201cOne in four pensioners has no savings,\u201d the charity said.", "One in four");
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(25, q.Value);
        Assert.Equal("pensioners", q.Object);
    }

    [Fact]
    public void ACurrencyNamedByItsCountry_IsMoney()
    {
        var q = Find("The court ordered the trader to repay 2.3 million Swiss francs.", "2.3 million Swiss francs");
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal("Swiss francs", q.Unit);
    }

    [Fact]
    public void ANumberOf_ReachesPastAMeasure_AndItsJoinedCountSharesTheObject()
    {
        var doc = SampleDocuments.FromText(
            "The number of homes flooded by Friday's 9 metre surge has climbed to 4,300, the council said, and 600 were destroyed.");
        Assert.Equal("homes", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "4,300").Object);
        Assert.Equal("homes", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "600").Object);
    }

    private static Quantity Find(string sentence, string text)
    {
        var doc = SampleDocuments.FromText(sentence);
        return Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
    }
}
