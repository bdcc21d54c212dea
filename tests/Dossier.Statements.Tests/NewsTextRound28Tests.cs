using Dossier.Statements.Attribution;

namespace Dossier.Statements.Tests;

/// <summary>Product bugs on news text from round 28 (session 17), each on an invented story.</summary>
public sealed class NewsTextRound28Tests
{
    [Fact]
    public void QuotationTwoParagraphsAfterACue_IsNotThatCuesContent()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Union leaders met the mine owners on Tuesday.\n\n"
            + "\"The mine has not failed the town,\" she scoffs. \"The town has failed the mine.\"\n\n"
            + "\"Nobody in this room has ever worked a shift underground.\"\n\n"
            + "The mine owners published their figures after the report was released. \"Output fell by a third.\"");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "scoffs" && s.Content.Slice(doc.Text).Contains("Output", StringComparison.Ordinal));
    }

    [Fact]
    public void NextParagraphsQuotation_ContinuesTheSpeechNotTheTailCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The pit was closed on Friday.\n\n"
            + "\"The shaft is flooding,\" the union leader said, referring to the north seam.\n\n"
            + "\"It will take months to pump it dry.\"");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).Contains("pump it dry", StringComparison.Ordinal));
        Assert.Equal("union leader", s.Speaker?.Name);
        Assert.NotEqual("referring to", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void QuotationAfterTheSpeakersAgeAndWhoseClause_ContinuesTheSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The reservoir was drained on Monday.\n\n"
            + "\"We will not be blamed for a dam we never built,\" the water board's chairman said.\n\n"
            + "\"The water was brown for a week,\" said Tomas Berg, 67, whose farm lies below the dam. \"Nobody came.\"");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text) == "\"Nobody came.\"");
        Assert.Equal("Tomas Berg", s.Speaker?.Name);
        Assert.Equal("Nobody came.", s.Quote);
        Assert.All(doc.Statements, s => Assert.DoesNotContain("whose", s.Quote ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(", 67, whose farm lies below the dam. ", true)]
    [InlineData(", who runs the village shop. ", true)]
    [InlineData(", 67. ", true)]
    [InlineData(", 67, whose farm lies below the dam, and then he walked away. ", false)]
    public void AgeAndRelativeClauseAfterTheSpeaker_AreAShortTail(string gap, bool expected) =>
        Assert.Equal(expected, StatementAssembler.ShortTail(gap));

    [Fact]
    public void ObjectBeforeTheSpeakersParticiple_IsTheWholeContent()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Transport Secretary Lena Ortiz rejected that, saying every ferry had passed its safety checks.");

        Assert.Equal("that", SampleDocuments.WithCue(doc, "rejected").Content.Slice(doc.Text));
        Assert.Equal("every ferry had passed its safety checks", SampleDocuments.WithCue(doc, "saying").Content.Slice(doc.Text));
    }

    [Fact]
    public void QuotationNotInTheContent_IsNotItsQuote()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The fishing quota row went on into the winter.\n\n"
            + "\"The market has not failed the fishermen,\" she mocks. \"The fishermen have failed the market.\"\n\n"
            + "\"Every boat in this harbour has cut its catch, and the big trawlers have not,\" said a local skipper.\n\n"
            + "The union wrote to the minister after the quota report was released. \"We have been patient for too long.\"\n\n"
            + "\"The council ignored us,\" the skipper said in an interview.");

        Assert.All(doc.Statements, s =>
        {
            if (s.Quote is { } quote)
            {
                Assert.Contains(quote.TrimEnd(',', '.'), s.Content.Slice(doc.Text), StringComparison.Ordinal);
            }
        });
    }

    [Theory]
    [InlineData("Rotterdam-based Nordhaven Shipping denied any link to the oil slick.", "Nordhaven Shipping")]
    [InlineData("The Lagos-headquartered Sahel Freight Group denied any link to the oil slick.", "Sahel Freight Group")]
    public void SeatOfAFirm_IsNotItsRole(string sentence, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(sentence);

        var s = SampleDocuments.WithCue(doc, "denied");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.DoesNotContain("-", s.Speaker?.Role ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AsideInsideAContent_SpeaksForTheBodyOfTheSentenceBefore()
    {
        // PolNeAR keeps an aside cue inside the content it splits; the speaker of "it" is the body that spoke just before.
        var doc = SampleDocuments.FromTextWithNames(
            "The fire service said the blaze started in a kitchen. The final count was 14 homes lost, it said, with 60 people moved out.");

        var s = SampleDocuments.WithCue(doc, "said", "14 homes");
        Assert.Equal("fire service", s.Speaker?.Name);
        Assert.Null(s.Quote);
    }
}
