using Dossier.Language.PartsOfSpeech;
using Dossier.TestSupport;
using Dossier.Training;
using Dossier.Training.Conllu;
using Dossier.Training.Evaluation;
using Dossier.Training.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

/// <summary>Guards the figures recorded in docs/ACCURACY.md ("Language core"); skipped where ../shared/data is missing.</summary>
public class SharedDataAccuracyTests
{
    [SharedDataFact]
    public void Upos_EwtDev_HoldsRecordedAccuracy()
    {
        var dev = TaggedCorpus.FromConllu(ConlluReader.ReadFile(DataSets.EwtDev(RepoPaths.SharedData!)));
        var score = TaggerScore.Measure(PartOfSpeechTagger.Default, dev);
        Assert.True(score.TagAccuracy >= 0.960, $"EWT dev UPOS {score.TagAccuracy:P2}");
        Assert.True(score.LemmaAccuracy >= 0.985, $"EWT dev lemma {score.LemmaAccuracy:P2}");
        Assert.True(score.TagAccuracy >= PartOfSpeechTagger.ReadManifest().Score - 0.00005, "below the manifest's recorded score (cut to 4 places)");
    }

    [SharedDataFact]
    public void SentenceBoundaries_Dev_HoldRecordedF1()
    {
        var ewt = SentenceEvaluation.Score(ConlluText.Rebuild(ConlluReader.ReadFile(DataSets.EwtDev(RepoPaths.SharedData!))));
        var gum = SentenceEvaluation.Score(ConlluText.Rebuild(ConlluReader.ReadFiles(DataSets.GumDev(RepoPaths.SharedData!))));
        Assert.True(ewt.All.F1 >= 0.92, $"EWT dev sentence F1 {ewt.All}");
        Assert.True(gum.All.F1 >= 0.98, $"GUM dev sentence F1 {gum.All}");
        Assert.True(gum.InsideParagraphs.F1 >= 0.97, $"GUM dev inside-paragraph F1 {gum.InsideParagraphs}");
    }

    [SharedDataFact]
    public void Tokens_Dev_HoldRecordedAgreement()
    {
        var ewt = TokenEvaluation.Score(ConlluText.Rebuild(ConlluReader.ReadFile(DataSets.EwtDev(RepoPaths.SharedData!))), joinHyphenated: true);
        var gum = TokenEvaluation.Score(ConlluText.Rebuild(ConlluReader.ReadFiles(DataSets.GumDev(RepoPaths.SharedData!))), joinHyphenated: true);
        Assert.True(ewt.F1 >= 0.985, $"EWT dev token F1 {ewt}");
        Assert.True(gum.F1 >= 0.995, $"GUM dev token F1 {gum}");
    }
}
