using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Round 32: the lead's items from reading news dossiers (false cues on verbs of doing or of change, a group of a
/// place and a share of a group as speakers, a site of the speaker's own as the relay), each on an invented sentence of
/// another story.</summary>
public sealed class LeadItemsRound32Tests
{
    [Theory]
    [InlineData("Food prices fell sharply on Tuesday. Inflation rose to 4.8% in March, and the central bank said it would raise rates.", "rose")]
    [InlineData("Jobless claims rose to 240,000 last week.", "claims")]
    [InlineData("Flood claims soared after the storm.", "claims")]
    public void AVerbOfChange_IsNoCue(string text, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text) == cue);
    }

    [Fact]
    public void AChangeInsideTheContent_StaysSaid()
    {
        var doc = SampleDocuments.FromTextWithNames("The minister said increased spending would help the ports.");

        Assert.Equal("increased spending would help the ports", SampleDocuments.WithCue(doc, "said").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("At least nine miners confirmed dead after the blast at the Kolwezi pit.", "confirmed")]
    [InlineData("Three people confirmed dead as storm hits coast.", "confirmed")]
    [InlineData("Two climbers were feared dead on the Eiger.", "feared")]
    public void AParticipleBeforeAStateOfTheBody_IsNoSpeech(string text, string cue)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith(cue, StringComparison.Ordinal));
    }

    [Fact]
    public void ConfirmingThatSomeoneDied_StaysSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames("The ministry confirmed that nine miners had died.");

        Assert.Equal("nine miners had died", SampleDocuments.WithCue(doc, "confirmed").Content.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Hartley Rovers conceded 31 goals in twelve matches.")]
    [InlineData("Hartley Rovers conceded a late penalty on Saturday.")]
    public void ConcedingAScore_IsNoAdmission(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("conceded", StringComparison.Ordinal));
    }

    [Fact]
    public void ConcedingThatSomethingFailed_StaysAnAdmission()
    {
        var doc = SampleDocuments.FromTextWithNames("The coach conceded that the defence had failed.");

        Assert.Equal("the defence had failed", SampleDocuments.WithCue(doc, "conceded").Content.Slice(doc.Text));
    }

    [Fact]
    public void AgreeingADeal_IsNoSpeech()
    {
        var doc = SampleDocuments.FromTextWithNames("Nordwind Shipping agrees deal to sell two tankers to a Greek buyer.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).EndsWith("agrees", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePeopleOfAPlace_SpeakAsAGroup()
    {
        var doc = SampleDocuments.FromTextWithNames("The people of Galway said the new road was unsafe.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("people of Galway", s.Speaker?.Name);
        Assert.Equal("The people of Galway", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("Nearly a third of nurses, 31%, said they planned to leave the profession.", "Nearly a third of nurses")]
    [InlineData("More than half of drivers, 54%, said fuel prices were their main worry.", "More than half of drivers")]
    [InlineData("Nearly a third of nurses said they planned to leave the profession.", "Nearly a third of nurses")]
    [InlineData("At least a dozen shopkeepers said the market had been closed for weeks.", "At least a dozen shopkeepers")]
    public void AShareOfAGroup_Speaks(string text, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(speaker, SampleDocuments.WithCue(doc, "said").Speaker?.Name);
    }

    [Theory]
    [InlineData("The ransomware gang claimed responsibility in a post on its leak site on Monday.", "claimed", null, "post")]
    [InlineData("The hospital wrote on its website that all clinics would reopen.", "wrote", null, "website")]
    [InlineData("The ministry said on its Telegram channel that the border was closed.", "said", "Telegram", null)]
    public void ASiteOfTheSpeakersOwn_IsTheWordsMedium_AndANamedPlatformRelaysThem(string text, string cue, string? relay, string? medium)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        // Round 66: a site of the speaker's own is no outlet (no relay "online"); its form is the statement's medium.
        var s = SampleDocuments.WithCue(doc, cue);
        Assert.Equal(medium, s.Medium);
        if (relay is null)
        {
            Assert.Empty(s.Relays);
            return;
        }
        var r = Assert.Single(s.Relays);
        Assert.Equal(relay, r.Name);
        Assert.Equal("post", r.Medium);
    }

    [Fact]
    public void TheSiteOfABlast_IsNoWebSite()
    {
        var doc = SampleDocuments.FromTextWithNames("The minister told reporters on the site of the blast that the mine would close.");

        Assert.DoesNotContain(SampleDocuments.WithCue(doc, "told").Relays, r => r.Medium == "post");
    }

    [Theory]
    [InlineData("The ferry operator cancelled 40 sailings last week and the harbour master said the storm had passed.", "the harbour master")]
    [InlineData("The union staged two strikes this year and the hospital said talks would resume.", "the hospital")]
    [InlineData("The mayor and the police chief said the square would reopen.", "The mayor and the police chief")]
    public void AnAndAfterATime_JoinsClausesNotSpeakers(string text, string source)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(source, SampleDocuments.WithCue(doc, "said").Speaker?.Span?.Slice(doc.Text));
    }

    [Fact]
    public void TheNounANumberCounts_EndsTheSource()
    {
        var doc = SampleDocuments.FromTextWithNames("The two ministers agreed that talks on the fishing quotas would resume in March.");

        var s = SampleDocuments.WithCue(doc, "agreed");
        Assert.Equal("agreed", s.Cue.Slice(doc.Text));
        Assert.Equal("two ministers", s.Speaker?.Name);
        Assert.Equal("The two ministers", s.Speaker?.Span?.Slice(doc.Text));
    }

    [Theory]
    [InlineData("The ransomware gang claimed responsibility in a post on its leak site on Monday.", "responsibility")]
    [InlineData("The hackers claimed responsibility for the outage on Telegram.", "responsibility for the outage")]
    [InlineData("The militia claimed the strike on its Telegram channel late on Sunday.", "the strike")]
    public void WhereTheWordsWerePosted_ClosesTheContent(string text, string content)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        Assert.Equal(content, SampleDocuments.WithCue(doc, "claimed").Content.Slice(doc.Text));
    }

    [Fact]
    public void AStatementThatSaysNothing_RelaysNothing()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "The ferry operator conceded 40 sailings last week and the harbour master said the storm had passed.");

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("the harbour master", s.Speaker?.Span?.Slice(doc.Text));
        Assert.Empty(s.Relays);
    }
}
