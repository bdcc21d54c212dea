using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Statements;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

public sealed class AttributionPatternTests
{
    [Fact]
    public void SplitQuote_AroundTheCue_JoinsBothParts()
    {
        var doc = SampleDocuments.FromText("“We will not stop,” Hill said. “We never have.”\n“It is hard,” Hill said, “but we go on.”");
        var s = doc.Statements.Single(x => x.Quote is not null && x.Quote.Contains("but we go on"));
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.Equal("It is hard, but we go on.", s.Quote);
        Assert.Equal("Hill", s.Speaker!.Name);
    }

    [Fact]
    public void MultiSentenceQuote_IsOneStatement()
    {
        var doc = SampleDocuments.FromText("\"Is it over? No. It is not over,\" the minister said.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Is it over? No. It is not over,", s.Quote);
        Assert.Equal("minister", s.Speaker!.Name);
    }

    [Fact]
    public void ColonIntroducedQuote_TakesTheQuote()
    {
        var doc = SampleDocuments.FromText("The mayor said: \"The roads are closed.\"");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("The roads are closed.", s.Quote);
        Assert.Equal("mayor", s.Speaker!.Name);
    }

    [Fact]
    public void Appositive_GivesTheRole()
    {
        var doc = SampleDocuments.FromText("Hugh Hill, a doctor, said the clinic was full.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Hugh Hill", s.Speaker!.Name);
        Assert.Equal("a doctor", s.Speaker.Role);
        Assert.Equal("the clinic was full", doc.Slice(s.Content));
    }

    [Fact]
    public void Pronoun_ResolvesToLastNamedSpeaker_NotToAPersonInsideTheQuote()
    {
        var doc = SampleDocuments.FromText("Mayor Anna Berg said the bridge was safe.\n\"He [the governor] is wrong about it,\" she said.");
        var s = doc.Statements.Single(x => x.Quote is not null);
        Assert.Equal("Anna Berg", s.Speaker!.Name);
        Assert.Equal("she", doc.Slice(s.Speaker.Span!.Value));
    }

    [Fact]
    public void Surname_ResolvesToFullName()
    {
        var doc = SampleDocuments.FromText("Senator Tom Reed spoke on Monday.\nThe deal is dead, Reed said.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Tom Reed", s.Speaker!.Name);
    }

    [Fact]
    public void UnattributedQuoteParagraph_ContinuesThePreviousSpeaker()
    {
        var doc = SampleDocuments.FromText("\"We are ready,\" said General Ana Ruiz.\n\"Our troops have trained for months and they know the ground well.\"");
        Assert.Equal(2, doc.Statements.Count);
        Assert.All(doc.Statements, s => Assert.Equal("Ana Ruiz", s.Speaker!.Name));
    }

    [Fact]
    public void AccordingTo_BothOrders()
    {
        var doc = SampleDocuments.FromText("According to the ministry, ten people died.\nThe bridge collapsed at noon, according to local police.");
        Assert.Equal(2, doc.Statements.Count);
        Assert.Equal("ministry", doc.Statements[0].Speaker!.Name);
        Assert.Equal("ten people died", doc.Slice(doc.Statements[0].Content));
        Assert.Equal("local police", doc.Statements[1].Speaker!.Name);
        Assert.Equal("The bridge collapsed at noon", doc.Slice(doc.Statements[1].Content));
    }

    [Fact]
    public void Passive_HasNoSpeaker()
    {
        var doc = SampleDocuments.FromText("It was reported that the border was closed.");
        var s = Assert.Single(doc.Statements);
        Assert.Null(s.Speaker);
        Assert.Equal("the border was closed", doc.Slice(s.Content));
    }

    [Fact]
    public void Relays_FromInterview_PassiveReport_AndCiting()
    {
        var doc = SampleDocuments.FromText(
            "The talks failed, the envoy said in an interview with Reuters.\nThis was reported by the BBC.\n" +
            "The Washington Post reported, citing two officials, that the plan was dropped.");
        var interview = doc.Statements[0];
        Assert.Contains(interview.Relays, r => r.Name == "Reuters" && r.Medium == "interview");
        Assert.Contains(interview.Relays, r => r.Name == "BBC");
        var cited = doc.Statements[1];
        Assert.Equal("two officials", cited.Speaker!.Name);
        Assert.Contains(cited.Relays, r => r.Name == "Washington Post");
    }

    [Fact]
    public void Citing_AnArgument_LeavesTheWriterAsSpeaker()
    {
        var doc = SampleDocuments.FromText("\"The harbour law is void,\" Judge Lind wrote, citing precedent.");

        var s = doc.Statements.First(s => doc.Slice(s.Cue) == "wrote");

        Assert.Equal("Judge Lind", doc.Slice(s.Speaker!.Span!.Value));
    }

    [Fact]
    public void Denial_AndCalledFake_AreDeny()
    {
        var doc = SampleDocuments.FromText("The ministry denied the report.\nThe envoy called the claim \"a lie.\"");
        Assert.All(doc.Statements, s => Assert.Equal(SpeechAct.Deny, s.Act));
        Assert.Equal(2, doc.Statements.Count);
    }

    [Fact]
    public void Hedges_SetCertaintyWithTheirWords()
    {
        var doc = SampleDocuments.FromText("Officials said the plant may probably reopen.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Certainty.Possible, s.Certainty);
        Assert.Equal(["may", "probably"], s.CertaintyCues.Select(c => doc.Slice(c)).ToArray());
    }

    [Fact]
    public void IsUnderstoodTo_IsTheReportersHedge()
    {
        var doc = SampleDocuments.FromText("The club is understood to have accepted an opening bid, sources close to the talks said.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Certainty.Probable, s.Certainty);
        Assert.Equal(["understood"], s.CertaintyCues.Select(c => doc.Slice(c)).ToArray());
    }

    [Fact]
    public void WithEntities_SpeakerLinksToTheEntity()
    {
        var speaker = LinkedSpeaker("Gen. Lee said the base was hit.", "Lee Min-ho", EntityType.Person,
            new EntityMention(new TextSpan(5, 8), EntityType.Person, 0));
        Assert.Equal(0, speaker.Entity);
        Assert.Equal("Lee Min-ho", speaker.Name);
        Assert.Equal("Gen.", speaker.Role);
    }

    [Fact]
    public void ArticleBeforeAnOrganisation_IsNoRole()
    {
        var speaker = LinkedSpeaker("The White House said the talks were over.", "White House", EntityType.Org,
            new EntityMention(new TextSpan(4, 15), EntityType.Org, 0));
        Assert.Equal("White House", speaker.Name);
        Assert.Null(speaker.Role);
    }

    [Fact]
    public void AcronymInBrackets_LinksTheNameWithoutAPossessorRole()
    {
        var speaker = LinkedSpeaker("The plant was closed, the country's Nuclear Safety Agency (NSA) said on Monday.", "Nuclear Safety Agency", EntityType.Org,
            new EntityMention(new TextSpan(36, 57), EntityType.Org, 0),
            new EntityMention(new TextSpan(59, 62), EntityType.Org, 0));
        Assert.Equal("Nuclear Safety Agency", speaker.Name);
        Assert.Null(speaker.Role);
    }

    [Fact]
    public void FrontRoleInsideTheMentionRole_IsListedOnce()
    {
        var speaker = LinkedSpeaker("Head of the Port Authority, Captain Ann Lee said the port was shut.", "Ann Lee", EntityType.Person,
            new EntityMention(new TextSpan(36, 43), EntityType.Person, 0, new TextSpan(0, 35)));
        Assert.Equal("Ann Lee", speaker.Name);
        Assert.Equal("Head of the Port Authority, Captain", speaker.Role);
    }

    [Theory]
    [InlineData("Chancellor Maria Lopez will reportedly visit Peru and Chile soon.")]
    [InlineData("Brazilian President Carla Mendes will reportedly travel to Lima next month.")]
    public void HedgeAdverb_HasNoNamedSource(string text)
    {
        var doc = SampleDocuments.FromText(text);
        foreach (var s in doc.Statements.Where(x => doc.Slice(x.Cue) == "reportedly"))
        {
            Assert.Null(s.Speaker);
            Assert.Equal(0, s.Content.Start);
        }
    }

    [Fact]
    public void RoleGivenTwice_IsListedOnce()
    {
        var speaker = LinkedSpeaker("Ann Lee, an expert at the Prism Council, said the plan would fail.", "Ann Lee", EntityType.Person,
            new EntityMention(new TextSpan(0, 7), EntityType.Person, 0, new TextSpan(12, 39)));
        Assert.Equal("Ann Lee", speaker.Name);
        Assert.Equal("expert at the Prism Council", speaker.Role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"\"\"“”‘’''")]
    [InlineData("said said said according to , , , \" he said")]
    [InlineData("\u0001\u0002 said \u0000 \"x")]
    [InlineData("1,000,000,000,000,000,000,000,000,000 $ % 99/99/9999 12:00 2882015 1e400 up to as many as")]
    public void OddText_NeverThrows(string text)
    {
        var doc = SampleDocuments.FromText(text);
        Assert.NotNull(doc.Statements);
    }

    [Fact]
    public void HugeLine_NeverThrows()
    {
        var text = string.Concat(Enumerable.Repeat("“Prices rose by 5 percent,” he said, according to officials. ", 2000));
        var doc = SampleDocuments.FromText(text);
        Assert.NotEmpty(doc.Statements);
    }

    /// <summary>The one statement's speaker in <paramref name="text"/>, with the given mentions of one entity (index 0) laid over it.</summary>
    private static Speaker LinkedSpeaker(string text, string name, EntityType type, params EntityMention[] mentions)
    {
        var doc = new Document("e", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        doc.Entities.Add(new Entity(0, name, type));
        doc.Mentions.AddRange(mentions);
        new StatementStage().Process(doc, default);
        return Assert.Single(doc.Statements).Speaker!;
    }
}
