namespace Dossier.Statements.Tests;

/// <summary>Statements and quantities from the lead's session-25 dossiers (a copper mine's collapse and rescue, its inquiry),
/// each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead25Tests
{
    [Theory]
    [InlineData("The dockers' union, Portal, said it had warned the port in May that the cranes were unsafe.", "Portal", "it had warned the port in May that the cranes were unsafe")]
    [InlineData("The pilots' union, Avelin, said it had raised the issue with the airline twice.", "Avelin", "it had raised the issue with the airline twice")]
    public void ALoneNameBetweenCommasAfterItsDescription_Speaks(string text, string speaker, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The pilots accused the airline of ignoring repeated complaints about fatigue.")]
    [InlineData("Residents blamed the council for missing repeated warnings about the river wall.")]
    public void AParticipleBeforeItsNoun_IsNoCue(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "repeated");
    }

    [Fact]
    public void ANounCueBeforeItsInfinitive_InAHeadline_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames("Ferry inquiry to report by September, minister says");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("says", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void AFigureAClauseLaterRoseFrom_IsACountOfTheSameThing()
    {
        var doc = SampleDocuments.FromTextWithNames("Eleven climbers died on the mountain, up from four.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "four");
        Assert.Equal(4, q.Value);
        Assert.Equal("climbers", q.Object);
    }
}
