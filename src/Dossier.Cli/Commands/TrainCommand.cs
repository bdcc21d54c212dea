using System.CommandLine;
using System.Diagnostics;
using Dossier.Training;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train &lt;model&gt;</c>: one subcommand per trainer in <see cref="TrainingRegistry"/>.</summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train a model from the shared data sets and write it under models/.");
        foreach (var trainer in TrainingRegistry.Trainers)
        {
            command.Subcommands.Add(CreateSubcommand(context, trainer));
        }
        return command;
    }

    private static Command CreateSubcommand(CliContext context, IModelTrainer trainer)
    {
        var data = CommandOptions.Data();
        var models = CommandOptions.Models("Where to write the model (default: the repository's models/ folder).");
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and data give the same model.", DefaultValueFactory = _ => 17 };
        var ensemble = new Option<int>("--ensemble")
        {
            Description = "How many models, trained on consecutive seeds, to average into one (pos only; 0: the trainer's default).",
            DefaultValueFactory = _ => 0,
        };
        var resources = new Option<string?>("--resources")
        {
            Description = "Folder of outside resources from tools/fetch-resources.sh (pos: WordNet); without it pos trains without WordNet classes.",
        };
        var tune = new Option<int>("--tune-every")
        {
            Description = "Tuning (pos only): hold out every Nth EWT train document and score on it instead of EWT dev; 0 trains on all.",
            DefaultValueFactory = _ => 0,
        };
        var tuneSources = new Option<int>("--tune-sources")
        {
            Description = "Tuning (pos only): hold out whole EWT train sources, about one Nth of each genre, and score on them instead of EWT dev; 0 trains on all.",
            DefaultValueFactory = _ => 0,
        };
        var keepFirst = new Option<string?>("--keep-first")
        {
            Description = "Attribution only: keep the first tagger and cue-rate table of the model in this models folder and train only the second passes.",
        };
        var command = new Command(trainer.Name, $"Train the {trainer.Description}.") { data, models, seed, ensemble, resources, tune, tuneSources, keepFirst };
        command.SetAction(parseResult =>
        {
            var dataFolder = parseResult.GetValue(data)!;
            var modelsFolder = parseResult.GetValue(models) ?? CommandOptions.RepositoryModels();
            if (CommandOptions.FolderMissing(context, "train " + trainer.Name, "data", dataFolder))
            {
                return ExitCodes.Usage;
            }
            int seedValue = parseResult.GetValue(seed);
            int ensembleValue = parseResult.GetValue(ensemble);
            if (ensembleValue < 0)
            {
                context.Error.WriteLine($"dossier train {trainer.Name}: --ensemble must be 0 or more.");
                return 2;
            }
            int tuneEvery = parseResult.GetValue(tune);
            if (tuneEvery < 0 || tuneEvery == 1)
            {
                context.Error.WriteLine($"dossier train {trainer.Name}: --tune-every must be 0 or at least 2.");
                return 2;
            }
            int tuneSourcesValue = parseResult.GetValue(tuneSources);
            if (tuneSourcesValue < 0 || tuneSourcesValue == 1 || (tuneSourcesValue > 0 && tuneEvery > 0))
            {
                context.Error.WriteLine($"dossier train {trainer.Name}: --tune-sources must be 0 or at least 2, and not given with --tune-every.");
                return 2;
            }
            var resourcesFolder = parseResult.GetValue(resources);
            if (resourcesFolder is not null && CommandOptions.FolderMissing(context, "train " + trainer.Name, "resources", resourcesFolder, " (see tools/fetch-resources.sh)"))
            {
                return ExitCodes.Usage;
            }
            var keepFirstFolder = parseResult.GetValue(keepFirst);
            if (keepFirstFolder is not null && CommandOptions.FolderMissing(context, "train " + trainer.Name, "keep-first", keepFirstFolder))
            {
                return ExitCodes.Usage;
            }
            var line = $"dossier train {trainer.Name} --data {dataFolder} --seed {seedValue}"
                + (ensembleValue > 0 ? $" --ensemble {ensembleValue}" : "")
                + (resourcesFolder is not null ? $" --resources {resourcesFolder}" : "")
                + (tuneEvery > 0 ? $" --tune-every {tuneEvery}" : "")
                + (tuneSourcesValue > 0 ? $" --tune-sources {tuneSourcesValue}" : "")
                + (keepFirstFolder is not null ? $" --keep-first {keepFirstFolder}" : "");
            var clock = Stopwatch.StartNew();
            return CommandOptions.Guarded(context, "train " + trainer.Name, () =>
            {
                var manifest = trainer.Train(new TrainingOptions(dataFolder, modelsFolder, seedValue, line, ensembleValue, resourcesFolder, tuneEvery, tuneSourcesValue, keepFirstFolder), context.Output, CancellationToken.None);
                context.Output.WriteLine($"{manifest.Name}: {manifest.Metric} = {manifest.Score:F4}, check score = {manifest.CheckScore:F4} ({clock.Elapsed.TotalSeconds:F0}s)");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
