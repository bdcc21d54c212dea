namespace Dossier.Statements.Tests;

/// <summary>Statements from the lead's session-21 items and round 41's invented dossiers (a port blockade, a merger ruling,
/// a measles outbreak, a bank seizure, a mine strike), each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryRound41Tests
{
    [Fact]
    public void AnalystsWhoEstimate_Speak()
    {
        var doc = SampleDocuments.FromTextWithNames("Economists at Nordbank estimate the frost destroyed about a third of this year's grape harvest.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("estimate", s.Cue.Slice(doc.Text));
        Assert.Contains("Nordbank", s.Speaker?.Name, StringComparison.Ordinal);
        Assert.StartsWith("the frost destroyed", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Their estimate of the damage rose on Tuesday.")]
    [InlineData("A government estimate put the losses at 40 million euros.")]
    public void TheNounEstimate_IsNoCue(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("estimate", StringComparison.Ordinal));
    }

    [Fact]
    public void TheyWroteAfterAnEstimate_IsTheAnalysts()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The airline said 40 flights had been cancelled. Analysts at Citi estimate the outage will cost the carrier about 30 million dollars, they wrote in a note to clients.");

        var wrote = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "wrote");
        Assert.DoesNotContain("airline", wrote.Speaker?.Name ?? "", StringComparison.Ordinal);
        Assert.Equal(Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "estimate").Speaker?.Name, wrote.Speaker?.Name);
    }

    [Fact]
    public void AProgressiveDemand_HasItsSubjectAndItsWholeObject()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "About 2,000 dockers at the port of Antwerp stopped work on Friday after talks over shifts broke down, the ACV union said. "
            + "The union is demanding a 5% rise to offset inflation.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "is demanding");
        Assert.NotNull(s.Speaker);
        Assert.Contains("union", s.Speaker!.Name, StringComparison.Ordinal);
        Assert.Equal("a 5% rise to offset inflation", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void WhatADeedBroughtAbout_AfterATrailingSource_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Dockers walk out at Antwerp as shift talks collapse\n\nBy Pieter Jansen\n\nPublished: 4 May 2026\n\n"
            + "About 2,000 dockers at the port of Antwerp stopped work on Monday after talks over shifts broke down, the ACV union said, "
            + "halting loading at the port's largest container terminal.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void TheCompany_ParagraphsAfterItsSpokeswoman_IsTheFirm()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Vossberg Ferries cancelled all crossings on Sunday. A Vossberg spokeswoman said the ferry would return to service on Friday.\n\n"
            + "Analysts at Danske Bank estimate the outage cost about 5 million euros, they wrote.\n\n"
            + "The company said on Monday that refunds would be paid.");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("refunds", StringComparison.Ordinal));
        Assert.Contains("Vossberg", s.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ScientistsAtABody_DoNotHideTheBodyThatSpokeBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The Valmont Water Authority said it had closed two wells.\n\n"
            + "Scientists at Valmont University estimate that as many as 900 homes drew water from them, they said on Sunday.\n\n"
            + "The authority said it was testing every well in the district.");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("it was testing", StringComparison.Ordinal));
        Assert.Equal("Valmont Water Authority", s.Speaker?.Name);
        var estimate = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "estimate");
        Assert.StartsWith("Scientists at", estimate.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadlineQuotationBeforeItsTeller_IsWhatIsSaid()
    {
        var doc = SampleDocuments.FromTextWithNames("'I thought I would never see my children again': miner tells of 40 hours underground");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("I thought I would never see my children again", s.Content.Slice(doc.Text));
        Assert.Equal("miner", s.Speaker?.Name);
        Assert.Equal(Dossier.Core.Statements.StatementKind.Direct, s.Kind);
    }

    [Fact]
    public void APronounAfterAFirmsSpokeswoman_IsTheFirm()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Flights from Palma were cancelled on Friday.\n\n\"We were left with nothing,\" said Marta Gil, a passenger from Madrid.\n\n"
            + "A Costa Brava Air spokeswoman said the airline regretted the delays. She declined to say how many passengers were affected.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "declined to say");
        Assert.Equal("Costa Brava Air", s.Speaker?.Name);
    }

    [Fact]
    public void ARefusalInTheNextSentence_LeavesTheStatementBeforeItAnAssertion()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The health minister is expected to visit the clinic on Monday, a ministry spokesman said. He declined to say whether the clinic would stay open.");

        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.NotEqual(Dossier.Core.Statements.SpeechAct.Decline, said.Act);
        Assert.Equal(Dossier.Core.Statements.SpeechAct.Decline, Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "declined to say").Act);
    }

    [Fact]
    public void AParticipleAfterACount_IsNoStatementOfTheThingsCounted()
    {
        var doc = SampleDocuments.FromTextWithNames("The auditor said 40 invoices rejected in March had been paid after all.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Students occupying the University of Vienna said the talks had failed.", "Students occupying the University of Vienna")]
    [InlineData("Fishermen blockading Port Calder said the quotas were unfair.", "Fishermen blockading Port Calder")]
    [InlineData("Protesters occupying Lisbon's main square say the new rents will force them out of the city.", "Protesters occupying Lisbon's main square")]
    public void AGroupActingOnAName_Speaks(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Fact]
    public void TheStatementSomeoneSpokeIn_IsNoSecondSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The teachers' union rejected the offer. Its leader, Jana Novak, said in a statement posted on X that the union \"will not back down\".");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "posted");
        Assert.Single(doc.Statements, s => s.Speaker?.Name == "Jana Novak");
    }

    [Fact]
    public void APersonBeforeAWhoseClause_Speaks()
    {
        var doc = SampleDocuments.FromTextWithNames("A woman whose two sons were injured told the Courier she had not been contacted by police.");

        var s = Assert.Single(doc.Statements);
        Assert.StartsWith("woman whose", s.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotationsWords_AreNoSubjectOfTheParticipleAfterItsSource()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "\"They gave us two hours' notice. Two hours!\" said Tomas Reis, a local farmer, accusing the company of waiting too long.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "accusing");
        Assert.Equal("Tomas Reis", s.Speaker?.Name);
    }
}
