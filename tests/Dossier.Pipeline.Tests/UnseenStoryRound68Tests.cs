using Dossier.Core.Statements;

namespace Dossier.Pipeline.Tests;

/// <summary>Round 68's repairs through the whole pipeline (names and times found first), each on invented sentences of
/// other stories than the dossiers they came from (a fishing dispute, a mine permit, a central bank, an oil spill).</summary>
public class UnseenStoryRound68Tests
{
    private static readonly Lazy<DossierAnnotator> s_annotator = new(() => DossierAnnotator.Create());

    private static Dossier.Core.Document Read(string text) => s_annotator.Value.Process(text, new DateOnly(2026, 5, 12));

    private static Quantity QuantityOf(Dossier.Core.Document doc, string text, string words) =>
        Assert.Single(doc.Quantities, q => q.Span.Slice(text) == words);

    [Theory]
    [InlineData("Elections in Morvania were postponed on Monday. Morvania's main opposition party, the Civic Front, said it would boycott the vote.",
        "Civic Front", "Morvania's main opposition party")]
    [InlineData("Protests spread across Ostrava province on Sunday. Germany's largest union, the Metal Workers Guild, said it would join the strike.",
        "Metal Workers Guild", "Germany's largest union")]
    [InlineData("The carmaker Velda said sales fell. The carmaker's main lender, the Brannock Savings Bank, said the loan would not be renewed.",
        "Brannock Savings Bank", "carmaker's main lender")]
    public void TheNameAfterAPossessorsDescription_Speaks(string text, string speaker, string role)
    {
        var doc = Read(text);

        var s = doc.Statements[^1];
        Assert.Equal("said", s.Cue.Slice(text));
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(role, s.Speaker?.Role);
    }

    [Theory]
    [InlineData("The regulator said the airline faced fines of up to 4 percent of its turnover.")]
    [InlineData("The operator said the rig was insured for up to 600 million dollars.")]
    public void ALimitOfUpToAFigure_IsNoHedge(string text)
    {
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.Equal(Certainty.Certain, s.Certainty);
        Assert.Empty(s.CertaintyCues);
    }

    [Fact]
    public void AClaimGivenAsABound_StaysAHedge()
    {
        const string text = "The union said the closure would cost up to 900 jobs.";
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.Contains("up to", s.CertaintyCues.Select(c => c.Slice(text)));
    }

    [Theory]
    [InlineData("The lira could lose another 6 to 9 percent this year, he said.", "6 to 9 percent", 6, 9)]
    [InlineData("Rents may climb between 3 and 5 per cent next year.", "between 3 and 5 per cent", 3, 5)]
    public void ARangeBeforeAPercentSign_IsAShare(string text, string words, double low, double high)
    {
        var doc = Read(text);

        var q = QuantityOf(doc, text, words);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal("%", q.Unit);
        Assert.Equal(low, q.Low);
        Assert.Equal(high, q.High);
    }

    [Theory]
    [InlineData("The central bank raised its rate by 75 basis points on Thursday.", "75 basis points", "basis points")]
    [InlineData("The ferry sank 9 nautical miles off the cape.", "9 nautical miles", "nautical miles")]
    [InlineData("Her lead shrank by 4 percentage points in a week.", "4 percentage points", "percentage points")]
    public void ATwoWordUnit_KeepsItsFirstWord(string text, string words, string unit)
    {
        var doc = Read(text);

        Assert.Equal(unit, QuantityOf(doc, text, words).Unit);
    }

    [Fact]
    public void AVolumeOfASubstance_MeasuresTheSubstance()
    {
        const string text = "The smelter would draw 2 million cubic metres of groundwater a year.";
        var doc = Read(text);

        var q = QuantityOf(doc, text, "2 million cubic metres");
        Assert.Equal("cubic metres", q.Unit);
        Assert.Equal("groundwater", q.Object);
    }

    [Theory]
    [InlineData("For every seal the rangers rescue, five or six drown in the nets.", "five or six")]
    [InlineData("Of the calves caught in the flood, about 40 drown each spring.", "about 40")]
    public void ACountBeforeItsVerb_CountsNoVerb(string text, string words)
    {
        var doc = Read(text);

        Assert.Null(QuantityOf(doc, text, words).Object);
    }

    [Theory]
    [InlineData("Dorn, in a televised interview on Monday night, rejected the accusation.", "rejected", "Dorn", "the accusation")]
    [InlineData("The mayor, in a short radio interview, dismissed the report.", "dismissed", "mayor", "the report")]
    public void AnInterviewAsideBetweenSubjectAndCue_LeavesTheSubjectSpeaking(string text, string cue, string speaker, string content)
    {
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == cue);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(content, s.Content.Slice(text));
    }

    [Fact]
    public void AQuotedReasonCited_IsTheSpeakersOwn()
    {
        const string text = "The agency Fenwick Ratings said on Tuesday it had cut the city's rating, citing \"a collapse in tax income.\"";
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "citing");
        Assert.Equal("Fenwick Ratings", s.Speaker?.Name);
    }

    [Fact]
    public void AReportersQuestion_AfterAnotherSentencesSpeaker_IsNoStatement()
    {
        const string text = "Pension row\n\nIn a brief interview with the weekly Lakeside Review, Okafor said he had no regrets. "
            + "Asked whether he had been forced out, he replied: \"I will leave that to others.\"";
        var doc = Read(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(text) == "Asked");
        Assert.Contains(doc.Statements, s => s.Cue.Slice(text) == "replied");
    }

    [Fact]
    public void ATimeInsideTheClauseDenied_DoesNotDateTheParticipleAfterIt()
    {
        const string text = "The prison's spokeswoman, Ana Lind, rejected claims that guards had beaten a prisoner on Saturday, calling them \"lies.\"";
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "calling");
        Assert.Equal(-1, s.Time);
    }

    [Fact]
    public void ADayTheParticiplesOwnDeedHappened_StillDatesIt()
    {
        const string text = "The union sued the port authority in the high court on Friday, seeking an order to halt the layoffs.";
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "seeking");
        Assert.True(s.Time >= 0);
        Assert.Equal("Friday", doc.Times[s.Time].Span.Slice(text));
    }

    [Fact]
    public void ANounCueAfterItsAdjective_InsideAnothersContent_IsNoStatement()
    {
        const string text = "Ostrian patrol seizes Vardan boats in disputed waters\nBaltic Wire\n\nVELSK, June 2 (Baltic Wire) - An Ostrian patrol boat "
            + "seized two Vardan fishing boats near the Skarn reef on Tuesday, injuring three crew members and sharply escalating a years-long "
            + "dispute over the reef, officials from both countries said.";
        var doc = Read(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(text) == "dispute");
        Assert.Equal("officials from both countries", Assert.Single(doc.Statements).Speaker?.Name);
    }

    [Fact]
    public void TheKindOfPaperBeforeItsName_IsNoPartOfTheRelay()
    {
        const string text = "In a short interview with the weekly Harbour Courier, Ilse Varn said she had no regrets.";
        var doc = Read(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "said");
        Assert.Equal("Harbour Courier", Assert.Single(s.Relays).Name);
    }
}
