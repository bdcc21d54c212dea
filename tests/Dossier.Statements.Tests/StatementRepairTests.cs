using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.TestSupport;

namespace Dossier.Statements.Tests;

/// <summary>What the tagger's raw statements must not show a reader: relays as speakers, cut-off contents, descriptions read as countries.</summary>
public sealed class StatementRepairTests
{
    private static readonly string[] s_dangling = ["the", "a", "an", "of", "by", "for", "to", "in", "on", "at", "with", "from", "that", "and", "or", "’s", "'s"];

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var article in AnswerKey.Items("articles"))
        {
            data.Add(article.GetProperty("id").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Speakers_AreNeverARelayRunIntoTheNextSubject(string id)
    {
        var doc = SampleDocuments.Get(id);

        // "According to the BBC, the North Korean government denied …" once gave the speaker "the BBC, the North Korean government".
        Assert.All(doc.Statements, s => Assert.DoesNotContain(", ", s.Speaker?.Name ?? string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Contents_DoNotStopOnAWordThatCannotEndAClause(string id)
    {
        var doc = SampleDocuments.Get(id);

        foreach (var s in doc.Statements)
        {
            string content = s.Content.Slice(doc.Text).TrimEnd();
            string last = content[(content.LastIndexOf(' ') + 1)..];
            Assert.False(s_dangling.Contains(last, StringComparer.OrdinalIgnoreCase) || content.EndsWith("’s", StringComparison.Ordinal),
                $"content ends on '{last}': {content}");
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Contents_DoNotRunPastTheirOwnCueIntoTheNextSentence(string id)
    {
        var doc = SampleDocuments.Get(id);

        foreach (var s in doc.Statements)
        {
            if (s.Content.Contains(s.Cue.Start))
            {
                string after = doc.Text[s.Cue.End..s.Content.End];
                Assert.False(after.Contains(". ", StringComparison.Ordinal), $"content runs on past '{s.Cue.Slice(doc.Text)}': {s.Content.Slice(doc.Text)}");
            }
        }
    }

    [Fact]
    public void DefiniteDescription_NamesTheLastSpeakerWithThatRole()
    {
        const string text = "Finance Minister Ana Costa said on Monday that taxes would fall next year.\n"
            + "Prices will rise before they fall, the minister said.";

        var doc = SampleDocuments.FromText(text);

        var later = Assert.Single(doc.Statements, s => s.Content.Slice(text).StartsWith("Prices", StringComparison.Ordinal));
        Assert.Equal("Ana Costa", later.Speaker?.Name);
    }

    [Fact]
    public void DefiniteDescription_WithAnotherNationality_IsNotTheSamePerson()
    {
        const string text = "Portuguese Finance Minister Ana Costa said on Monday that taxes would fall next year.\n"
            + "Prices will rise before they fall, the Spanish minister said.";

        var doc = SampleDocuments.FromText(text);

        var later = Assert.Single(doc.Statements, s => s.Content.Slice(text).StartsWith("Prices", StringComparison.Ordinal));
        Assert.NotEqual("Ana Costa", later.Speaker?.Name);
    }

    [Fact]
    public void NestedAttribution_OfThePronounSpeaker_IsNotAStatementOfItsOwn()
    {
        const string text = "The mayor said on Monday that he thinks the new tram line will open in May.";

        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(text) == "thinks");
        Assert.Contains(doc.Statements, s => s.Cue.Slice(text) == "said");
    }

    [Fact]
    public void NestedAttribution_RelayedOnlyFromAfar_IsNotAStatementOfItsOwn()
    {
        const string text = "The board said in a statement that the chief executive had pledged enough money to keep the plant open, Reuters reported.";

        var doc = SampleDocuments.FromText(text);

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(text).Contains("pledged", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.Cue.Slice(text) == "said");
    }

    [Fact]
    public void DateBetweenSubjectAndCue_IsNotTheSpeaker()
    {
        const string text = "House Speaker Paul Ryan on Thursday declared that he could not support the plan yet.";

        var doc = SampleDocuments.FromText(text);

        var statement = Assert.Single(doc.Statements, s => s.Cue.Slice(text) == "declared");
        Assert.Contains("Ryan", statement.Speaker?.Name ?? "", StringComparison.Ordinal);
    }
}
