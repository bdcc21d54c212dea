using System.Collections.Frozen;
using Dossier.Core;
using Dossier.Statements.Attribution;
using Dossier.Statements.Quotes;
using Dossier.Statements.Tagging;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;

namespace Dossier.Statements.Tests;

/// <summary>The second attribution pass: where it looks, what it may change, and how it is stored.</summary>
public sealed class SecondPassTests
{
    private const string Text = "Smith said the plan works.\nThe council said it would vote.\nNothing was decided.";

    [Fact]
    public void Tokens_OnlyUnitsWithCueAndNoSource()
    {
        var (view, units, first, labels) = Labelled(("Smith", 1), ("said", 2), ("the plan works", 3), ("said it", 2));

        var features = new SecondPassFeatures(first, units, labels, new byte[view.Count]);

        Assert.NotEmpty(features.Tokens);
        foreach (int t in features.Tokens)
        {
            Assert.Equal(1, view.Document.ParagraphPositionAt(view.Start(t)));
        }
    }

    [Fact]
    public void Tag_ChangesOnlyOutsideTokensOfThoseUnits()
    {
        var (view, units, first, labels) = Labelled(("Smith", 1), ("said", 2), ("the plan works", 3), ("said it", 2));
        // One row that always votes for a source: every token the pass may change becomes one.
        var second = new SecondPassModel([SecondPassFeatures.Bias], [0, 10, 0, 0, 0, 0, 0]);

        var tagged = second.Tag(new SecondPassFeatures(first, units, labels, new byte[view.Count]), labels);

        for (int t = 0; t < view.Count; t++)
        {
            int paragraph = view.Document.ParagraphPositionAt(view.Start(t));
            if (paragraph == 1 && labels[t] == AttributionLabel.Outside)
            {
                Assert.Equal(1, AttributionLabel.Kind(tagged[t]));
            }
            else
            {
                Assert.Equal(labels[t], tagged[t]);
            }
        }
    }

    [Fact]
    public void CuePass_ChangesOnlyOutsideTokensOfUnitsWithSourceAndNoCue_IntoCues()
    {
        var (view, units, first, labels) = Labelled(("Smith", 1), ("said", 2), ("the plan works", 3), ("The council", 1));
        // One row that always votes for the pass's begin label: every token it may change becomes a cue.
        var pass = new SecondPassModel([SecondPassFeatures.Bias], [0, 10, 0, 0, 0, 0, 0]);

        var tagged = pass.Tag(new SecondPassFeatures(first, units, labels, new byte[view.Count], 2), labels);

        for (int t = 0; t < view.Count; t++)
        {
            int paragraph = view.Document.ParagraphPositionAt(view.Start(t));
            if (paragraph == 1 && labels[t] == AttributionLabel.Outside)
            {
                Assert.Equal(AttributionLabel.BeginCue, tagged[t]);
            }
            else
            {
                Assert.Equal(labels[t], tagged[t]);
            }
        }
    }

    [Fact]
    public void WriteRead_KeepsBothSecondPasses()
    {
        var model = new AttributionModel([1UL], [0, 1, 2, 3, 4, 5, 6], FrozenDictionary<ulong, byte>.Empty)
        {
            Second = new SecondPassModel([SecondPassFeatures.Bias, 5UL], [0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]),
            SecondCue = new SecondPassModel([7UL], [0, 3, 0, 0, 0, 0, 0]),
        };
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var read = AttributionModel.Read(stream);

        Assert.Equal([SecondPassFeatures.Bias, 5UL], read.Second!.Keys);
        Assert.Equal([7UL], read.SecondCue!.Keys);
    }

    [Fact]
    public void WriteRead_KeepsSecondPass()
    {
        var model = new AttributionModel([1UL], [0, 1, 2, 3, 4, 5, 6], FrozenDictionary<ulong, byte>.Empty)
        {
            Second = new SecondPassModel([SecondPassFeatures.Bias, 5UL], [0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]),
        };
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var read = AttributionModel.Read(stream);

        Assert.NotNull(read.Second);
        Assert.Equal([SecondPassFeatures.Bias, 5UL], read.Second!.Keys);
    }

    private static (TokenView View, List<(int First, int End, int Paragraph)> Units, AttributionFeatures First, byte[] Labels) Labelled(
        params (string Words, int Kind)[] spans)
    {
        var doc = new Document("t", Text) { Paragraphs = LineParagraphSplitter.Split(Text) };
        new TokenizerStage().Process(doc, default);
        new SentenceStage().Process(doc, default);
        var view = new TokenView(doc, QuoteScanner.Scan(doc.Text, doc.Paragraphs));
        var units = AttributionExtractor.Units(view);
        var labels = new byte[view.Count];
        int from = 0;
        foreach (var (words, kind) in spans)
        {
            int start = Text.IndexOf(words, from, StringComparison.Ordinal);
            AttributionTagger.Mark(view, labels, new TextSpan(start, start + words.Length), kind);
            from = start + words.Length;
        }
        var first = new AttributionFeatures(view, units, new byte[view.Count], new byte[view.Count]);
        return (view, units, first, labels);
    }
}
