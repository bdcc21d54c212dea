namespace Dossier.Statements.Tests;

/// <summary>Round 63 (session 29): the lead's speaker faults on invented news — a trailing speaker described before the
/// name, a pronoun after a bare surname the recogniser did not type, "the regulator" after another firm's name, a
/// reporter's question, and "according to" a document that carries another speaker's words.</summary>
public sealed class Round63Tests
{
    [Theory]
    [InlineData("Orvania and Telmar have agreed to resume border negotiations in Vienna next month, the European Union mediator for the dispute, Katrin Holm, said on Friday.",
        "Katrin Holm", "European Union mediator for the dispute", "Orvania and Telmar have agreed to resume border negotiations in Vienna next month")]
    [InlineData("Vostra and Pellin have agreed to reopen their shared border crossing next week, the African Union envoy for the Sahel, Daniel Okoro, said on Wednesday.",
        "Daniel Okoro", "African Union envoy for the Sahel", "Vostra and Pellin have agreed to reopen their shared border crossing next week")]
    public void ADescriptionBeforeATrailingName_IsTheSpeakersRole_NotTheSpeech(string text, string speaker, string role, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(role, s.Speaker?.Role);
        Assert.Equal(content, s.Content.Slice(doc.Text));
        Assert.DoesNotContain(doc.Statements, o => o.Content.Slice(doc.Text).Contains(role, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tarvos and Belmar have agreed to open formal peace talks in Malta.")]
    [InlineData("The two unions agreed to resume wage negotiations on Friday.")]
    public void AgreeingToHoldTalks_IsADeed_NoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void AgreeingToSay_StaysAStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("The two unions agreed that the wage offer was too low.");

        Assert.EndsWith("the wage offer was too low", SampleDocuments.WithCue(doc, "agreed").Content.Slice(doc.Text));
    }

    [Fact]
    public void HeAfterABareSurnameOpeningTheSentenceBefore_IsThatPerson()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Rail strike enters second week\n\n"
            + "Transport Minister Helga Baumann said on Monday that the unions had \"walked away from a fair offer.\" In a radio interview, she accused the drivers of holding the country hostage.\n\n"
            + "Orlik rejected the claim. \"Nobody walked away from anything,\" he told the Valden Courier, calling Baumann's offer \"an insult to every driver.\"");

        Assert.Equal("Orlik", SampleDocuments.WithCue(doc, "told").Speaker?.Name);
        Assert.Equal("Orlik", SampleDocuments.WithCue(doc, "calling").Speaker?.Name);
    }

    [Fact]
    public void HeAfterACapitalisedPlural_IsNotThatPlural()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Mayor Ruth Calder defended the budget on Monday.\n\n"
            + "Officials said the city had no choice. \"We cut what we could,\" she told the Harlow Gazette.");

        Assert.Equal("Ruth Calder", SampleDocuments.WithCue(doc, "told").Speaker?.Name);
    }

    [Fact]
    public void TheRegulatorAfterAnotherFirmsName_IsTheBodyTheContentOpensWith()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The Energy Markets Board of Arnland has launched a formal inquiry into the proposed purchase of Solvik Power by Tarrant Holdings, the regulator said on Tuesday.");

        Assert.Equal("Energy Markets Board of Arnland", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Theory]
    [InlineData("Orlik met the strikers on Monday.\n\nAsked whether the strike could spread to the ports, Orlik said: \"It might. We are ready.\"")]
    [InlineData("When asked about the missing funds, the treasurer said the audit would explain everything.")]
    public void AReportersQuestion_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("sked", StringComparison.Ordinal));
        Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
    }

    [Fact]
    public void ASpeakerCarriedByAStatementFromItsOffice_SpeaksWithTheStatementAsItsRelay()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The African Union said it was flying in doctors and 40 tonnes of medicine, according to a statement from its relief department.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("African Union", s.Speaker?.Name);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Equal("it was flying in doctors and 40 tonnes of medicine", s.Content.Slice(doc.Text));
        Assert.Contains(s.Relays, r => r.Medium == "statement");
    }
}
