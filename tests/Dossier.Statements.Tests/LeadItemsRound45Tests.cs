using Dossier.Core;

namespace Dossier.Statements.Tests;

/// <summary>Faults the lead saw reading invented news before round 45 (headlines, estimates, refusals inside a report,
/// "who he said", the writer's time after a report), each repaired and tested on an invented sentence of another story.</summary>
public sealed class LeadItemsRound45Tests
{
    [Fact]
    public void ANounBeforeAHeadlinesColon_IsNoCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Pension dispute: retirees threaten court action\n\nA group of retirees said on Friday they would sue the fund.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "dispute");
        Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
    }

    [Fact]
    public void AHeadlinesFirstVerb_IsNoPartOfTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Mayor quits, blames council rivals for budget leak\n\nThe mayor said she had done nothing wrong.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "blames");
        Assert.Equal("Mayor", s.Speaker?.Name);
    }

    [Theory]
    [InlineData("Lurania retaliates, orders Tervian envoys out\n\nThe Lurania foreign ministry said the move answered Tervia's expulsions.")]
    [InlineData("Lurania retaliates, orders out three Tervian envoys\n\nThe Lurania foreign ministry said the move answered Tervia's expulsions.")]
    public void OrderingPeopleOut_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "orders");
        Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
    }

    [Theory]
    [InlineData("The fire service put the number of homes destroyed at about 300.", "fire service", "put", "the number of homes destroyed at about 300")]
    [InlineData("The agency puts the cost of the repairs at $2 billion, the report said.", "agency", "puts", "the cost of the repairs at $2 billion")]
    public void PuttingAFigureAtANumber_IsTheSourcesEstimate(string text, string speaker, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == cue);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ARefusalToPayInsideAReport_IsTheReportsAndNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Flood victims were promised grants for the repairs, which the ministry refused to pay, a parliamentary report found.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("found", s.Cue.Slice(doc.Text));
    }

    [Fact]
    public void WhatIsSaidInARelativeClause_StartsAfterItsCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Forest rangers urged campers not to feed the bear, which they said could be aggressive.");

        // Since round 52 the content is what was said, after the cue; the evaluator maps it back to the pronoun, as
        // PolNeAR marks it.
        var said = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "said");
        Assert.Equal("could be aggressive", said.Content.Slice(doc.Text));
        var urged = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "urged");
        Assert.Equal("campers not to feed the bear", urged.Content.Slice(doc.Text));
    }

    [Fact]
    public void AContent_EndsBeforeTheRelativePronounOfAnotherSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Park warden Lena Ortiz urged visitors not to stop for the hitchhiker, who she said could be dangerous.");

        var urged = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == "urged");
        Assert.Equal("visitors not to stop for the hitchhiker", urged.Content.Slice(doc.Text));
    }

    [Fact]
    public void TheWritersTimeAfterAReport_IsNoPartOfIt()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The coach said he had \"no plans to quit,\" a day after his team lost 5-0 at home.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("he had \"no plans to quit,\"", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void AOneWordLabelBeforeAHeadlinesColon_IsNobodysSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Confirmed: Shipyard to shut with loss of 900 jobs\n\nThe yard's owner said on Friday the site would close in June.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(doc.Text));
    }
    [Theory]
    [InlineData("The water board said on Monday that nitrate levels had risen above the limit in three wells, as farmers warned that more wells would be affected.",
        "said", "nitrate levels had risen above the limit in three wells")]
    [InlineData("The union said the talks had broken down, and the employers accused it of walking out.", "said", "the talks had broken down")]
    public void AReport_EndsBeforeAnotherSpeakersClause(string text, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text) == cue);
        Assert.Equal(content, s.Content.Slice(doc.Text));
    }
    [Fact]
    public void AQuotationOpeningItsSentence_KeepsItsOpeningMarkBeforeTold()
    {
        var doc = SampleDocuments.FromTextWithNames("\"The vineyard is not for sale,\" the chief executive told reporters.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("\"The vineyard is not for sale,\"", s.Content.Slice(doc.Text));
    }
}
