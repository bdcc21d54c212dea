using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Round 38 (session 21): the lead's items from unseen news, each on an invented sentence of another story.</summary>
public sealed class LeadItemsRound38Tests
{
    private const string Floods = "Heavy rain has swept the southern provinces since Friday, cutting roads and power lines.\n\n";

    [Theory]
    [InlineData("Red Cross: 3,000 families without shelter after the cyclone", "International Committee of the Red Cross", "3,000 families without shelter after the cyclone")]
    [InlineData("Downing Street: no plans to raise fuel duty this year", "United Kingdom", "no plans to raise fuel duty this year")]
    public void HeadlineOfABodyAndAColon_IsThatBodysClaim(string headline, string speaker, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(headline + "\n\n" + Floods);

        var claim = SampleDocuments.WithCue(doc, ":");

        Assert.Equal(speaker, claim.Speaker?.Name);
        Assert.Equal(content, claim.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Greece: three arrested over wildfire near Athens")]
    [InlineData("Ferry disaster: divers recover two more bodies")]
    public void HeadlineOfAPlaceOrATopicAndAColon_IsNoStatement(string headline)
    {
        var doc = SampleDocuments.FromTextWithNames(headline + "\n\n" + Floods);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == ":");
    }

    [Fact]
    public void CountInAWithClauseAfterTheTrailingCue_IsTheSpeakers()
    {
        var doc = SampleDocuments.FromTextWithNames(Floods
            + "At least nine people died, the fire brigade said on Sunday, with around 30 still missing.");

        var count = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "around 30");

        Assert.True(count.Statement >= 0);
        Assert.Equal("fire brigade", doc.Statements[count.Statement].Speaker?.Name);
    }

    [Fact]
    public void ReportedInARelativeClauseWithoutThat_ReportsTheNounBefore_ForTheSentencesBody()
    {
        var doc = SampleDocuments.FromTextWithNames(Floods
            + "The health board put the total at 87 on Monday, up from the 62 confirmed cases it reported last week, a rise officials attributed to late test results.");

        var reported = SampleDocuments.WithCue(doc, "reported");

        Assert.Equal("the 62 confirmed cases", reported.Content.Slice(doc.Text));
        Assert.Equal("health board", reported.Speaker?.Name);
    }

    [Fact]
    public void ContentAfterWhatTheSpeakerDescribed_DoesNotOpenInsideTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(Floods
            + "Water was cut for six hours on Tuesday, affecting what the utility described as \"a small number\" of homes.");

        var described = SampleDocuments.WithCue(doc, "described");

        Assert.DoesNotContain("utility", described.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SignalScope, an outage tracker, logged more than 5,000 user reports, the operator said in a statement.", "SignalScope, an outage tracker, logged more than 5,000 user reports")]
    [InlineData("FloodLine, a volunteer hotline, received more than 2,000 calls, the council said in a statement.", "FloodLine, a volunteer hotline, received more than 2,000 calls")]
    public void ContentBeforeATrailingSource_KeepsItsCount(string sentence, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(Floods + sentence);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Fact]
    public void NounOfTheSubjectInTheTaggersCue_IsTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(Floods + "The opposition questioned the overtime figures released by the hospital.");

        var questioned = SampleDocuments.WithCue(doc, "questioned");

        Assert.Equal("questioned", questioned.Cue.Slice(doc.Text));
        Assert.Equal("The opposition", questioned.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void ParticipleOfAThingWithOnlyATimeAfterIt_SaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames(Floods + "Fishermen criticised the quota cut announced last week.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "announced");
        Assert.Equal("Fishermen", SampleDocuments.WithCue(doc, "criticised").Speaker?.Name);
    }

    [Fact]
    public void QuantifierAfterThough_IsTheSubjectOfItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames(Floods + "Residents welcomed the new bus route, though some doubted the timetable.");

        Assert.Equal("some", SampleDocuments.WithCue(doc, "doubted").Speaker?.Name);
    }
}
