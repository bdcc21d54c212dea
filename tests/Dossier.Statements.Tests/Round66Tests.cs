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
}
