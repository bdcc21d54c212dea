using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Cues the tagger finds without any speech after them (round 15): a likely cue that closes its clause speaks the
/// clause before it.</summary>
public sealed class CueRecallRound15Tests
{
    [Fact]
    public void AnInvertedSourceWithADescriptionAndARelativeClause_SpeaksTheClauseBefore()
    {
        var doc = SampleDocuments.FromTextWithNames(
            "Port workers gathered on Monday.\n\n"
            + "Ten firms left the city this year. But that is not fast enough, said Tom Rakes, a senior analyst at Brightline, who notes that the firm has promised to cut costs.");

        var said = SampleDocuments.WithCue(doc, "said");
        Assert.Equal("But that is not fast enough", said.Content.Slice(doc.Text));
        Assert.Equal("Tom Rakes", said.Speaker?.Name);
    }

    [Fact]
    public void AQuestion_IsNoSpeechOfItsSubject()
    {
        var doc = SampleDocuments.FromTextWithNames("The harbour report is late. How has the city responded? Nobody knows.");

        Assert.DoesNotContain(doc.Statements, s => s.Cue.Slice(doc.Text).Contains("responded", StringComparison.Ordinal));
    }
}
