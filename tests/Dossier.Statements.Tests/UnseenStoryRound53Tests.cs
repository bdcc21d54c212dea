using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from round 53's invented dossiers (an airline's grounded fleet, a minister's resignation over expenses,
/// wildfire smoke closing schools, a nationwide mobile outage), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound53Tests
{
    [Theory]
    [InlineData("The engineers' union TKS said its members had raised concerns about the pumps in a letter in May.")]
    [InlineData("The transport ministry's watchdog AVT said it had raised concerns about the pumps in a letter in May.")]
    public void TheAirline_IsNoBodyOfAnotherKindThatJustSpoke(string middle)
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Norla Air said on Monday that it had cancelled 40 flights after a fault in its fuel pumps.\n\n"
            + middle + " The airline said it had no record of such a letter.");

        Assert.Equal("Norla Air", SampleDocuments.WithCue(doc, "said", "no record").Speaker?.Name);
    }

    [Theory]
    [InlineData("Marta Vell resigned as Dorland's health minister on Friday, three days after the state auditor found she had misused a car, saying she did not want to harm the government.", "Marta Vell")]
    [InlineData("Harrow Mining closed its Tavel pit on Tuesday, two weeks after inspectors found cracks in a shaft, saying the site could not be made safe.", "Harrow Mining")]
    public void AParticipleAfterAClauseOfWhen_IsTheOpeningSubjects(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "saying").Speaker?.Name);
    }

    [Fact]
    public void AQuotationBeforeItsWriter_IsWhatWasWritten()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"I have decided that I can no longer lead a club whose members doubt me,\" Varga wrote in a letter to Chairman Ola Brann, which was released by the club.");

        Assert.StartsWith("\"I have decided", SampleDocuments.WithCue(doc, "wrote").Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dana Ulm faced calls to resign on Monday after a newspaper reported the claims.")]
    [InlineData("The mayor is facing calls for an inquiry into the contract.")]
    [InlineData("Kaldonia's health minister, Rune Boll, faced calls to quit on Tuesday.")]
    public void CallsFaced_AreNoStatementOfWhoFacesThem(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("call", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The audit, dated May 3, says two managers signed the contracts.", "audit")]
    [InlineData("The report, published on Monday, says the river is unsafe.", "report")]
    public void ADocumentBeforeAnAside_SaysWhatItSays(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "says").Speaker?.Name);
    }

    [Fact]
    public void ADocumentsDate_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The audit, dated Oct. 12, says two engineers approved the update late on Monday night, about five hours before the network failed.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) is "dated");
    }

    [Theory]
    [InlineData("The chain, which already ran 30 stores, opened 12 more in the north last year.", 12, "stores")]
    [InlineData("Rescuers freed 40 miners on Monday and found six more at a lower level of the shaft.", 6, "miners")]
    public void MoreWithAPlaceAfterIt_CountsWhatTheCountBeforeCounts(string text, double value, string counted)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(counted, Assert.Single(doc.Quantities, q => q.Value == value).Object);
    }

    [Theory]
    [InlineData("The bank first said about 20,000 customers had been hit but later raised the figure to 65,000.", 65_000, "customers")]
    [InlineData("Organisers counted 900 runners on Friday but raised the number to 1,150 on Sunday.", 1_150, "runners")]
    public void TheFigureRevised_CountsWhatTheCountBeforeCounts(string text, double value, string counted)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(counted, Assert.Single(doc.Quantities, q => q.Value == value).Object);
    }

    [Theory]
    [InlineData("The delay had cost the builder \"well over\" 4 million euros, its chairman said.", 4_000_000, QuantityQualifier.MoreThan)]
    [InlineData("The storm left \"at least\" 300 homes without power, the utility said.", 300, QuantityQualifier.AtLeast)]
    public void AQuotedHedge_StillBoundsTheFigure(string text, double value, QuantityQualifier qualifier)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(qualifier, Assert.Single(doc.Quantities, q => q.Value == value).Qualifier);
    }

    [Theory]
    [InlineData("Brevik shares closed down 3.1% on Thursday.", 3.1, "Brevik shares")]
    [InlineData("The index ended up 0.8% on the day.", 0.8, "index")]
    public void ASessionsEndWithItsDirection_IsAChangeOfItsSubject(string text, double value, string changed)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(changed, Assert.Single(doc.Quantities, q => q.Value == value).Object);
    }

    [Theory]
    [InlineData("The regional water board announced on Saturday that all but four of the 60 wells would reopen on Monday.\n\nThe four wells, all near the old mine, would stay closed for at least a week, the board said.", "regional water board")]
    [InlineData("The national grid authority said on Friday that power would be cut for two hours.\n\nHospitals would keep their own generators running, the authority said.", "national grid authority")]
    public void TheBoardOrAuthority_IsTheBodyThatSpokeBefore(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, doc.Statements[^1].Speaker?.Name);
    }
}
