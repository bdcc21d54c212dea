using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Statements and quantities from the lead's session-23 dossiers (a pension protest told by three outlets, …), each on
/// an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead23Tests
{
    [Theory]
    [InlineData("Dockers in Rotterdam have threatened to stop work if the port presses ahead with automation.", "Dockers in Rotterdam")]
    [InlineData("Local growers in Andalusia warned that the drought would cut the olive harvest.", "Local growers in Andalusia")]
    [InlineData("Many residents of Hull said they had not been warned about the flooding.", "Many residents of Hull")]
    public void APluralInAPlace_IsTheSpeaker_NotThePlace(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Fact]
    public void AHeadlinesTopicBeforeItsColon_IsNoSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("Tbilisi protest: students threaten hunger strike as police deny beatings");

        var s = SampleDocuments.WithCue(doc, "threaten");
        Assert.Equal("students", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("The drivers' union on Monday called a 24-hour strike for June 3.")]
    [InlineData("The prime minister called a snap election for May.")]
    [InlineData("Organisers called off the march after the police warning.")]
    public void CallingAnEventOrCallingItOff_IsADeed(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("The minister called the strike a betrayal of passengers.")]
    [InlineData("The drivers' union called for a strike on Monday.")]
    public void CallingSomethingSomethingOrCallingForIt_IsStillSpeech(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Single(doc.Statements);
    }

    [Theory]
    [InlineData("Turnout was the highest since the 1992 miners' protests, the ministry said.", "1992")]
    [InlineData("Police said the crowd was bigger than at the 2003 anti-war demonstrations.", "2003")]
    public void AYearAfterTheBeforeTheEventsItDates_IsNoCount(string text, string year)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains(year, StringComparison.Ordinal));
    }

    [Fact]
    public void AYearShapedNumberBeforeAnIrregularPlural_StillCounts()
    {
        var doc = SampleDocuments.FromText("The rally drew 2000 people to the square, organisers said.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(2000, q.Value);
    }

    [Theory]
    [InlineData("The talks will be held on March 9 and 10 in Geneva.", "10")]
    [InlineData("The festival runs on July 4, 5 or 6 depending on the weather.", "6")]
    public void ASecondDayAfterAMonthsDay_IsNoCount(string text, string day)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) == day);
    }

    [Fact]
    public void OneFormOrAnother_CountsNothing()
    {
        var doc = SampleDocuments.FromText("The tax will return in one form or another, the treasurer said.");

        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void FromOneValueToAnother_IsAChange_NotARange()
    {
        var doc = SampleDocuments.FromText("The council raised the speed limit from 30 to 40 on the bypass.");

        Assert.DoesNotContain(doc.Quantities, q => q.Qualifier == QuantityQualifier.Range);
        Assert.Contains(doc.Quantities, q => q.Value == 30);
        Assert.Contains(doc.Quantities, q => q.Value == 40);
    }

    [Fact]
    public void AnywhereFromOneValueToAnother_StaysARange()
    {
        var doc = SampleDocuments.FromText("The repairs could take anywhere from 10 to 14 weeks, engineers said.");

        Assert.Contains(doc.Quantities, q => q.Qualifier == QuantityQualifier.Range && q.Value == 10 && q.High == 14);
    }

    [Fact]
    public void AsManyAsAfterAnAsideSpeakersCue_OpensWhatWasSaid()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The growers' cooperative backed the ban. Its director, Ruth Amsel, said as many as 300 farms had closed since 2021.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.StartsWith("as many as 300 farms", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rebels and army agree to talks on ceasefire")]
    [InlineData("The two clubs agreed to a new meeting in May.")]
    public void AgreeingToTalksOrAMeeting_IsADeed(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("Ottawa imposed the 10% duties on Chinese cars in October.", "duties")]
    [InlineData("Brazil slaps 40% tariffs on imported tyres", "tariffs")]
    public void AShareRightBeforeALevysPlural_SizesThatLevy(string text, string levy)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Kind == QuantityKind.Percent);
        Assert.Equal(levy, q.Object);
    }

    [Fact]
    public void APhraseAfterTheCueEndingOnAPastVerb_IsNoSpeakerAfterItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "A nurse who worked the night shift, and who asked not to be named, said the pumps failed at midnight.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name?.Contains("failed", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("An engineer who asked not to be named said the dam had cracked.", "engineer")]
    [InlineData("A diplomat who declined to be identified told reporters the talks had stalled.", "diplomat")]
    public void TheAnonymousSourcesFormula_LeavesTheNounBeforeWhoAsSpeaker(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Fact]
    public void ASpeakerlessPassiveInASinceClause_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("Ticket sales have doubled since the tour was first announced.");

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void AComparedCueWhoseContentIsTheNextSource_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Hackers who entered the clinic's network stole the files of nearly 9,000 patients, twice as many as the clinic first disclosed, the regulator said on Friday.");

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("the regulator", StringComparison.Ordinal));
        Assert.Equal("regulator", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void BreachingANetwork_IsADeed()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Attackers who breached the hospital's network stole scans of 8,000 patients, the police said.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("breached", StringComparison.Ordinal));
    }

    [Fact]
    public void AKnownOutletsWordAfterAnotherCapitalisedWord_EndsAnotherOutletsName()
    {
        var doc = SampleDocuments.FromTextWithNames("A source told The Lagos Times that the deal was off.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Lagos Times", Assert.Single(s.Relays).Name);
    }

    [Fact]
    public void ASemicolonBeforeAnotherSpeakersAttribution_ClosesTheFirstContent()
    {
        var doc = SampleDocuments.FromTextWithNames("Police estimated the march at 3,000; unions said more than 15,000 had joined.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Empty(s.Relays);
        Assert.DoesNotContain(doc.Statements, o => o.Content.Slice(doc.Text).Contains("passengers said", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The central bank governor, in an interview with Nikkei, said rates would stay high.", "central bank governor", "Nikkei")]
    [InlineData("Norway's fisheries minister, in an interview with the Oslo Tribune, urged the EU to reopen talks.", "Oslo Tribune")]
    public void AnInterviewAsideBetweenSpeakerAndCue_RelaysTheWords(string text, string speakerOrRelay, string? relay = null)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Contains(s.Relays, r => r.Name == (relay ?? speakerOrRelay));
        if (relay is not null)
        {
            Assert.Equal(speakerOrRelay, s.Speaker?.Name);
        }
        Assert.DoesNotContain("interview", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }
}
