using Dossier.Core;
using Dossier.Core.Tokens;
using Dossier.Language.PartsOfSpeech;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;
using Dossier.TestSupport;
using Dossier.Training.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

public class PartOfSpeechTaggerTests
{
    private static Document Annotate(string text)
    {
        var document = new Document("t", text) { Paragraphs = LineParagraphSplitter.Split(text) };
        new TokenizerStage().Process(document, CancellationToken.None);
        new SentenceStage().Process(document, CancellationToken.None);
        new PartOfSpeechStage().Process(document, CancellationToken.None);
        return document;
    }

    private static (string Word, PartOfSpeech Tag, string? Lemma)[] Tokens(Document document)
    {
        var result = new (string, PartOfSpeech, string?)[document.Tokens.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var token = document.Tokens[i];
            result[i] = (token.TextIn(document).ToString(), token.Tag, token.Lemma);
        }
        return result;
    }

    [Fact]
    public void Tag_NewsSentence_GivesUposAndLemmas()
    {
        var tokens = Tokens(Annotate("The ministry said on Monday that it had sent 1,000 containers to the port."));
        Assert.Equal(
            [PartOfSpeech.DET, PartOfSpeech.NOUN, PartOfSpeech.VERB, PartOfSpeech.ADP, PartOfSpeech.PROPN, PartOfSpeech.SCONJ,
             PartOfSpeech.PRON, PartOfSpeech.AUX, PartOfSpeech.VERB, PartOfSpeech.NUM, PartOfSpeech.NOUN, PartOfSpeech.ADP,
             PartOfSpeech.DET, PartOfSpeech.NOUN, PartOfSpeech.PUNCT],
            Array.ConvertAll(tokens, t => t.Tag));
        Assert.Equal("say", tokens[2].Lemma);
        Assert.Equal("have", tokens[7].Lemma);
        Assert.Equal("send", tokens[8].Lemma);
        Assert.Equal("container", tokens[10].Lemma);
        Assert.Equal("Monday", tokens[4].Lemma);
    }

    [Fact]
    public void Tag_HyphenatedNamesAndCompounds_KeptWholeAndTagged()
    {
        var tokens = Tokens(Annotate("Troops fired Soviet-era 152-mm shells near Kim Jong-un's residence."));
        var byWord = tokens.ToDictionary(t => t.Word, t => t.Tag);
        Assert.Equal(PartOfSpeech.PROPN, byWord["Jong-un"]);
        Assert.Equal(PartOfSpeech.NOUN, byWord["shells"]);
        Assert.Equal(PartOfSpeech.PART, byWord["'s"]);
        Assert.Equal(PartOfSpeech.VERB, byWord["fired"]);
    }

    [Fact]
    public void Lemmatizer_UnseenWords_FollowLearnedSuffixRules()
    {
        var lemmatizer = PartOfSpeechTagger.Default.Lemmatizer;
        Assert.Equal("blorfle", lemmatizer.Lemma("blorfled", PartOfSpeech.VERB));
        Assert.Equal("snarkwidget", lemmatizer.Lemma("snarkwidgets", PartOfSpeech.NOUN));
        Assert.Equal("Zyxland", lemmatizer.Lemma("Zyxland", PartOfSpeech.PROPN));
    }

    [Fact]
    public void Lemmas_LongSentence_MatchTheLemmasOneAtATime()
    {
        // Known and unseen words, a proper noun, digits and an empty token, over more tokens than one block of look-ups,
        // each under every tag: the batched look-ups must give the very strings the one-word path gives.
        string[] words =
        [
            "said", "shells", "Zyxland", "blorfled", "snarkwidgets", "were", "ran", "Officials", "152-mm", "", "children",
            "better", "Kelmorra", "geese", "analyses", "was", "quickly", "them", "Dravnik's", "3.5",
        ];
        var tagValues = Enum.GetValues<PartOfSpeech>();
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var tags = new List<PartOfSpeech>();
        foreach (var tag in tagValues)
        {
            foreach (var word in words)
            {
                starts.Add(text.Length);
                text.Append(word);
                ends.Add(text.Length);
                text.Append(' ');
                tags.Add(tag);
            }
        }
        var lemmatizer = PartOfSpeechTagger.Default.Lemmatizer;
        var lemmas = new string?[starts.Count];
        string all = text.ToString();
        lemmatizer.Lemmas(all, starts.ToArray(), ends.ToArray(), tags.ToArray(), lemmas);
        for (int i = 0; i < lemmas.Length; i++)
        {
            Assert.Equal(lemmatizer.Lemma(all.AsSpan(starts[i], ends[i] - starts[i]), tags[i]), lemmas[i]);
        }
        Assert.True(lemmas.Length > 64);
    }

    [Fact]
    public void CheckSet_ReachesTheScoreRecordedInTheManifest()
    {
        var manifest = PartOfSpeechTagger.ReadManifest();
        var check = CheckSet.Read(Path.Combine(RepoPaths.Root, CheckSet.RelativePath));
        Assert.True(check.Count >= 40, "the check set should hold at least 40 sentences");
        var score = TaggerScore.Measure(PartOfSpeechTagger.Default, check);
        Assert.True(score.TagAccuracy >= manifest.CheckScore - 0.00005,
            $"check-set UPOS accuracy {score.TagAccuracy:F4} is below the recorded {manifest.CheckScore:F4}");
        Assert.True(manifest.CheckScore >= 0.97, $"recorded check score {manifest.CheckScore} is implausibly low");
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!???...,,,;;;\"\"''((]]")]
    [InlineData("\u0000\u0001\u0002 \t\u0007\u001B[0m text")]
    [InlineData("北朝鮮 Россия 🚀🚀 Korea مرحبا Ελλάδα")]
    [InlineData("\uD800 lone surrogate \uDC00")]
    public void Annotate_OddText_NeverThrows(string text)
    {
        var document = Annotate(text);
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            Assert.NotEqual(PartOfSpeech.None, document.Tokens.Tags[i]);
            Assert.NotNull(document.Tokens.Lemmas[i]);
        }
    }

    [Fact]
    public void Annotate_HugeLines_StayLinear()
    {
        // One 100 kB line without spaces, one of words without stops: both must be handled in time proportional to size.
        var noSpaces = new string('a', 100_000);
        var words = string.Concat(Enumerable.Repeat("shells were sent and ", 5_000));
        Annotate(noSpaces);
        double small = CpuClock.BestOf(() => Annotate(words[..(words.Length / 2)]));
        double large = CpuClock.BestOf(() => Annotate(words));
        Assert.True(large < small * 4 + 20, $"doubling the input took {large:F0} ms against {small:F0} ms");
        Assert.True(CpuClock.BestOf(() => Annotate(noSpaces)) < 2_000);
    }

    private static (string Text, int[] Starts, int[] Ends) Split(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                starts.Add(i);
            }
            if (text[i] != ' ' && (i == text.Length - 1 || text[i + 1] == ' '))
            {
                ends.Add(i + 1);
            }
        }
        return (text, [.. starts], [.. ends]);
    }

    private static readonly string[] s_doubtful =
    [
        "Can you book that flight before the storm hits , or is it all over now ?",
        "Termination Date : the Password Application closes down as soon as the United States signs .",
        "They were like , so close to the edge that , honestly , more would have broken it .",
        "Shares in Tarn Ferries fell after the lay - offs were announced , leading to protests .",
    ];

    [Fact]
    public void Tag_SentencesInAnyOrder_GiveTheSameTags()
    {
        // The candidate lattice keeps per-sentence scratch on the thread; a sentence must not see the previous one's.
        var tagger = PartOfSpeechTagger.Default;
        var first = new Dictionary<string, PartOfSpeech[]>();
        foreach (var sentence in s_doubtful)
        {
            var (text, starts, ends) = Split(sentence);
            var tags = new PartOfSpeech[starts.Length];
            tagger.Tag(text, starts, ends, tags);
            first[sentence] = tags;
        }
        for (int i = s_doubtful.Length - 1; i >= 0; i--)
        {
            var (text, starts, ends) = Split(s_doubtful[i]);
            var tags = new PartOfSpeech[starts.Length];
            tagger.Tag(text, starts, ends, tags);
            Assert.Equal(first[s_doubtful[i]], tags);
        }
    }

    [Fact]
    public void Tag_SentenceAgain_AllocatesNothing()
    {
        var tagger = PartOfSpeechTagger.Default;
        var (text, starts, ends) = Split(string.Join(" ", s_doubtful));
        var tags = new PartOfSpeech[starts.Length];
        tagger.Tag(text, starts, ends, tags);
        long before = GC.GetAllocatedBytesForCurrentThread();
        tagger.Tag(text, starts, ends, tags);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
