using Dossier.Core.Models;
using Dossier.Language.PartsOfSpeech;
using Dossier.TestSupport;

namespace Dossier.Language.Tests;

public class LanguageModelsTests
{
    [Fact]
    public void EveryNamedModel_ExistsInTheRepositoryAndIsEmbedded()
    {
        var assembly = typeof(LanguageModels).Assembly;
        foreach (var (name, file) in LanguageModels.All)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Models, name, file)), $"models/{name}/{file} is missing");
            Assert.True(File.Exists(Path.Combine(RepoPaths.Models, name, ModelManifest.FileName)), $"models/{name}/manifest.json is missing");
            using var embedded = assembly.GetManifestResourceStream($"models/{name}/{file}");
            Assert.NotNull(embedded);
            var manifest = ModelResources.ReadManifest(assembly, name);
            Assert.Equal(name, manifest.Name);
            Assert.Equal(file, manifest.File);
            Assert.Equal(64, manifest.DataHash.Length);
            Assert.False(string.IsNullOrWhiteSpace(manifest.Command));
        }
    }

    [Fact]
    public void PartOfSpeechModel_LoadsFromTheEmbeddedResourceInMilliseconds()
    {
        PartOfSpeechTagger.Load();
        var clock = CpuClock.StartNew();
        var tagger = PartOfSpeechTagger.Load();
        Assert.True(clock.ElapsedMilliseconds < 1_000, $"loading took {clock.ElapsedMilliseconds:F0} ms of processor time");
        Assert.NotNull(tagger.Lemmatizer);
    }
}
