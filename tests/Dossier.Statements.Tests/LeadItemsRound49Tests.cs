using Dossier.Core;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>Round 49 (session 26): the lead's session-25 items on invented sentences — a tagged content that ran back over
/// its own source and cue (the tagger's labels built by hand, as the model gives them only in some contexts), and the
/// writer's naming of a quotation after it.</summary>
public sealed class LeadItemsRound49Tests
{
    [Fact]
    public void WordsDescribingASourceSetOffByCommas_AreNoPartOfItsContent()
    {
        const string text = "The union's chief, Anna Holm, said the strike would go on.";
        var (view, labels) = Labelled(text, ("The union's chief", 3), ("Anna Holm,", 1), ("said", 2), ("the strike would go on", 3));

        var s = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Equal("the strike would go on", s.Content.Slice(text));
        Assert.Equal("Anna Holm", s.Speaker?.Span?.Slice(text));
    }

    [Fact]
    public void ASpeechBrokenByItsSourceAndCue_StaysWhole()
    {
        const string text = "The new bridge, Smith said, would cost far too much.";
        var (view, labels) = Labelled(text, ("The new bridge", 3), ("Smith", 1), ("said", 2), (", would cost far too much", 3));

        var s = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Equal("The new bridge, Smith said, would cost far too much", s.Content.Slice(text));
    }

    [Fact]
    public void AContentRunOnIntoTheNextSentencesQuotation_IsSplitBetweenTheTwoCues()
    {
        const string text = "The mayor told reporters the bridge was safe. \"We checked every cable,\" Ruiz added.";
        var (view, labels) = Labelled(text, ("The mayor", 1), ("told", 2), ("the bridge was safe. \"We checked every cable,\"", 3),
            ("Ruiz", 1), ("added", 2));

        var statements = AttributionTagger.Statements(view, labels);

        Assert.Equal(2, statements.Count);
        Assert.Equal("the bridge was safe", statements[0].Content.Slice(text));
        Assert.Equal("\"We checked every cable,\"", statements[1].Content.Slice(text));
        Assert.Equal("Ruiz", statements[1].Speaker?.Span?.Slice(text));
    }

    [Fact]
    public void AQuotationOverTwoSentencesWithOneCue_StaysWhole()
    {
        const string text = "\"We checked every cable. The bridge is safe,\" Ruiz added.";
        var (view, labels) = Labelled(text, ("\"We checked every cable. The bridge is safe,\"", 3), ("Ruiz", 1), ("added", 2));

        var s = Assert.Single(AttributionTagger.Statements(view, labels));

        Assert.Equal("\"We checked every cable. The bridge is safe,\"", s.Content.Slice(text));
    }

    [Theory]
    [InlineData("The senator called the bill \"a betrayal\", a phrase her aides later tried to soften.", "the bill \"a betrayal\"")]
    [InlineData("The coach said his players were \"exhausted,\" a word he repeated twice.", "his players were \"exhausted,\"")]
    public void ANounPhraseNamingTheQuotedWords_IsTheWriters(string text, string content)
    {
        var doc = SampleDocuments.FromText(text);

        var s = Assert.Single(doc.Statements, s => s.Speaker?.Span is { } span && span.Start == 0);
        Assert.Equal(content, s.Content.Slice(text));
    }

    [Fact]
    public void OtherNounPhrasesAfterAQuotation_StayInTheContent()
    {
        const string text = "The auditors had said most of the files were only \"internal,\" a lower grade of secrecy.";
        var doc = SampleDocuments.FromText(text);

        var s = SampleDocuments.WithCue(doc, "said");
        Assert.EndsWith("a lower grade of secrecy", s.Content.Slice(text), StringComparison.Ordinal);
    }

    [Fact]
    public void ACueInsideTheWritersNameForAQuotation_IsNoStatement()
    {
        const string text = "\"The port is finished,\" the minister said, a phrase widely read as a warning to the unions.";
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal("said", s.Cue.Slice(text));
        Assert.Equal("\"The port is finished,\"", s.Content.Slice(text));
    }

    private static (TokenView View, byte[] Labels) Labelled(string text, params (string Words, int Kind)[] spans)
    {
        var doc = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        var view = new TokenView(doc, QuoteScanner.Scan(doc.Text, doc.Paragraphs));
        var labels = new byte[view.Count];
        foreach (var (words, kind) in spans)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal);
            AttributionTagger.Mark(view, labels, new TextSpan(start, start + words.Length), kind);
        }
        return (view, labels);
    }
}
