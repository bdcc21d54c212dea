namespace Dossier.Statements.Tests;

/// <summary>Round 59 (session 28): the lead's items on invented news — "found" as a deed of searching, a second verb after
/// an aside that shares the subject, a trailing report's content that lost its subject after the first sentence, a sum
/// before a relative clause, and "it" set at a second figure.</summary>
public sealed class Round59Tests
{
    [Theory]
    [InlineData("Police divers found two more bodies in the lake on Tuesday.")]
    [InlineData("Search teams in Morla found six more survivors on Sunday as the rain eased.")]
    [InlineData("Swine fever found at third pig farm in Orsk; 60,000 pigs to be slaughtered\n\nVeterinary officials said on Thursday the disease had spread again.")]
    [InlineData("Bird flu found on second turkey farm in Lenn; 30,000 birds to be culled\n\nVeterinary officials said on Thursday the disease had spread again.")]
    public void FindingAThingCountedOrAHeadlinesFound_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("An audit found the agency had lost track of 40 laptops.", "the agency had lost track of 40 laptops")]
    [InlineData("The review found no evidence of fraud in the tender.", "no evidence of fraud in the tender")]
    public void AFinding_StaysAStatement(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "found").Content.Slice(doc.Text));
    }

    [Fact]
    public void ASecondVerbAfterAnAsideAndAComma_SharesTheSubject_AndSpeaksAfterItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames("Veterinary services in Tarsk confirmed on Friday a fourth outbreak of bird flu in a month, at a hatchery close to the city of Velo, and ordered the culling of nearly 90,000 ducks.");

        var ordered = SampleDocuments.WithCue(doc, "ordered");
        Assert.Equal("the culling of nearly 90,000 ducks", ordered.Content.Slice(doc.Text));
        Assert.Equal("Veterinary services in Tarsk", ordered.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The storm hit the coast overnight.\n\nIn 2019, an earlier flood four miles from Brenn destroyed a bridge, the Herald reported at the time.", "an earlier flood four miles from Brenn destroyed a bridge")]
    [InlineData("The storm hit the coast overnight.\n\nLast year, a smaller blaze near Osk gutted a barn, the Gazette reported at the time.", "a smaller blaze near Osk gutted a barn")]
    public void ATrailingReportAfterTheFirstSentence_KeepsItsSubject(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "reported").Content.Slice(doc.Text));
    }

    [Fact]
    public void ASumBeforeARelativeClause_CountsNotItsSubject()
    {
        var doc = SampleDocuments.FromTextWithNames("The settlement was far below the 45 million dollars many creditors had hoped for.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "45 million dollars");
        Assert.Null(q.Object);
    }

    [Fact]
    public void ItSetAtASecondFigure_MeasuresWhatTheFirstMeasured()
    {
        var doc = SampleDocuments.FromTextWithNames("Police estimated the rally at 3,000, while the organisers put it at more than 10,000.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "more than 10,000");
        Assert.Equal("rally", q.Object);
    }
}
