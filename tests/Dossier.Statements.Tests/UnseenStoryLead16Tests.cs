using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Statements and numbers from the lead's session-16 dossiers (a city's water rationing told by three reports, …),
/// each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead16Tests
{
    [Fact]
    public void APublicationLineBeforeTheLede_IsNoPartOfItsSource()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Peru's capital rations water for first time in 40 years\n\nPublished 12 April 2024\n\n"
            + "Officials in Bergen have defended a strict rationing scheme that leaves neighbourhoods without running water for a full day at a time, after complaints from businesses.");

        var s = Assert.Single(doc.Statements);
        string source = s.Speaker?.Span?.Slice(doc.Text) ?? "";
        Assert.Contains("Bergen", source);
        Assert.DoesNotContain("2024", source);
        Assert.DoesNotContain('\n', source);
    }

    [Theory]
    [InlineData("Glaciologist Ines Berg of the University of Bergen said the ice was thinning fast.", "Ines Berg", "Glaciologist")]
    [InlineData("Statistician Omar Haddad said the figures were incomplete.", "Omar Haddad", "Statistician")]
    [InlineData("\"The queues started at dawn,\" said local farmer Pia Lund.", "Pia Lund", "local farmer")]
    public void AProfessionBeforeAName_IsTheSpeakersRole(string text, string name, string role)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(name, s.Speaker?.Name);
        Assert.Equal(role, s.Speaker?.Role);
    }

    [Fact]
    public void AWritersAsideInARelativeClause_IsNotRelayedByTheFirstSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Lund said the bridge would stay shut until the cables are replaced, which engineers say could take until spring.");

        var engineers = SampleDocuments.WithCue(doc, "say");
        Assert.Equal("could take until spring", engineers.Content.Slice(doc.Text));
        Assert.Empty(engineers.Relays);
        var first = SampleDocuments.WithCue(doc, "said");
        Assert.DoesNotContain("engineers", first.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("\"We were never warned,\" the former harbour master told El Mundo.", "El Mundo")]
    [InlineData("The minister told Die Zeit that talks would resume in May.", "Die Zeit")]
    public void APublicationTitledWithAForeignArticle_IsARelay(string text, string outlet)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        var relay = Assert.Single(s.Relays);
        Assert.Equal(outlet, relay.Name);
    }

    [Fact]
    public void TheSecondHalfOfAPeriod_IsNoShare()
    {
        var doc = SampleDocuments.FromText("Prices are unlikely to fall before the second half of the decade, the bank said.");

        Assert.DoesNotContain(doc.Quantities, q => q.Kind == QuantityKind.Percent);
    }

    [Fact]
    public void AShareOfAnOwnersThing_CountsWhatIsOwned()
    {
        var doc = SampleDocuments.FromText("The dam supplies about 40% of the region's electricity.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal("the region's electricity", q.Object);
    }
    [Fact]
    public void AQuotationBeforeItsCue_KeepsOnlyItsOwnTextWhenTheNextIsAStatementOfItsOwn()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Ferry operators count the cost of the strike\n\n"
            + "The ferry company said it was working to restore sailings. Its operations director, Lene Holm, told NRK that the firm had cancelled more than 200 crossings since Monday.\n\n"
            + "The hauliers' association NLF said members had lost an estimated $3 million in the first week. \"Some of our drivers have stayed home rather than wait at the port,\" its chairman Ole Dahl said. \"They cannot keep doing that.\"\n\n"
            + "Officials have not said when the strike will end.");

        var first = Assert.Single(doc.Statements, s => s.Quote?.StartsWith("Some of our drivers", StringComparison.Ordinal) == true);
        Assert.Equal("Some of our drivers have stayed home rather than wait at the port,", first.Quote);
        var second = Assert.Single(doc.Statements, s => s.Quote == "They cannot keep doing that.");
        Assert.Equal("Ole Dahl", second.Speaker?.Name);
    }
    [Fact]
    public void ASubjectsSecondVerbAfterACommaAndAnd_SpeaksForIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The strike ends at midnight. The union has not ruled out further action, and said it would give a week's notice of any new walkout.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("union", s.Speaker?.Name);
        Assert.Equal("it would give a week's notice of any new walkout", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Norway's flag carrier said on Friday it would cancel half of its flights.", "Norway's flag carrier")]
    [InlineData("France's largest retailer said it would close 40 stores.", "France's largest retailer")]
    public void ACountrysFirm_SpeaksForItselfNotTheState(string text, string name)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(name, s.Speaker?.Name);
    }

    [Fact]
    public void AReportAnsweredInAContrastingClause_EndsAtTheComma()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Officials urged calm. It was reported by Aftenposten that the government would appoint a mediator, though the ministry declined to comment.");

        var s = SampleDocuments.WithCue(doc, "reported");
        Assert.Equal("the government would appoint a mediator", s.Content.Slice(doc.Text));
        Assert.Contains(doc.Statements, d => d.Act == SpeechAct.Decline && d.Speaker?.Name == "ministry");
    }
    [Fact]
    public void ItAfterASentenceAboutABody_IsThatBody()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The airline had argued that the regulator overstated the risk. The court disagreed. In its ruling, it said the regulator had used \"the best evidence available\".");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("court", s.Speaker?.Name);
    }

    [Fact]
    public void APersonRepresentingAGroupOfSome_SpeaksAndIsTheNextShe()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The minister, Tom Berg, said the fund was safe. An adviser representing a group of 30 pension funds said her clients would sue. \"We have no choice,\" she said.");

        var adviser = SampleDocuments.WithCue(doc, "said", "her clients");
        Assert.StartsWith("adviser", adviser.Speaker?.Name);
        var quote = Assert.Single(doc.Statements, s => s.Quote?.StartsWith("We have no choice", StringComparison.Ordinal) == true);
        Assert.Equal(adviser.Speaker?.Name, quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("\"This verdict removes any doubt,\" the lawyer said.")]
    [InlineData("\"There is no doubt the plan will work,\" the mayor said.")]
    public void ADoubtRuledOut_IsNoHedge(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Certainty.Certain, s.Certainty);
    }
    [Fact]
    public void AContentRunOverItsOwnParticipleCue_HoldsWhatTheParticipleGoverns()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Court fines Nordkap over cartel\n\nLUXEMBOURG, March 3 (AP) — The European Union's General Court on Monday upheld a €1.4 billion fine against paper maker Nordkap for fixing the price of packaging board between 2012 and 2017, rejecting the company's argument that the European Commission had miscalculated its turnover.");

        var s = SampleDocuments.WithCue(doc, "rejecting");
        Assert.Equal("the company's argument that the European Commission had miscalculated its turnover", s.Content.Slice(doc.Text));
    }
    [Fact]
    public void APublicationLinesReadingTime_IsNoQuantity()
    {
        const string text = "Storm floods coastal town\n\nMarch 9, 2023 | 4 min read\n\nAbout 200 homes were flooded overnight.";
        var doc = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        int line = text.IndexOf("March", StringComparison.Ordinal);
        doc.Metadata.PublishedSpan = new TextSpan(line, text.IndexOf('\n', line));
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        new StatementStage().Process(doc, default);
        new QuantityStage().Process(doc, default);

        var q = Assert.Single(doc.Quantities);
        Assert.Equal("About 200", q.Span.Slice(doc.Text));
    }
    [Fact]
    public void WhenASourceSpoke_IsNoPartOfItsName()
    {
        var doc = SampleDocuments.FromTextWithNames("A separate survey last year found that most farms had lost money.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("separate survey", s.Speaker?.Name);
    }
    [Fact]
    public void OverALengthOfTimeAfterAMeasure_IsHowLongNotMoreThan()
    {
        var doc = SampleDocuments.FromText("The glacier lost roughly 2.4 km2 over six years.");

        var area = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).StartsWith("roughly", StringComparison.Ordinal));
        Assert.Equal(QuantityKind.Measure, area.Kind);
        var years = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text).Contains("six years", StringComparison.Ordinal));
        Assert.Equal(6, years.High);
    }

    [Fact]
    public void APastTenseAfterTheCountedNoun_EndsWhatIsCounted()
    {
        var doc = SampleDocuments.FromText("Farmers in one province lost most of their herds.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal("province", q.Object);
    }
    [Fact]
    public void ACurrencySignBeforeAHeadlinesContent_IsPartOfIt()
    {
        var doc = SampleDocuments.FromTextWithNames("Porto reject €60m bid for winger Silva\n\nPorto have turned down the offer, the club said on Sunday.");

        var s = SampleDocuments.WithCue(doc, "reject");
        Assert.StartsWith("€60m", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AnAdverbBeforeAColon_IsHowItWasSaid()
    {
        var doc = SampleDocuments.FromTextWithNames("The coach left early. Asked about the result, he said only: \"We move on.\"");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("\"We move on.\"", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Silva, who wears the No. 10 shirt, has scored 19 goals.")]
    [InlineData("The world number 3 lost in straight sets after 14 games.")]
    public void ANumberAfterNo_IsALabelNotACount(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Quantities, q => q.Span.Slice(doc.Text) is "10" or "3");
    }
    [Fact]
    public void AlternativeCounts_AreARange()
    {
        var doc = SampleDocuments.FromText("Two or three buyers have asked about the site.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal((2, 3), (q.Low, q.High));
        Assert.Equal("buyers", q.Object);
    }

    [Fact]
    public void XOfYNouns_IsAProportion()
    {
        var doc = SampleDocuments.FromText("Three of four hospitals ran out of oxygen.");

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(75, q.Value);
    }

    [Fact]
    public void APastTenseRightAfterTheNumber_IsWhatTheyDid()
    {
        var doc = SampleDocuments.FromText("Forty senators voted for the motion and a further 12 abstained.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "12");
        Assert.NotEqual("abstained", q.Object);
    }
}
