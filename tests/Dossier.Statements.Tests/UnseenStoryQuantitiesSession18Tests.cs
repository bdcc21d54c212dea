using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Quantities round two on unseen stories (session 18): earlier and compared values, rates per head and per unit,
/// shares without "of", changes from an earlier sum, subjects that look like cues, proportions with a singular verb, and
/// the faults ten more stories showed.</summary>
public sealed class UnseenStoryQuantitiesSession18Tests
{
    [Theory]
    [InlineData("The number of displaced families has climbed to 3,400, the aid agency said on Monday, up from 2,100.", "2,100", "displaced families")]
    [InlineData("About 40 trains a day are running, compared with 120 before the strike.", "120", "trains")]
    [InlineData("Operating profit was $2.3bn, down 14% from $2.7bn a year earlier.", "$2.7bn", "Operating profit")]
    public void AnEarlierOrComparedValue_CountsWhatTheValueBeforeCounts(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Fact]
    public void AChangeAfterACommaAndAnAmountsCopula_MeasureTheSubject()
    {
        var doc = SampleDocuments.FromText("Operating profit was $2.3bn, down 14% from $2.7bn a year earlier.");
        Assert.Equal("Operating profit", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "$2.3bn").Object);
        Assert.Equal("Operating profit", Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "14%").Object);
    }

    [Fact]
    public void ARatePerHead_IsOneMeasure()
    {
        var doc = SampleDocuments.FromText("The overdose death rate reached 31.4 per 100,000 people in the county.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(31.4, q.Value);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal("per 100,000 people", q.Unit);
    }

    [Fact]
    public void ACountPerHead_KeepsWhatItCounts()
    {
        var doc = SampleDocuments.FromText("The region has 2.4 doctors per 1,000 residents.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("doctors", q.Object);
        Assert.Equal("per 1,000 residents", q.Unit);
    }

    [Theory]
    [InlineData("The carrier cut its winter schedule by about a third.", "about a third", 33.3, "winter schedule")]
    [InlineData("Applications had fallen by more than a quarter since 2021.", "more than a quarter", 25, "Applications")]
    [InlineData("Bus fares were slashed by almost half.", "almost half", 50, "Bus fares")]
    public void AShareWithoutOf_AfterBy_IsTheChange(string sentence, string text, double value, string obj)
    {
        var q = Find(sentence, text);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(value, q.Value);
        Assert.Equal(obj, q.Object);
    }

    [Fact]
    public void ALevelAfterAChangeInUnits_MeasuresTheVerbsSubject()
    {
        Assert.Equal("lead", Find("His lead shrank by 4,000 votes to 9,800.", "9,800").Object);
    }

    [Fact]
    public void ACueWordHeadingTheSubject_IsTheSubject()
    {
        Assert.Equal("reports", Find("Hospitals expect reports of flu to climb by about 30% next month.", "about 30%").Object);
    }

    [Fact]
    public void AProportionsSingularVerb_IsNoPartOfWhatItCounts()
    {
        Assert.Equal("tenants", Find("One in five tenants pays more than half their income in rent.", "One in five").Object);
    }

    [Theory]
    [InlineData("Wholesale diesel rose to $2.90 a gallon on Friday.", "$2.90")]
    [InlineData("Silver traded at $28 an ounce.", "$28")]
    public void APricePerUnitOfAGood_NamesNoObject(string sentence, string text)
    {
        Assert.Null(Find(sentence, text).Object);
    }

    [Fact]
    public void AProportionOfAGroup_CountsTheGroupsMembers()
    {
        Assert.Equal("city's buses", Find("Almost one in three of the city's buses was off the road.", "Almost one in three").Object);
    }

    [Theory]
    [InlineData("Turnout in the referendum was 58.4%, the commission said.", "58.4%", "Turnout")]
    [InlineData("The bill for the new bridge stood at $410 million.", "$410 million", "bill")]
    [InlineData("Officials say the clean-up will cost $35 million.", "$35 million", "clean-up")]
    [InlineData("Membership fees were up 6% this spring.", "6%", "Membership fees")]
    [InlineData("Exports to the bloc rose 3.1% in June to $12.4 billion.", "$12.4 billion", "Exports")]
    [InlineData("Visitors to the park reached 71,000 in August, down by 9% on a year earlier.", "9%", "Visitors")]
    [InlineData("The ministry raised the levy on sugary drinks by 15%.", "15%", "levy on sugary drinks")]
    public void AnAmountAfterAVerbOfBeingReachingOrChange_MeasuresItsSubject(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Theory]
    [InlineData("The number of schools closed by the strike across the northern provinces on Tuesday has now risen to 412.", "412", "schools")]
    [InlineData("The festival drew a crowd of 60,000, organisers said.", "60,000", "crowd")]
    [InlineData("The bank reported a net loss of $1.2bn for the quarter.", "$1.2bn", "net loss")]
    [InlineData("Divers pulled out 14 survivors, including 3 found in an air pocket.", "3", "survivors")]
    [InlineData("Police made some 2,000 arrests, nearly half of them in the capital.", "nearly half", "arrests")]
    [InlineData("The convoy carried 3,000 152mm shells to the front.", "3,000", "shells")]
    [InlineData("The minister promised two more Typhoon squadrons by 2028.", "two", "Typhoon squadrons")]
    public void ACountNamedElsewhereInItsClause_CountsThatThing(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Fact]
    public void AnAdverbClosingTheClauseAfterANumber_IsNotWhatItCounts()
    {
        var doc = SampleDocuments.FromText("Two climbers were hurt, one critically.");
        Assert.DoesNotContain(doc.Quantities, q => q.Object == "critically");
    }

    [Fact]
    public void AWordOfDistanceAfterANumber_IsNotWhatItCounts()
    {
        Assert.Null(Find("United are now 9 clear at the top.", "9").Object);
    }

    [Fact]
    public void ACountInEachStretchOfTime_IsACountNotAMeasureOfDays()
    {
        var q = Find("Crews are clearing 1,500 a day, compared with 900 tonnes last week.", "1,500");
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Null(q.Unit);
    }

    [Fact]
    public void ABoundAfterANounOfPeopleOfAnAge_IsAnAge()
    {
        var doc = SampleDocuments.FromText("Half the patients were children under five, the clinic said.");
        Assert.DoesNotContain(doc.Quantities, q => q.Value == 5);
    }

    [Fact]
    public void Pence_AreMoneyInPounds()
    {
        var q = Find("The price of a loaf rose by 8p to £1.52.", "8p");
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal("GBP", q.Unit);
        Assert.Equal(0.08, q.Value);
    }

    [Fact]
    public void AScaleLetterOnTheDigits_IsTheScalesUnit()
    {
        Assert.Equal("°C", Find("The thermometer showed 39.2C at noon.", "39.2C").Unit);
    }

    [Fact]
    public void AMagnitudeOnADecimal_GivesAWholeValue()
    {
        Assert.Equal(4_100_000_000, Find("The group paid €4.1bn for the stake.", "€4.1bn").Value);
    }

    [Theory]
    [InlineData("The carrier will retire 20 of its 115 jets next year.", "20", "jets")]
    [InlineData("The rebels now hold 6 of the region's 11 towns.", "6", "towns")]
    [InlineData("The firm will shut three of its nine plants.", "three", "plants")]
    public void APartOfAGroupWithItsOwnCount_CountsTheMembers(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Fact]
    public void AComparisonAfterACount_IsNotWhatItCounts()
    {
        Assert.Null(Find("The senator won about 4,000 fewer than her rival.", "about 4,000").Object);
    }

    [Fact]
    public void ABoundOnAnAgeBeforeAVerb_IsAnAge()
    {
        var doc = SampleDocuments.FromText("Adults over 65 made up most of the patients.");
        Assert.DoesNotContain(doc.Quantities, q => q.Value == 65);
    }

    [Fact]
    public void TheOwnerOfAnOfPhrase_IsTheSubjectOfTheChange()
    {
        Assert.Equal("Uptake", Find("Uptake of the flu jab among nurses fell to 41%.", "41%").Object);
    }

    [Theory]
    [InlineData("Spending on ads in the state Supreme Court race had reached nearly $3 million.", "nearly $3 million", "Spending")]
    [InlineData("The firm said on Friday its quarterly profit rose by about a tenth.", "about a tenth", "quarterly profit")]
    [InlineData("Analysts at the bank said margins per unit could fall by 5%.", "5%", "margins")]
    [InlineData("Unemployment among the older workers of the region is 7.5%.", "7.5%", "Unemployment")]
    [InlineData("Median rent finally reached $1,900 in the autumn.", "$1,900", "Median rent")]
    public void TheSubjectOfAnAmount_IsReadPastItsPhrasesAndAdverbsButNotIntoAnotherClause(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    [Theory]
    [InlineData("Tenants, especially those paying monthly fees of $400, complained.", "$400", "paying monthly fees")]
    [InlineData("A review of 403(b) accounts found gaps.", "403", "review")]
    [InlineData("The number of injured being treated in hospital stands at 214.", "214", "number")]
    [InlineData("Her son was 14 when the family moved.", "14", "son")]
    [InlineData("The repair is probably going to be close to $80,000, the owner said.", "close to $80,000", "going")]
    public void ANounOrSubjectThatIsNoTotal_IsNotWhatTheNumberCounts(string sentence, string text, string wrong)
    {
        var doc = SampleDocuments.FromText(sentence);
        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) == text && q.Object == wrong);
    }

    [Fact]
    public void TheEndsOfARangeOfAges_AreAges()
    {
        Assert.Empty(SampleDocuments.FromText("Voters between the ages of 18 and 24 backed her.").Quantities);
    }

    [Theory]
    [InlineData("Sixty percent of Republican registered voters approve of the deal.", "Sixty percent", "Republican registered voters")]
    [InlineData("Forty percent of all Canadians own a pet.", "Forty percent", "all Canadians")]
    public void AParticipleOrAllBeforeTheNoun_StaysInWhatIsCounted(string sentence, string text, string obj)
    {
        Assert.Equal(obj, Find(sentence, text).Object);
    }

    private static Quantity Find(string sentence, string text)
    {
        var doc = SampleDocuments.FromText(sentence);
        return Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == text);
    }
}
