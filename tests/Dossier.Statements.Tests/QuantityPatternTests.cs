using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Quantities in written news sentences: abbreviated money, vague numbers of numbers, units written in the singular.</summary>
public sealed class QuantityPatternTests
{
    [Theory]
    [InlineData("Super PAC haul surges past $1B in the first half.", "$1B", 1e9)]
    [InlineData("The fund lost £2.5bn last year.", "£2.5bn", 2.5e9)]
    [InlineData("Donors gave $846.8million to the groups.", "$846.8million", 846.8e6)]
    public void AbbreviatedMoney_IsScaled(string sentence, string text, double value)
    {
        var q = Find(sentence, text);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(value, q.Value, 3);
    }

    [Fact]
    public void TensOfMillions_IsOneVagueNumber()
    {
        var q = Find("The tally leaves out the tens of millions of dollars flowing into the races.", "tens of millions of dollars");
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(2e7, q.Low);
        Assert.True(q.High is > 9e7 and < 1e8);
    }

    [Fact]
    public void OnePercentagePoint_IsAMeasure()
    {
        var q = Find("Trump gained 1 percentage point in the latest poll.", "1 percentage point");
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Null(q.Object);
    }

    [Fact]
    public void ALengthBeforeAVerb_EndsAtItsUnit()
    {
        var doc = SampleDocuments.FromText("The average of polls taken over the past two weeks shows Clinton ahead.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("two weeks", q.Span.Slice(doc.Text));
        Assert.Equal(QuantityKind.Measure, q.Kind);
    }

    [Theory]
    [InlineData("The recall covers 2019 through 2023 models of the Ridge van.")]
    [InlineData("Owners of 2024 models were told to wait.")]
    [InlineData("The watchdog ranked Peru 121st in its 2023 press freedom rankings.")]
    [InlineData("The country's 2022 budget cuts angered unions.")]
    [InlineData("Turnout in the 2024 elections fell sharply.")]
    public void AModelYearOrTheEndOfASpanOfYears_IsNoCount(string sentence)
    {
        var doc = SampleDocuments.FromText(sentence);
        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Roughly one in five households said they had cut back.", "Roughly one in five", 20, "households")]
    [InlineData("About 3 in 10 voters agreed with the plan.", "About 3 in 10", 30, "voters")]
    public void AProportion_IsAPercentOfWhatFollows(string sentence, string text, double percent, string obj)
    {
        var q = Find(sentence, text);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(percent, q.Value, 3);
        Assert.Equal(obj, q.Object);
    }

    [Fact]
    public void AnAgeBetweenCommasAfterAName_IsNoCount()
    {
        var doc = SampleDocuments.FromText("The indictment alleges that Pieter Vos, 58, steered at least 14 contracts to the firm.");
        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) == "58");
        Assert.Contains(doc.Quantities, q => q.Span.Slice(doc.Text) == "at least 14");
    }

    private static Quantity Find(string sentence, string text)
    {
        var doc = SampleDocuments.FromText(sentence);
        return Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
    }

    [Fact]
    public void OverAfterAnAmount_IsALengthOfTime_NotMoreThan()
    {
        var doc = SampleDocuments.FromText("The union accepted a pay offer of 14% over two years.");
        var years = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).EndsWith("two years", StringComparison.Ordinal));
        Assert.Equal(QuantityQualifier.Exact, years.Qualifier);
        Assert.Equal(2, years.High);
    }

    [Fact]
    public void BetweenTwoSumsOfMoney_IsOneRange()
    {
        var q = Find("The strike cost the economy between €30 million and €50 million a day.", "between €30 million and €50 million");
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Equal(30e6, q.Low);
        Assert.Equal(50e6, q.High);
    }

    [Theory]
    [InlineData("Temperatures topped 40 degrees Celsius (104 Fahrenheit) for days.", "40 degrees Celsius", "°C")]
    [InlineData("Temperatures topped 40 degrees Celsius (104 Fahrenheit) for days.", "104 Fahrenheit", "°F")]
    [InlineData("The thermometer read 38 °C at noon.", "38 °C", "°C")]
    public void ATemperature_IsAMeasureInItsScale(string sentence, string text, string unit)
    {
        var q = Find(sentence, text);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal(unit, q.Unit);
        Assert.Null(q.Object);
    }

    [Theory]
    [InlineData("Police detained two men, aged 32 and 45, on suspicion of arson.")]
    [InlineData("The victims, aged 19 to 24, were students.")]
    [InlineData("A woman aged 70 was rescued from the roof.")]
    public void AnAgeAfterAged_IsNoCount(string sentence)
    {
        var doc = SampleDocuments.FromText(sentence);
        Assert.DoesNotContain(doc.Quantities, q => q.Kind == QuantityKind.Count && q.Object is null);
        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) is "32" or "45" or "70" or "19 to 24" or "19" or "24");
    }

    [Theory]
    [InlineData("The fires of 2018, when 104 people died in the town, were the worst.", "104", "people")]
    [InlineData("Some 300 children fled the school.", "Some 300", "children")]
    public void AnIrregularPluralHead_EndsTheThingCounted(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Fact]
    public void ANumberRightAfterANumber_StartsAQuantityOfItsOwn()
    {
        var doc = SampleDocuments.FromText("The outbreak has killed 570 people, up from 537 two weeks ago.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith("537", StringComparison.Ordinal));
        Assert.Equal("537", q.Span.Slice(doc.Text));
        Assert.Equal(QuantityKind.Count, q.Kind);
    }

    [Theory]
    [InlineData("He took bribes worth at least 1.5 million leva from builders.", "at least 1.5 million leva", "BGN")]
    [InlineData("The fine was 40,000 pesos, the court said.", "40,000 pesos", "pesos")]
    public void AnotherCurrencyByName_IsMoney_WithoutAGuessedCountry(string sentence, string text, string unit)
    {
        var q = Find(sentence, text);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Published 2026-04-02\n\nThe ferry sank near the port.")]
    [InlineData("The Airbus 320, leased from a Dublin firm, landed safely.")]
    [InlineData("Investigators grounded every Boeing 737 Max for months.")]
    public void DatesAndModelNumbers_AreNoQuantities(string text)
    {
        var doc = SampleDocuments.FromText(text);
        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void AParticipleBeforeAPluralNoun_IsPartOfTheThingCounted()
    {
        var doc = SampleDocuments.FromTextWithNames("The engine was replaced after more than a dozen reported faults.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("reported faults", q.Object);
    }

    [Fact]
    public void APercentThenANumber_IsNoRange_WhileAPercentRangeKeepsItsSecondSign()
    {
        var doc = SampleDocuments.FromTextWithNames("Sales in Brazil dropped 12% to 48,000 cars. The firm expects a margin of 3% to 5% this year.");
        Assert.Contains(doc.Quantities, q => q.Span.Slice(doc.Text) == "12%" && q.Qualifier == QuantityQualifier.Exact);
        Assert.Contains(doc.Quantities, q => q.Span.Slice(doc.Text) == "48,000" && q.Object == "cars");
        var range = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "3% to 5%");
        Assert.Equal(5, range.High);
    }

    [Fact]
    public void AMoneyRangeWithMagnitudesOnBothEnds_IsOneRange()
    {
        var doc = SampleDocuments.FromTextWithNames("The plan would save between €300m and €450m a year by 2029.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Equal(3e8, q.Low);
        Assert.Equal(4.5e8, q.High);
        Assert.Null(q.Object);
    }

    [Fact]
    public void WordsAfterAPercentSign_AreNotWhatItCounts()
    {
        // The change measures the verb's subject (session 17), never the words after the sign.
        var doc = SampleDocuments.FromTextWithNames("Deliveries in Asia rose 6% year on year.");
        Assert.Equal("Deliveries", Assert.Single(doc.Quantities).Object);
    }

    [Theory]
    [InlineData("The airline will cut roughly a tenth of its staff.", "roughly a tenth", 10, "its staff")]
    [InlineData("Nearly two-thirds of the losses will fall in Spain.", "Nearly two-thirds", 66.7, "the losses")]
    [InlineData("Three quarters of the mines will close.", "Three quarters", 75, "the mines")]
    [InlineData("More than half of the members voted for the plan.", "More than half", 50, "the members")]
    public void AShareOfSomething_IsAPercentOfIt(string sentence, string text, double value, string obj)
    {
        var doc = SampleDocuments.FromTextWithNames(sentence);
        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(value, q.Value, 1);
        Assert.Equal(obj, q.Object);
    }

    [Fact]
    public void AQuarterOfACentury_IsNoShare()
    {
        var doc = SampleDocuments.FromTextWithNames("The trial lasted a quarter of a century.");
        Assert.DoesNotContain(doc.Quantities, q => q.Kind == QuantityKind.Percent);
    }

    [Fact]
    public void ABareAmountJoinedToMoney_IsMoneyInItsCurrency_AndWhoPaidIsNoObject()
    {
        var doc = SampleDocuments.FromTextWithNames("The club accepted 60 million euros plus 12 million in add-ons, above the 90 million euros Porto paid in 2019.");
        var addOns = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "12 million");
        Assert.Equal(QuantityKind.Money, addOns.Kind);
        Assert.Equal("EUR", addOns.Unit);
        Assert.Null(Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "90 million euros").Object);
    }
}
