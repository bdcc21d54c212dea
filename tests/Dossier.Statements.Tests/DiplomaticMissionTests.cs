namespace Dossier.Statements.Tests;

/// <summary>A country's embassy, consulate or mission abroad speaks for the country whose it is, not for where it sits.</summary>
public sealed class DiplomaticMissionTests
{
    [Theory]
    [InlineData("The Chilean embassy in Lima rejected the accusations.", "rejected", "Chile")]
    [InlineData("The Chilean embassy in Lima said the accusations were baseless.", "said", "Chile")]
    [InlineData("Chile's embassy in the United Kingdom said the accusations were baseless.", "said", "Chile")]
    public void AnEmbassyAbroad_SpeaksForItsOwnCountry(string text, string cue, string country)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(country, s.Speaker?.Name);
    }

    [Fact]
    public void AnEmbassyAbroad_KeepsWhereItSitsInItsRole()
    {
        var doc = SampleDocuments.FromTextWithNames("The Chilean embassy in Lima rejected the accusations.");

        var s = SampleDocuments.WithCue(doc, "rejected");
        Assert.Equal("embassy in Lima", s.Speaker?.Role);
    }

    [Fact]
    public void PeopleInAPlace_OpeningTheSentence_SpeakWithThePlaceAndTheirRole()
    {
        var doc = SampleDocuments.FromTextWithNames("Prosecutors in Lima said the accusations were baseless.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Peru", s.Speaker?.Name);
        Assert.Equal("Prosecutors", s.Speaker?.Role);
    }

    [Fact]
    public void TheEmbassyLater_IsTheEmbassyNamedBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The Chilean embassy in Lima rejected the accusations. \"These are inventions,\" the embassy said in a post on X.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Chile", s.Speaker?.Name);
        Assert.Equal("the embassy", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void TheNounOfNoEarlierSpeaker_StaysUnnamed()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The Chilean embassy in Lima rejected the accusations. \"These are inventions,\" the ministry said.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.NotEqual("Chile", s.Speaker?.Name);
    }
}
