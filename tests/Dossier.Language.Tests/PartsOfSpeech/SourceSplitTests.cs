using Dossier.Training.Conllu;
using Dossier.Training.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

public sealed class SourceSplitTests
{
    [Theory]
    [InlineData("weblog-juancole.com_juancole_20051126063000_ENG_20051126_063000-0003", "weblog-juancole.com_juancole")]
    [InlineData("newsgroup-groups.google.com_alt.animals.badgers_172dcd8baf26948f_ENG_20040823_121900-0001", "newsgroup-groups.google.com_alt.animals.badgers")]
    [InlineData("email-enronsent19_01-0002", "email-enronsent19")]
    [InlineData("answers-20111105112131AA6gIX6_ans-0001", "answers-20111105112131AA6gIX6_ans")]
    [InlineData("reviews-160442-0002", "reviews-160442")]
    public void SourceOf_EwtSentenceId_GivesBlogGroupFolderOrDocument(string id, string source) =>
        Assert.Equal(source, SourceSplit.SourceOf(id));

    [Fact]
    public void HeldOut_KeepsSourcesWholeAndTakesEveryGenre()
    {
        var sentences = new List<ConlluSentence>();
        for (int doc = 0; doc < 20; doc++)
        {
            for (int s = 1; s <= 3; s++)
            {
                sentences.Add(Sentence($"email-enronsent{doc:00}_01-000{s}"));
                sentences.Add(Sentence($"reviews-{1000 + doc}-000{s}"));
            }
        }
        var held = SourceSplit.HeldOut(sentences, 5);
        var heldSources = new HashSet<string>();
        var keptSources = new HashSet<string>();
        for (int i = 0; i < sentences.Count; i++)
        {
            (held[i] ? heldSources : keptSources).Add(SourceSplit.SourceOf(sentences[i].Id));
        }
        Assert.Empty(heldSources.Intersect(keptSources));
        Assert.Equal(4, heldSources.Count(s => s.StartsWith("email", StringComparison.Ordinal)));
        Assert.Equal(4, heldSources.Count(s => s.StartsWith("reviews", StringComparison.Ordinal)));
        Assert.Equal(held, SourceSplit.HeldOut(sentences, 5));
    }

    private static ConlluSentence Sentence(string id) =>
        new(id, false, false, [new ConlluToken("word", 0, 1, true)], [new ConlluWord("word", "word", "NOUN", "_")]);
}
