namespace Dossier.Statements.Tests;

/// <summary>Round 62 (session 28): the lead's items on invented news — a thing "feared stolen" (a passive belief with no
/// believer), the writer's "what appeared to be", and a count whose figure is quoted before its noun.</summary>
public sealed class Round62Tests
{
    [Theory]
    [InlineData("Hackers claim raid on Dorvel clinics; donor files feared stolen\n\nThe clinic group said on Sunday its network had been breached.")]
    [InlineData("Lab samples feared destroyed after fire at Varn institute\n\nFirefighters said on Monday the blaze was under control.")]
    [InlineData("Three laptops with payroll data are feared stolen.")]
    public void AThingFearedInAState_IsNoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("feared", StringComparison.Ordinal));
    }

    [Fact]
    public void AFearOfSomethingNamed_StaysAStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("Officials feared stolen goods would be sold abroad.");

        Assert.Equal("stolen goods would be sold abroad", SampleDocuments.WithCue(doc, "feared").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The message included what appeared to be scans of staff passes.")]
    [InlineData("The letter held what seemed to be a ransom demand.")]
    public void WhatAppearedToBe_IsTheWritersHedge_NoStatement(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) is "appeared" or "seemed");
    }

    [Fact]
    public void ANamedSubjectThatAppeared_StaysAStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("The mayor appeared to reject the plan.");

        Assert.Equal("to reject the plan", SampleDocuments.WithCue(doc, "appeared").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Files on \"more than 40,000\" donors may have been copied.", "more than 40,000", "donors")]
    [InlineData("The firm said \"about 300\" workers would lose their jobs.", "about 300", "workers")]
    public void AFigureQuotedBeforeItsNoun_CountsTheNounAfterTheMark(string text, string figure, string obj)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == figure);
        Assert.Equal(obj, q.Object);
    }
}
