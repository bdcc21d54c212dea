using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 31's unseen dossiers (a copper-mine collapse told by three reports, a central bank's rate
/// decision and its leak, a football club's takeover, a wildfire evacuation with a dispute over the cause), each on an
/// invented sentence of another story.</summary>
public sealed class UnseenStoryRound31Tests
{
    [Theory]
    [InlineData("The harbour master told the Bergen Tribune that the quay was unsafe.", "Bergen Tribune")]
    [InlineData("Two dock workers told the Harbour Gazette the cranes had failed twice.", "Harbour Gazette")]
    [InlineData("The ferry's owner told Nordic Sports News that the crossing would resume.", "Nordic Sports News")]
    [InlineData("The captain told KOMO that the ferry had turned back.", "KOMO")]
    [InlineData("The port director told WKBN 27 that no ships would sail.", "WKBN")]
    public void APaperOrStationTheLexiconDoesNotList_IsTheRelay(string text, string outlet)
    {
        var doc = SampleDocuments.FromText(text);

        var s = SampleDocuments.WithCue(doc, "told");
        var relay = Assert.Single(s.Relays);
        Assert.Equal(outlet, relay.Name);
        Assert.Equal("press", relay.Medium);
    }

    [Theory]
    [InlineData("The harbour master told the Port Authority that the quay was unsafe.")]
    [InlineData("The captain told Lena Berg that the ferry had turned back.")]
    public void AHearerWhoIsNoPaper_IsNoRelay(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Empty(SampleDocuments.WithCue(doc, "told").Relays);
    }

    [Theory]
    [InlineData("The coastguard said the death toll could be as high as 40.", "as high as 40", 40)]
    [InlineData("The slick could be as large as 300 hectares, the agency said.", "as large as 300 hectares", 300)]
    public void AsHighAs_IsAnUpperBound(string text, string number, double high)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(QuantityQualifier.UpTo, q.Qualifier);
        Assert.Equal(high, q.High);
    }

    [Fact]
    public void NowBeforeTheCue_IsNoSpeaker()
    {
        var doc = SampleDocuments.FromText("The port said it now expects traffic to fall by a fifth next year.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name == "now");
        Assert.Equal("port", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Fact]
    public void AContentEndingOnACommaAndAnArticle_EndsBeforeTheComma()
    {
        var doc = SampleDocuments.FromText(
            "The merger values the line at about 2 billion euros, the Financial Times reported, citing people familiar with the talks.");

        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.Equal("The merger values the line at about 2 billion euros", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The operator said 300 passengers had been aboard, but a port official, Lars Holt, said the true number was higher.")]
    [InlineData("The operator said 300 passengers had been aboard, while a port official, Lars Holt, said the true number was higher.")]
    public void ADescriptionAndNameAfterAConjunction_SpeakForThemselves(string text)
    {
        var doc = SampleDocuments.FromText(text);

        var first = SampleDocuments.WithCue(doc, "said", "300 passengers");
        Assert.Equal("300 passengers had been aboard", first.Content.Slice(doc.Text));
        var second = SampleDocuments.WithCue(doc, "said", "true number");
        Assert.Equal("Lars Holt", second.Speaker?.Name);
        Assert.Equal("port official", second.Speaker?.Role);
        Assert.Empty(second.Relays);
    }

    [Theory]
    [InlineData("The cause of the blaze was a faulty heater, according to the operator, Nordline Shipping AB.", "Nordline Shipping AB", "The cause")]
    [InlineData("According to the insurer, Halvard Mutual, the claim was paid in May.", "Halvard Mutual", "the claim")]
    public void AccordingToADescriptionAndItsName_TheNameSpeaks(string text, string speaker, string content)
    {
        var doc = SampleDocuments.FromText(text);

        var s = SampleDocuments.WithCue(doc, "ccording to");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.StartsWith(content, s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void AccordingToADescriptionBeforeASentence_KeepsTheDescription()
    {
        var doc = SampleDocuments.FromText("According to the ministry, North Korea fired two missiles.");

        var s = SampleDocuments.WithCue(doc, "According to");
        Assert.Equal("ministry", s.Speaker?.Name);
        Assert.Equal("North Korea fired two missiles", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void TwoWordsOfAPortfolioBeforeATitle_AreOneTitle()
    {
        var doc = SampleDocuments.FromTextWithNames("Trade and Industry Minister Kofi Mensah told reporters the port would reopen on Friday.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Kofi Mensah", s.Speaker?.Name);
        Assert.Equal("Trade and Industry Minister", s.Speaker?.Role);
        Assert.Null(s.Speaker?.With);
    }

    [Fact]
    public void ANamedPartBeforeATitledName_StillSpeaksWithIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Kenya and Foreign Minister Kofi Mensah said the talks would resume.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Kofi Mensah", Assert.Single(s.Speaker?.With ?? []).Name);
    }

    [Fact]
    public void APluralBeforeThat_IsTheVerb_NotPartOfWhatIsCounted()
    {
        var doc = SampleDocuments.FromText("A lawsuit filed by two residents claims that the utility ignored warnings.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal("residents", q.Object);
    }

    [Fact]
    public void AStationsChannelNumber_CountsNothing()
    {
        var doc = SampleDocuments.FromText("The mayor told KOMO 4 on Monday that 300 homes were empty.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(300, q.Value);
    }
}
