using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Round 66 (session 30): the lead's statement faults left in session 29 — a denial of "that" linked to what it
/// denies, a medium with no outlet, a speaker's own site, statements inside an interview's answer, an "A:" guest from the
/// headline, a headline's role noun, a possessive group.</summary>
public sealed class Round66Tests
{
    [Theory]
    [InlineData("The port union accused the harbour board of hiding safety reports. \"The cranes have been unsafe for months,\" said its "
        + "secretary, Olaf Brenner. The harbour board denied that, saying the cranes had passed a test in June.", "denied", "Olaf Brenner")]
    [InlineData("The Green League said the new tax would cost families 300 crowns a month. The finance ministry disputed the figure.",
        "disputed", "Green League")]
    [InlineData("Police said 14 people were arrested at the march.\n\nThe protest organisers denied it on Sunday.", "denied", "Police")]
    public void ADenialOfAPointingWord_AnswersTheNearestStatementByAnotherSpeaker(string text, string cue, string answered)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var denial = SampleDocuments.WithCue(doc, cue);
        Assert.InRange(denial.Answers, 0, doc.Statements.Count - 1);
        Assert.EndsWith(answered, doc.Statements[denial.Answers].Speaker?.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ADenialWithContentOfItsOwn_AnswersNothing()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Olaf Brenner said the cranes were unsafe. The harbour board denied that the cranes had failed any test.");

        Assert.Equal(-1, SampleDocuments.WithCue(doc, "denied").Answers);
    }

    [Theory]
    [InlineData("The Brindle Water Company said in a statement that the supply was safe to drink.", "said", "statement")]
    [InlineData("The county council said in an email that the bridge would reopen on Friday.", "said", "email")]
    [InlineData("The rowing club confirmed the signing in a statement on Monday.", "confirmed", "statement")]
    public void AMediumWithNoOutlet_IsTheStatementsMedium(string text, string cue, string medium)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(medium, s.Medium);
        Assert.Empty(s.Relays);
    }

    [Theory]
    [InlineData("In a post on its leak site, the hacking group said it had stolen 40 gigabytes of patient records.", "post")]
    [InlineData("The museum wrote on its website that the east gallery would stay shut.", "website")]
    public void TheSpeakersOwnSite_IsAMediumWithNoOutlet(string text, string medium)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(medium, s.Medium);
        Assert.DoesNotContain(s.Relays, r => r.Name == "online");
    }

    private const string Interview =
        "Orchard growers face a dry summer\n\n"
        + "Interview: Petra Lindqvist\n\n"
        + "The farm federation's chair answers our questions on the drought.\n\n"
        + "Q: How bad is the harvest?\n\n"
        + "A: We expect about 40 percent less fruit. The ministry told us 12,000 farms are affected.\n\n"
        + "Q: What do you need?\n\n"
        + "A: Water permits, quickly.";

    [Fact]
    public void AnAnswerWithNoInterviewVerb_IsTheGuestTheHeadlineNames()
    {
        var doc = SampleDocuments.FromTextWithNames(Interview);

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name == "A");
        Assert.Equal("Petra Lindqvist", SampleDocuments.WithCue(doc, ":", "permits").Speaker?.Name);
    }

    [Fact]
    public void AnAnswerWithNoGuestNamed_HasNoSpeakerRatherThanTheLetter()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Mining chief on the copper slump\n\n"
            + "Q: Will the mine close?\n\n"
            + "A: Not this year. We have 900 workers and orders until spring.\n\n"
            + "Q: And the lay-offs?\n\n"
            + "A: None are planned.");

        Assert.DoesNotContain(doc.Statements, s => s.Speaker?.Name == "A");
        Assert.Null(SampleDocuments.WithCue(doc, ":", "None are planned").Speaker);
    }

    [Fact]
    public void AStatementTheGuestReports_IsRelayedByTheGuest_AndTheGuestsOwnPiecesAreTheTurn()
    {
        var doc = SampleDocuments.FromTextWithNames(Interview);

        var reported = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("ministry", reported.Speaker?.Name);
        Assert.Contains(reported.Relays, r => r.Name == "Petra Lindqvist" && r.Medium == "interview");
        var turn = SampleDocuments.WithCue(doc, ":", "40 percent");
        Assert.DoesNotContain(doc.Statements, s => s != turn && s != reported && turn.Content.Contains(s.Cue));
    }

    [Fact]
    public void AHeadlinesRoleNoun_IsTheOneSpeakerOfTheBodyWithThatRole()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Talks on river dispute to resume, mediator says\n\n"
            + "The two provinces will resume talks over the shared river next month, the African Union mediator for the basin, "
            + "Joseph Mbeki-Laine, said on Wednesday. He said both sides had agreed on a draft.");

        var headline = SampleDocuments.WithCue(doc, "says");
        Assert.Equal("Joseph Mbeki-Laine", headline.Speaker?.Name);
        Assert.Equal("mediator", headline.Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void AHeadlinesRoleNoun_WithTwoBodySpeakersOfThatRole_StaysTheNoun()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Fuel tax to rise in spring, minister says\n\n"
            + "Finance Minister Clara Osei said the fuel tax would rise by four cents in April. Transport Minister Pieter Vandam "
            + "said the money would go to rail repairs.");

        Assert.Equal("minister", SampleDocuments.WithCue(doc, "says").Speaker?.Name);
    }

    [Theory]
    [InlineData("Senator Tomas Brell denied the charges on Friday. Brell's supporters argued that the inquiry was political.",
        "argued", "Brell's supporters")]
    [InlineData("Governor Alma Ruiz signed the budget on Monday. Ruiz's critics said the cuts would close two clinics.",
        "said", "Ruiz's critics")]
    public void APossessiveGroup_IsAGroupAroundThePerson_NotThePerson(string text, string cue, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(speaker, s.Speaker?.Name);
        Assert.Equal(-1, s.Speaker?.Entity);
    }
}
