namespace Dossier.Training;

/// <summary>Where a trainer reads its data and writes its model, and the seed that makes it repeatable.</summary>
/// <param name="DataFolder">The shared data folder (<c>../shared/data</c>).</param>
/// <param name="ModelsFolder">The repository's <c>models/</c> folder; the trainer writes into its own subfolder.</param>
/// <param name="Command">The command line recorded in the manifest.</param>
/// <param name="Ensemble">
/// How many models, trained on consecutive seeds from <paramref name="Seed"/>, a trainer that supports it averages into
/// one; 0 for the trainer's default. Only the part-of-speech trainer uses it.
/// </param>
/// <param name="ResourcesFolder">
/// The folder of openly licensed outside resources (<c>../resources</c>, filled by <c>tools/fetch-resources.sh</c>), or
/// null to train without them. Only the part-of-speech trainer uses it (WordNet).
/// </param>
/// <param name="TuneEvery">
/// For tuning: hold out every Nth EWT train document and score on it instead of the dev set (0: train on all of it and
/// score on dev). Only the part-of-speech trainer uses it.
/// </param>
/// <param name="TuneSources">
/// For tuning: hold out whole EWT train sources, about one Nth of each genre's words, and score on them instead of the dev
/// set (0: not used). Only the part-of-speech trainer uses it; it takes the place of <paramref name="TuneEvery"/>.
/// </param>
/// <param name="KeepFirstFrom">
/// A models folder whose attribution model's first tagger and cue-rate table are kept as they are, so that only the
/// second passes are trained (null: train everything). Only the attribution trainer uses it.
/// </param>
public sealed record TrainingOptions(string DataFolder, string ModelsFolder, int Seed, string Command, int Ensemble = 0, string? ResourcesFolder = null,
    int TuneEvery = 0, int TuneSources = 0, string? KeepFirstFrom = null);
