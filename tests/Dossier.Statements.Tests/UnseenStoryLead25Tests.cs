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

    [Theory]
    [InlineData("Forty-one people have died, the agency said on Friday, far more than the \"dozen\" it reported last week.", "Forty-one people have died")]
    [InlineData("Records of 9,000 patients may have been copied in the breach, the hospital said on Friday, far more than the \"handful\" it reported last week.",
        "Records of 9,000 patients may have been copied in the breach")]
    public void AComparisonAfterTheSourcesDay_IsTheWriters_AndItsRelativeClauseSaysNothing(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }
}
