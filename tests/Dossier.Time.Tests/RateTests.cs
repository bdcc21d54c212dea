using Dossier.Core.Time;

namespace Dossier.Time.Tests;

/// <summary>"a day" / "a year" after a counted thing is a rate (a TIMEX3 set); after a verb or a preposition it is a length.</summary>
public sealed class RateTests
{
    [Theory]
    [InlineData("We are doing dozens if not hundreds of interviews a day, a spokesman said.", "a day", "P1D")]
    [InlineData("There are over fifty thousand CDs a year sold with such lyrics.", "a year", "P1Y")]
    [InlineData("The airline now runs four flights a week to the island.", "a week", "P1W")]
    [InlineData("The pipeline carries 2 million barrels a day.", "a day", "P1D")]
    public void CountedThingPerUnit_IsASet(string sentence, string expression, string value)
    {
        var t = TestDocuments.Find(TestDocuments.Annotated(sentence, new DateOnly(2023, 5, 10)), expression);
        Assert.Equal(TimeType.Set, t.Type);
        Assert.Equal(value, t.ValueText);
    }

    [Theory]
    [InlineData("The review takes a year to complete.", "a year")]
    [InlineData("The father and his son lived for a month on a private estate.", "a month")]
    [InlineData("He offered the troops a week to withdraw.", "a week")]
    public void LengthAfterAVerbOrPreposition_StaysADuration(string sentence, string expression)
    {
        var t = TestDocuments.Find(TestDocuments.Annotated(sentence, new DateOnly(2023, 5, 10)), expression);
        Assert.Equal(TimeType.Duration, t.Type);
    }

    [Theory]
    [InlineData("Caddell told Breitbart News Daily host Alex Marlow on Thursday that the race was close.", "Daily")]
    [InlineData("The Daily Mail said the talks had failed.", "Daily")]
    [InlineData("The novel was reviewed in Publishers Weekly last spring.", "Weekly")]
    [InlineData("USA TODAY's super PAC tally leaves out the non-profit groups.", "TODAY")]
    [InlineData("A Russia Today report aired the claim on Friday.", "Today")]
    public void TimeWordInATitle_IsNoTime(string sentence, string word)
    {
        var doc = TestDocuments.Annotated(sentence, new DateOnly(2023, 5, 10));
        Assert.DoesNotContain(doc.Times, t => doc.Text.AsSpan(t.Span.Start, t.Span.Length).SequenceEqual(word));
    }

    [Theory]
    [InlineData("Prices are set daily by the ministry.", "daily")]
    [InlineData("Daily, the ferry crosses twice.", "Daily")]
    public void RecurrenceWordInRunningText_IsASet(string sentence, string expression)
    {
        var t = TestDocuments.Find(TestDocuments.Annotated(sentence, new DateOnly(2023, 5, 10)), expression);
        Assert.Equal(TimeType.Set, t.Type);
        Assert.Equal("P1D", t.ValueText);
    }
}
