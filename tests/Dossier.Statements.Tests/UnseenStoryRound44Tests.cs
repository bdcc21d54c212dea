using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 44's invented dossiers (a cholera outbreak with revised counts, a food maker's profit warning,
/// a diplomatic expulsion and its reply, a prison escape and manhunt), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound44Tests
{
    [Theory]
    [InlineData("The transport agency on Monday suspended the ferry licence, saying the operator had ignored safety rules.", "transport agency")]
    [InlineData("The water board on Wednesday raised its prices, saying repairs to old pipes had to be paid for.", "water board")]
    public void ADayBetweenTheSubjectAndItsVerb_IsNoPartOfTheSpeaker(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "saying");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Null(s.Speaker?.Role);
    }

    [Fact]
    public void TheBody_IsNotADocumentItsNameDescribes()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Flights were halted at the airport on Friday after a radar fault, the transport ministry said.\n\n"
            + "The fault began shortly after 6 a.m., according to a ministry statement.\n\n"
            + "Air traffic controllers said only two of the five radar screens had been working. "
            + "The ministry disputed that account, saying four screens were in use.");

        var disputed = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "disputed");
        Assert.Equal("transport ministry", disputed.Speaker?.Name);
    }

    [Fact]
    public void LaunchingASearch_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Coastguards launched a search on Tuesday after a fishing boat went missing, the harbour office said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The three climbers, aged between 19 and 33, were found alive on Friday.")]
    [InlineData("Five teenagers aged from 14 to 17 were questioned by police.")]
    public void TheUpperEndOfAnAgeRange_IsNoCount(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) is "33" or "17");
    }

    [Fact]
    public void ANounForecastAfterItsModifier_IsNoCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The carmaker cut its annual profit forecast for the second time this year, blaming a shortage of chips.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("forecast", StringComparison.Ordinal));
    }

    [Fact]
    public void AFigureRevisedDownInAHeadline_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Quake toll revised down as officials recount victims\n\nOfficials said three people had been counted twice.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "revised");
        Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
    }

    [Fact]
    public void AParticipleOpeningTheSubjectAfterADateline_IsNoCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "OSLO, May 3 (Reuters) - Reported thefts of bicycles in the city rose to 900 last year, the police said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void ACountReportedOnADay_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Hospital admissions rose to 75 on Sunday, up from 61 reported last Thursday, the health board said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void ATrailingSourceBeforeAnotherSpeakersClause_KeepsItsReport()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Confirmed dengue cases rose to 140 on Tuesday, up from 96 reported last Saturday, the health office said, "
            + "as nurses warned that the real number was higher.");

        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.Equal("health office", said.Speaker?.Name);
        Assert.StartsWith("Confirmed dengue cases rose to 140", said.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "reported");
    }

    [Fact]
    public void AnUnansweredRequest_AfterAnApposedName_HasTheWholeRefusalAsItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Two of the four directors have called for a review of the accounts, according to people familiar with the matter. "
            + "The company's chairman, Anna Berg, did not respond to a request for comment.");

        var s = Assert.Single(doc.Statements, s => s.Act == SpeechAct.Decline);
        Assert.Equal("did not respond", s.Cue.Slice(doc.Text));
        Assert.Equal("a request for comment", s.Content.Slice(doc.Text));
        Assert.Equal("Anna Berg", s.Speaker?.Name);
    }

    [Fact]
    public void AWarningAfterATrailingSource_DoesNotRunBackOverIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "SAN TELMO, Orvia, May 3 (Reuters) - Confirmed dengue cases in Orvia's Tamsin region rose to 140 on Monday, up from 96 "
            + "reported last Thursday, the health ministry said, as aid groups warned that the true figure was probably far higher.");

        var warned = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "warned");
        Assert.Equal("the true figure was probably far higher", warned.Content.Slice(doc.Text));
    }
}
