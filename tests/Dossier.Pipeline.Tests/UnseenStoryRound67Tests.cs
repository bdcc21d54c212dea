using Dossier.Core.Statements;
using Dossier.Statements.Quantities;

namespace Dossier.Pipeline.Tests;

/// <summary>Round 67's number repairs through the whole pipeline, on invented sentences of other stories than the dossiers
/// they came from: every "A at N" of a list set by one verb of reckoning, the object of a margin either way, a bare number
/// that ends a change told in a unit, and a figure told again in the next sentence.</summary>
public class UnseenStoryRound67Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private static Dossier.Core.Document Read(string text) => s_annotator.Value.Process(text, new DateOnly(2025, 10, 8));

    private static Quantity At(Dossier.Core.Document doc, string text, string figure) =>
        Assert.Single(doc.Quantities, q => q.Span.Slice(text) == figure);

    [Theory]
    [InlineData("A survey of 900 adults put the Liberal Party at 38 percent, the Farmers League at 27 percent and the Workers Alliance at 19 percent.",
        "27 percent", "Farmers League", "19 percent", "Workers Alliance")]
    [InlineData("The agency estimated the wheat crop at 4 million tonnes, barley at 2 million tonnes, and oats at 1 million tonnes.",
        "2 million tonnes", "barley", "1 million tonnes", "oats")]
    [InlineData("The Orsk poll put Mayor Tove Lind at 44 percent, Ivo Brask at 31 percent, Clara Venn at 12 percent and Per Holm at 6 percent.",
        "31 percent", "Ivo Brask", "12 percent", "Clara Venn")]
    public void EveryPartOfAReckonedList_GetsItsOwnObject(string text, string second, string secondObject, string third, string thirdObject)
    {
        var doc = Read(text);

        Assert.Equal(secondObject, At(doc, text, second).Object);
        Assert.Equal(thirdObject, At(doc, text, third).Object);
    }

    [Fact]
    public void AListAfterNoVerbOfReckoning_GetsNoReckonedObjects()
    {
        const string text = "Turnout stood at 61 percent, the lowest at 40 percent and the highest at 77 percent.";
        var doc = Read(text);

        Assert.Null(At(doc, text, "40 percent").Object);
    }

    [Theory]
    [InlineData("Its margin of error was plus or minus 3.4 percentage points.", "plus or minus 3.4 percentage points", "margin of error")]
    [InlineData("The Tellby survey has a margin of error of plus or minus 4 points.", "plus or minus 4 points", "margin of error")]
    [InlineData("The two samples carry margins of error plus or minus 2.9 percent and 5.1 percent.", "plus or minus 2.9 percent", "margins of error")]
    [InlineData("The sampling error is plus or minus 1.8 points.", "plus or minus 1.8 points", "sampling error")]
    public void AMarginEitherWay_IsTheMarginOfTheSurvey(string text, string figure, string margin)
    {
        var doc = Read(text);

        var q = At(doc, text, figure);
        Assert.Equal(QuantityQualifier.PlusOrMinus, q.Qualifier);
        Assert.Equal(margin, q.Object);
    }

    [Theory]
    [InlineData("Fishermen were paid 2.80 dollars a crate, up from 2 dollars in March, and the guild wants the rate raised to at least 4.", "at least 4", "USD")]
    [InlineData("The ferry fare rose from 12 euros to 15 this year.", "15", "EUR")]
    [InlineData("Growers got 90 crowns a sack, down from 110 crowns, and expect it to fall to about 70.", "about 70", "crowns")]
    public void ABareNumberEndingAChange_TakesTheUnitOfTheFigureItContinues(string text, string figure, string unit)
    {
        var doc = Read(text);

        var q = At(doc, text, figure);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(QuantityKind.Money, q.Kind);
    }

    [Theory]
    [InlineData("Fishermen were paid 2.80 dollars a crate, up from 2 dollars in March, and the crew rose to 14 sailors.", "14")]
    [InlineData("Tickets cost 12 euros in May, and attendance rose to 900.", "900")]
    public void ABareNumberOfAnotherThing_KeepsNoUnit(string text, string figure)
    {
        var doc = Read(text);

        Assert.Null(At(doc, text, figure).Unit);
    }

    [Fact]
    public void ATollToldAgainInTheNextSentence_RestatesTheFirstFigure()
    {
        const string text = "The death toll from the Merrow earthquake rose to 27 on Monday. Police said 27 people were now confirmed dead.";
        var doc = Read(text);

        var restates = RestatedFigures.Find(doc);
        int first = doc.Quantities.FindIndex(q => q.Span.Start == text.IndexOf("27", StringComparison.Ordinal));
        int second = doc.Quantities.FindIndex(q => q.Span.Start == text.LastIndexOf("27", StringComparison.Ordinal));
        Assert.Equal(-1, restates[first]);
        Assert.Equal(first, restates[second]);
    }

    [Theory]
    [InlineData("Rescuers freed 12 people from the rubble. Another 12 people were injured in an aftershock.")]
    [InlineData("The toll rose to 27 on Monday. The toll had stood at 27 on Friday too.")]
    [InlineData("The death toll rose to 27 on Monday. A second quake struck. Police said 27 people were confirmed dead.")]
    public void TheSameNumberOfAnotherThingOrDayOrFurtherOn_IsNoRestatement(string text)
    {
        var doc = Read(text);

        Assert.All(RestatedFigures.Find(doc), r => Assert.Equal(-1, r));
    }
}
