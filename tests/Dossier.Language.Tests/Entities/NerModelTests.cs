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

    // Training is deterministic and the committed model is what the train command writes: a change to what the trainer
    // reads (its labelling, its features, the title list both use) that is not followed by a retrain fails here.
    [SharedDataFact]
    public void TrainingAgain_WritesTheCommittedModelByteForByte()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-ner-" + Guid.NewGuid().ToString("N"));
        try
        {
            NerTrainer.Run(RepoPaths.SharedData!, folder);
            var written = File.ReadAllBytes(Path.Combine(folder, NerModel.ModelName, NerModel.FileName));
            var committed = File.ReadAllBytes(Path.Combine(RepoPaths.Models, NerModel.ModelName, NerModel.FileName));
            Assert.True(written.AsSpan().SequenceEqual(committed), $"train ner wrote {written.Length} bytes unlike the committed {committed.Length}");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    internal const double HeldOutGuard = 0.814;
}
