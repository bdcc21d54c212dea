using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Statements and quantities from the lead's session-24 dossiers (a river flood and a dam's late warning, a heart
/// drug's halted trial, a frayed ceasefire told on a live page and on the wire), each on an invented sentence of another
/// story with the same shape.</summary>
public sealed class UnseenStoryLead24Tests
{
    [Fact]
    public void AnAgencyNamedForWhatItOversees_IsABody_NotThePress()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The European Space Agency said it had been told of the debris strike and was \"watching the orbit closely\".");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("European Space Agency", s.Speaker?.Name);
        Assert.StartsWith("it had been told of the debris strike", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ALivePagesClockStamp_IsNoPartOfTheSubject()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "08:40 Norway's health minister, Ola Berg, has rejected the criticism.\n"
            + "07:55 UN envoy Maria Lind told the BBC she was worried about the talks.");

        var rejected = SampleDocuments.WithCue(doc, "rejected");
        Assert.Equal("Ola Berg", rejected.Speaker?.Name);
        Assert.Equal("the criticism", rejected.Content.Slice(doc.Text));
        var told = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Maria Lind", told.Speaker?.Name);
        Assert.DoesNotContain("07:55", told.Speaker?.Role ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ministry said the review announced last Friday would report by June.", "announced")]
    [InlineData("The agency put the number of dead at 40, up from 31 reported on Saturday.", "reported")]
    public void AParticipleDescribingANoun_IsNoStatement(string text, string participle)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(participle, StringComparison.Ordinal));
    }

    [Fact]
    public void AParticipleDescribingANoun_LeavesTheReportAroundIt()
    {
        var doc = SampleDocuments.FromTextWithNames("The ministry said the review announced last Friday would report by June.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("the review announced last Friday would report by June", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AParticiplesPhraseBetweenCommas_BeforeTheNounsVerb_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("The truce between the two clans, agreed after three weeks of talks, is holding.");

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void AHeadlinesClauseJoinedByAs_SpeaksOnlyAfterItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames("Coal mine fire: toll rises to nine as operator denies safety lapses\n"
            + "Nine miners have died in a fire at the Brevik colliery, rescuers said on Sunday.");

        var s = SampleDocuments.WithCue(doc, "denies");
        Assert.Equal("operator", s.Speaker?.Name);
        Assert.Equal("safety lapses", s.Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("A school official in the village of Brenno, who asked not to be named, said the roof had collapsed.", "school official in the village of Brenno")]
    [InlineData("A resident of the town of Kolby said the river rose overnight.", "resident of the town of Kolby")]
    [InlineData("Nurses at the district hospital in Tarsk said they had run out of beds.", "Nurses at the district hospital in Tarsk")]
    public void WhoSpeaksFromAPlaceNamedWithItsKind_IsTheSpeaker_NotThePlace(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(speaker, s.Speaker?.Name);
    }

    [Fact]
    public void ABodyOverseeingADocument_IsWhoFinds()
    {
        var doc = SampleDocuments.FromTextWithNames("The committee overseeing the audit found that the ministry had overspent by a third.");

        var s = SampleDocuments.WithCue(doc, "found");
        Assert.Equal("committee overseeing the audit", s.Speaker?.Name);
    }

    [Fact]
    public void ALowerCaseIndependent_IsNoOutlet()
    {
        var doc = SampleDocuments.FromTextWithNames("The independent regulator said rail fares would rise by 4% in March.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("independent regulator", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("The ministry put the number of dead at twelve, up from nine on Monday.", "twelve", 12, "dead")]
    [InlineData("The ministry put the number of dead at twelve, up from nine on Monday.", "nine", 9, "dead")]
    [InlineData("Three more cases were confirmed, bringing the total to eight.", "eight", 8, "cases")]
    public void ANumberWordAFigureIsSetAt_IsACount(string text, string words, double value, string counted)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == words);
        Assert.Equal(value, q.Value);
        Assert.Equal(counted, q.Object);
    }

    [Fact]
    public void ACountFirstReported_CountsWhatTheCountItRoseFromCounts()
    {
        var doc = SampleDocuments.FromTextWithNames("Officials now say about 3,000 homes were damaged, up from the 1,200 first reported.");

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == "1,200");
        Assert.Equal("homes", q.Object);
    }

    [Theory]
    [InlineData("The city will raise the housing grant to 4,000 euros.", "housing grant")]
    [InlineData("The board cut the research budget to $2 million.", "research budget")]
    public void AnAmountATransitiveChangeSetsSomethingTo_MeasuresIt(string text, string measured)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var q = Assert.Single(doc.Quantities);
        Assert.Equal(measured, q.Object);
    }

    [Fact]
    public void ADayAfterTheCue_BelongsToTheSaying()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Harlow Rail said on Thursday it would cut 300 jobs, arguing that passenger numbers had not recovered.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("said", s.Cue.Slice(doc.Text));
        Assert.Equal("it would cut 300 jobs", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void PeopleFamiliarWithABodysPlans_AreTheSpeakers_NotTheBody()
    {
        var doc = SampleDocuments.FromTextWithNames("Three people familiar with Airbus's plans said the company could delay the new jet by a year.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Three people familiar with Airbus's plans", s.Speaker?.Name);
    }

    [Fact]
    public void AHeadlinesSecondVerbAfterAComma_HasTheHeadlinesSubject()
    {
        var doc = SampleDocuments.FromTextWithNames("Velmar to appeal fine, says regulator misread the data\n"
            + "Velmar said on Monday it would appeal against the fine.");

        var s = SampleDocuments.WithCue(doc, "says");
        Assert.Equal("Velmar", s.Speaker?.Name);
        Assert.Equal("regulator misread the data", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AShareOfAPossessivesNoun_CountsTheWholePhrase()
    {
        var doc = SampleDocuments.FromTextWithNames("Two landlords own about 45% of the city's rental flats.");

        var q = Assert.Single(doc.Quantities, q => q.Kind == QuantityKind.Percent);
        Assert.Equal("the city's rental flats", q.Object);
    }

    [Fact]
    public void TheCompany_IsTheFirmAnAppositiveDescribedSo()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Fishermen accused Morland Energy, the Dutch company that operates the rig, of hiding the leak.\nThe company denied the accusation.");

        var s = SampleDocuments.WithCue(doc, "denied");
        Assert.Equal("Morland Energy", s.Speaker?.Name);
    }

    [Fact]
    public void TheLenderAfterItsReport_IsTheFirmTheReportOpensWith()
    {
        var doc = SampleDocuments.FromTextWithNames("Halvard has withdrawn its bid for the insurer, the company said on Friday.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("Halvard", s.Speaker?.Name);
    }

    [Fact]
    public void AbandoningAPlan_IsADeed()
    {
        var doc = SampleDocuments.FromTextWithNames("Corvane has abandoned its appeal against the fine, the lender said late on Monday.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("abandoned", StringComparison.Ordinal));
    }
}
