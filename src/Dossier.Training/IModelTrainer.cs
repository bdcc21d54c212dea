using Dossier.Core.Models;

namespace Dossier.Training;

/// <summary>Trains one model from the shared data sets and writes it, with its manifest, under <c>models/&lt;Name&gt;/</c>.</summary>
public interface IModelTrainer
{
    /// <summary>The model's folder name and the <c>dossier train</c> subcommand ("pos", "ner").</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Trains deterministically from <see cref="TrainingOptions.Seed"/>, writes the files and returns the manifest written.</summary>
    ModelManifest Train(TrainingOptions options, TextWriter log, CancellationToken cancellationToken);
}
