using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Items earlier rounds left, each on an invented sentence: who speaks, through whom, what is said and what is
/// counted.</summary>
public sealed class LeftItemsRound17Tests
{
    [Fact]
    public void AnEstimateClosingTheSentence_IsTheSourcesStatement_AndALaterItIsTheSameSource()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Sea levels could rise by 40 centimetres by 2100 in the worst case, the report estimated. The sea will keep rising for centuries, it said.");

        var s = SampleDocuments.WithCue(doc, "estimated");
        Assert.Equal("report", s.Speaker?.Name);
        Assert.StartsWith("Sea levels could rise", s.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.Equal("report", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void ADocumentThatIsTheSubjects_SpeaksForTheSubject()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The central bank expects inflation to fall to 3% next year, according to its updated projections.");

        var s = SampleDocuments.WithCue(doc, "according to");
        Assert.Equal("central bank", s.Speaker?.Name);
        Assert.Equal("its updated projections", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The man was carrying $100 bills in a plastic bag.", "$100")]
    [InlineData("She handed the driver a $20 note and left.", "$20")]
    public void TheFaceValueOfANote_IsNoAmountOfMoney(string text, string amount)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text).Contains(amount, StringComparison.Ordinal));
    }

    [Fact]
    public void ALawWorthTrillions_StaysMoney()
    {
        var doc = SampleDocuments.FromText("The Senate passed a $2 trillion bill on Friday.");

        Assert.Contains(doc.Quantities, q => q.Kind == QuantityKind.Money && q.Object == "bill");
    }

    [Theory]
    [InlineData("Western officials said the talks had stalled.", "Western officials")]
    [InlineData("Ukrainian officials said the talks had stalled.", "Ukraine")]
    public void AGroupWordNoCountryStandsBehind_IsNoSpeakerByItself(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void WhomAWarningWentTo_IsNoPartOfWhatItSaid()
    {
        var doc = SampleDocuments.FromTextWithNames("Inspectors warned the minister's office about the risks of the deal.");

        Assert.Equal("the risks of the deal", SampleDocuments.WithCue(doc, "warned").Content.Slice(doc.Text));
    }

    [Fact]
    public void AVideoPostedOnline_IsHowTheWordsCameOut()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "In a video posted online last week, the rebel commander said the prisoners were safe.");

        // Round 66: no outlet is named, so nothing relays it; the video is the statement's medium.
        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Empty(s.Relays);
        Assert.Equal("video", s.Medium);
    }

    [Fact]
    public void CriticismAnEventRevived_WithNoCriticNamed_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Inspectors warned the minister about the risks of the deal.\n\nThe flood has revived criticism of the mayor's plan.");

        Assert.DoesNotContain(doc.Statements, s => s.Content.Slice(doc.Text).Contains("mayor's plan", StringComparison.Ordinal));
    }
}
