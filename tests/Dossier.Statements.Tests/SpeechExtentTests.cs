using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>What a statement holds when the tagger and the rules read it differently: its cue, its quotation, its
/// speaker's role.</summary>
public sealed class SpeechExtentTests
{
    [Fact]
    public void TheSubjectOfTheReportedClause_IsContentNotCue()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The ministry published its figures.\n\nThe report, published by the National Audit Office last Thursday, said waiting lists had grown by about 40% since 2022.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("waiting lists had grown by about 40% since 2022", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void APersonNamedAgain_KeepsTheRoleTheStoryGaveThem()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Transport Minister Alan Brecht resigned on Friday.\n\nIn a letter to the premier, Brecht wrote that he had \"lost the trust of the public.\"");

        Assert.Equal("Transport Minister", SampleDocuments.WithCue(doc, "wrote").Speaker?.Role);
    }

    [Fact]
    public void TwoQuotationsAroundTheCue_AreBothInTheQuote()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Premier Ruth Abara thanked her for her service.\n\n\"Helen has worked tirelessly,\" she said in a post on X. \"I understand and respect her decision.\"");

        var s = Assert.Single(doc.Statements, s => s.Quote?.Contains("respect her decision", StringComparison.Ordinal) == true);
        Assert.Contains("worked tirelessly", s.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void AParticipleNotingSomething_SharesTheSpeakerBeforeIt()
    {
        var doc = SampleDocuments.FromTextWithNames("The union said it would fight the cuts, noting that the plants were profitable.");

        Assert.Equal("union", SampleDocuments.WithCue(doc, "noting").Speaker?.Name);
    }

    [Fact]
    public void ASecondVerbJoinedByAnd_SharesTheSubject()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Factory owners braced for a long dispute.\n\nIG Metall, Germany's largest union, said it would fight \"every single job cut\" and warned of strikes at three plants.");

        var warned = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).StartsWith("warned", StringComparison.Ordinal));
        Assert.NotNull(warned.Speaker);
        Assert.Equal(SampleDocuments.WithCue(doc, "said").Speaker?.Name, warned.Speaker?.Name);
    }

    [Fact]
    public void ACountryInTheSpeakersAppositive_IsNotTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames("IG Metall, Germany's largest union, said it would fight every job cut.");

        Assert.Equal("IG Metall", SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Theory]
    [InlineData("The league was tense.\n\nThe home side won 3-2 after extra time, the coach said.", "The home side won 3-2 after extra time")]
    [InlineData("The league was tense.\n\nThe home side won 3 - 2 after extra time, the coach said.", "The home side won 3 - 2 after extra time")]
    public void AnArticleAlone_IsNoContent_AndAScoreIsNoDateline(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Fact]
    public void AQuotationBeforeARoleAndName_IsTheSpeech_AndWhereTheyWereToldIsNot()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The case drew wide attention.\n\n\"Ms. Varga has served this town honestly for 12 years, and she will be cleared,\" her lawyer, Tomas Lind, told reporters outside the courthouse.");

        var s = SampleDocuments.WithCue(doc, "told");
        Assert.Equal("Tomas Lind", s.Speaker?.Name);
        Assert.Equal("Ms. Varga has served this town honestly for 12 years, and she will be cleared,", s.Quote);
        Assert.DoesNotContain("courthouse", s.Content.Slice(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("Tomas Lind", s.Content.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void UrgingAfterSaying_IsTheSameSpeakersStatement()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The council leader, Ana Ruiz, said in a statement that residents \"deserve answers\" and urged the state to audit all contracts.");

        Assert.Equal("Ana Ruiz", SampleDocuments.WithCue(doc, "urged").Speaker?.Name);
    }

    [Fact]
    public void PleadingNotGuilty_DeniesTheCharges()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Former Westport mayor Daniel Osei pleaded not guilty on Tuesday to charges that he took bribes from developers.");

        var s = Assert.Single(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("guilty", StringComparison.Ordinal));
        Assert.Equal(SpeechAct.Deny, s.Act);
    }

    [Fact]
    public void AQuotationAfterOneToldToANewsConference_GoesOnWithTheResolvedSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The club said nothing.\n\nCity coach Elena Marsh refused to discuss the player on Friday. \"I don't talk about players from other clubs,\" she told a news conference. \"We are always looking to improve.\"");

        var next = Assert.Single(doc.Statements, s => s.Quote?.StartsWith("We are always", StringComparison.Ordinal) == true);
        Assert.Equal("Elena Marsh", next.Speaker?.Name);
        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == "discuss");
    }

    [Fact]
    public void ANamedNewspaperOfACountry_IsTheSpeaker_NotTheCountry()
    {
        var doc = SampleDocuments.FromTextWithNames("The club said nothing.\n\nCosta may have changed his mind, Portuguese newspaper Record reported.");

        // The recogniser finds the paper's one-word title after "newspaper" (names round 26): the name, with the rest its role.
        var speaker = SampleDocuments.WithCue(doc, "reported").Speaker;
        Assert.Equal("Record", speaker?.Name);
        Assert.Equal("Portuguese newspaper", speaker?.Role);
    }

    [Fact]
    public void AnAliasBetweenCommas_BelongsToTheSpeaker()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The storm hit the coast.\n\nThe national weather agency, known as MeteoNord, said the storm packed winds of 160 km/h. A spokesperson said two people were missing.");

        var s = Assert.Single(doc.Statements, s => s.Content.Slice(doc.Text).StartsWith("the storm packed", StringComparison.Ordinal));
        Assert.Equal("The national weather agency, known as MeteoNord", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Equal("the storm packed winds of 160 km/h", s.Content.Slice(doc.Text));
    }

    [Fact]
    public void ARefusalReadWithoutItsSource_IsTheSubjects()
    {
        var doc = SampleDocuments.FromTextWithNames("The fund cut its forecast.\n\nA spokesperson for the IMF declined to comment on the account.");

        var s = SampleDocuments.WithCue(doc, "declined");
        Assert.Equal("International Monetary Fund", s.Speaker?.Name);
        Assert.Equal("spokesperson", s.Speaker?.Role);
    }
}
