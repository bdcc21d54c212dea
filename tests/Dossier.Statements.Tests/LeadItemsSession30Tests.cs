using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>The lead's session-30 items from an invented dossier (a crowd crush at a festival), each on other invented text.</summary>
public sealed class LeadItemsSession30Tests
{
    [Theory]
    [InlineData("\"These claims are false. Every gate was checked,\" the company's director, Mira Hollen, said in an interview with the broadcaster KTV.")]
    [InlineData("\"That is simply not true,\" the company's director, Mira Hollen, told the Lanford Post.")]
    [InlineData("\"The allegations are baseless,\" Mira Hollen said on Tuesday.")]
    public void AQuotationThatCallsWhatWasSaidFalse_IsADenial(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(SpeechAct.Deny, s.Act);
    }

    [Theory]
    [InlineData("\"This is wrong and we will fight it,\" Mira Hollen said of the new tax.")]
    [InlineData("\"The report is detailed and we welcome it,\" Mira Hollen said.")]
    public void AVerdictOnADeedOrAPraise_IsNoDenial(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.NotEqual(SpeechAct.Deny, s.Act);
    }
}

/// <summary>A content that the tagger opened on its own speaker, after a sentence of someone else's speech.</summary>
public sealed class LeadItemsSession30ContentTests
{
    [Fact]
    public void AContentOpeningOnItsOwnSpeaker_StartsAfterTheCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The ministry said 40 people were hurt. The race's organiser, Calder Sports Group, said in a statement on Sunday that it was shocked.");

        var s = Assert.Single(doc.Statements, x => x.Speaker?.Name == "Calder Sports Group");
        Assert.Equal("it was shocked", s.Content.Slice(doc.Text));
    }
}

/// <summary>A comparison with what someone said is no statement of theirs.</summary>
public sealed class LeadItemsSession30ComparisonTests
{
    [Fact]
    public void ACueAfterThanAndItsSubject_IsNoStatement_AndTheOuterContentKeepsIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Many more people had been admitted than the club claimed, a steward said.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("steward", s.Speaker?.Name);
        Assert.Equal("Many more people had been admitted than the club claimed", s.Content.Slice(doc.Text));
    }
}

/// <summary>A toll's figure when the toll's event is dated and placed before the verb.</summary>
public sealed class LeadItemsSession30TollTests
{
    [Fact]
    public void ATollRisenTo_AfterADatedAndPlacedEvent_CountsTheToll()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The death toll from Friday's landslide near the Orven mine in Kastel province has risen to 23, the regional government said.");

        var q = Assert.Single(doc.Quantities, x => x.Value == 23);
        Assert.Equal("death toll", q.Object);
    }
}

/// <summary>The legal ground of an arrest is no hedge.</summary>
public sealed class LeadItemsSession30ArrestTests
{
    [Fact]
    public void ArrestedOnSuspicionOf_LeavesTheReportCertain()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Police said they had detained a 52-year-old man in the port of Ravik on Tuesday on suspicion of smuggling fuel.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Certainty.Certain, s.Certainty);
    }
}

/// <summary>A deed of thanks joined on after what was said.</summary>
public sealed class LeadItemsSession30ThanksTests
{
    [Fact]
    public void AndThankedThem_EndsTheContent()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Inspector Hanna Rusk said the two hikers were \"no longer missing\" and thanked the volunteers for their help.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("the two hikers were \"no longer missing\"", s.Content.Slice(doc.Text));
    }
}
