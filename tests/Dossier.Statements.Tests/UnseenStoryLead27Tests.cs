namespace Dossier.Statements.Tests;

/// <summary>Statements from the lead's session-27 dossiers (a ferry's sinking and its inquiry, …), each on an invented
/// sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead27Tests
{
    // The subject of "is suspected of", "was charged with", "is alleged to", "are feared" is who is suspected, not who suspects.
    [Theory]
    [InlineData("Tomas Ek, 41, was suspected of arson.", "suspected")]
    [InlineData("Marta Weiss is suspected of taking bribes.", "suspected")]
    [InlineData("Marta Weiss, the mill's owner, is alleged to have hidden the losses.", "alleged")]
    public void TheSubjectOfAPassiveOfSuspicion_IsNoSpeaker(string text, string cueWord)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        foreach (var s in doc.Statements)
        {
            if (s.Cue.Slice(doc.Text).Contains(cueWord, StringComparison.Ordinal))
            {
                Assert.True(s.Speaker is null || s.Speaker.Name is not ("Tomas Ek" or "Marta Weiss"), s.Speaker?.Name);
            }
        }
    }

    [Fact]
    public void AContentEndingOnADayAfterEarly_KeepsTheDay()
    {
        var doc = SampleDocuments.FromTextWithNames("A cargo ship carrying about 30 crew ran aground off the coast of Vestby late on Saturday, "
            + "the coast guard said on Sunday.\n\nRescue teams had lifted 21 sailors from the deck by early Sunday morning, coast guard "
            + "spokesman Pal Rimstad told reporters at the harbour.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.EndsWith("by early Sunday morning", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    // Examining, inspecting or investigating a claim is a deed; whoever made the claim is not named.
    [Theory]
    [InlineData("The toll rose to 19 on Monday, officials said, as investigators examined claims that the bus was overloaded.", "examined")]
    [InlineData("Auditors have been inspecting the council's accounts for signs of fraud.", "inspecting")]
    public void ExaminingAClaim_IsNoStatementOfTheExaminers(string text, string verb)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains(verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"The figures are wrong,\" the mill's owner, Arne Vold, told reporters on Friday.", "\"The figures are wrong,\"", "Arne Vold")]
    [InlineData("“We will appeal,” a lawyer for the family, Dina Holm, said.", "“We will appeal,”", "Dina Holm")]
    public void ADescriptionAndNameAfterAQuotation_AreTheSource_NotTheQuotationsEnd(string text, string quote, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(quote, s.Content.Slice(doc.Text));
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.NotNull(s.Speaker?.Role);
    }

    // A vote is a deed: its tally is no content and the body no speaker of it.
    [Fact]
    public void AVotesTally_IsNoStatement()
    {
        var doc = SampleDocuments.FromTextWithNames("The county board voted 23 to 9 on Monday to open an inquiry into the council's handling of the flood.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("voted", StringComparison.Ordinal));
    }

    // Round 52's convention: after a relative pronoun and a pronoun source, the content is what follows the cue.
    [Fact]
    public void AContentAfterWhichAndAPronounSource_DoesNotHoldTheSourceAndCue()
    {
        var doc = SampleDocuments.FromTextWithNames("Mayor Ida Brenn said she had asked the state for funds to build a new pumping station, "
            + "which she said could be working \"within weeks\".");

        var s = SampleDocuments.WithCue(doc, "said", "could be working");
        Assert.StartsWith("could be working", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The haulier denied the allegations and will appeal against the fine.", "denied", "the allegations")]
    [InlineData("Her client denies any wrongdoing and would cooperate with the inquiry, Dina Holm said.", "denies", "any wrongdoing")]
    public void AnObjectBeforeAndAModal_EndsTheContent(string text, string cue, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, cue).Content.Slice(doc.Text));
    }

    // Guard: a clause's subject before its verb and "and would" is no object.
    [Fact]
    public void AClauseWithAndAModal_KeepsItsWholeContent()
    {
        var doc = SampleDocuments.FromTextWithNames("Ida Brenn said fares rose and would rise again in May.");

        Assert.Equal("fares rose and would rise again in May", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }
}
