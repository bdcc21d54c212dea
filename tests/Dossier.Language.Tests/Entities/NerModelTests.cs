using Dossier.Language.Entities;
using Dossier.TestSupport;
using Dossier.Training.Ner;

namespace Dossier.Language.Tests.Entities;

public sealed class NerModelTests
{
    [Fact]
    public void EmbeddedModel_LoadsQuicklyAndHasAManifest()
    {
        var clock = CpuClock.StartNew();
        var model = NerModel.Load(null);
        Assert.True(model.FeatureCount > 10_000);
        Assert.True(clock.ElapsedMilliseconds < 2_000, $"loading took {clock.ElapsedMilliseconds:F0} ms of processor time");
        var manifest = NerModel.Manifest();
        Assert.Equal("ner", manifest.Name);
        Assert.Equal(NerModel.FileName, manifest.File);
        Assert.Equal(NerTrainer.Seed, manifest.Seed);
        Assert.Equal(64, manifest.DataHash.Length);
    }

    [Fact]
    public void ModelInTheRepository_ReachesItsRecordedCheckScore()
    {
        var recognizer = new EntityRecognizer(NerModel.Load(RepoPaths.Models), Gazetteer.Default);
        var score = NerCheckSet.Score(recognizer);
        var manifest = NerModel.Manifest(RepoPaths.Models);
        Assert.True(score.Gold >= 80, "the check set should hold at least 80 names");
        Assert.True(score.F1 >= manifest.CheckScore - 1e-4, $"check F1 {score.F1:F4} < recorded {manifest.CheckScore:F4}");
    }

    [SharedDataFact]
    public void HeldOutSpanF1_StaysAtOrAboveTheGuard()
    {
        // The guard is the measured figure (see docs/ACCURACY.md), not the 0.88 target, which the model does not reach yet.
        var f1 = NerTrainer.HeldOutF1(RepoPaths.SharedData!, RepoPaths.Models);
        Assert.True(f1 >= HeldOutGuard, $"held-out span F1 {f1:F4} < {HeldOutGuard}");
    }

    internal const double HeldOutGuard = 0.812;
}
