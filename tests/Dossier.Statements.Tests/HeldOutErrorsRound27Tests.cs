using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Attribution;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Cue repairs from the held-out train errors of round 27 (session 17), each on an invented sentence.</summary>
public sealed class HeldOutErrorsRound27Tests
{
    [Theory]
    [InlineData("After the match a soaked goalkeeper quipped, \"At least the rain has stopped.\"", "quipped", "soaked goalkeeper")]
    [InlineData("The harbour master lamented that the new dredger had arrived a year late.", "lamented", "harbour master")]
    public void VerbOfHowItWasSaid_IsACue(string sentence, string cue, string speaker)
    {
        var doc = SampleDocuments.FromTextWithNames("Harbour reopens after storm\n\n" + sentence);

        var statement = SampleDocuments.WithCue(doc, cue);
        Assert.Contains(speaker, statement.Speaker?.Span?.Slice(doc.Text) ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Water will be rationed until May, Mr. Okoro said on a call with reporters.", "a", "call with reporters")]
    [InlineData("The tunnel stays shut, the engineer said in the statement released on Monday.", "the", "statement released on Monday")]
    public void CueOnAnArticleAlone_IsNoStatement(string sentence, string cue, string content)
    {
        var doc = new Document("t", sentence) { Paragraphs = LineParagraphSplitter.Split(sentence) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        int from = sentence.IndexOf(content, StringComparison.Ordinal);
        int at = from - cue.Length - 1;
        var tagged = new Statement(new TextSpan(at, at + cue.Length), new TextSpan(from, from + content.Length), StatementKind.Indirect,
            SpeechAct.Assert, Certainty.Certain, null, [], [], null);

        Assert.Empty(StatementCleanup.Clean(doc, [tagged]));
    }
}
