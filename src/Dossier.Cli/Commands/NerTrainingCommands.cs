using System.CommandLine;
using Dossier.Training.Ner;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train ner</c> and <c>dossier eval ner</c>: train and score the name tagger.</summary>
public static class NerTrainingCommands
{
    /// <summary>The <c>ner</c> subcommand of <c>train</c>.</summary>
    public static Command CreateTrain(CliContext context, string name = "ner")
    {
        var data = new Option<string>("--data") { Description = "Folder holding gum/, re3d/ and ud-ewt/ (../shared/data).", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Models folder to write ner/ into.", DefaultValueFactory = _ => "models" };
        var tune = Tune();
        var fold = TuneFold();
        var command = new Command(name, "Train the named-entity tagger (deterministic) and write models/ner/.") { data, output, tune, fold };
        command.SetAction(parseResult => Run(context, "train " + name, parseResult.GetValue(data)!, dataFolder =>
            context.Output.Write(NerTrainer.Run(dataFolder, parseResult.GetValue(output)!, context.Output, TuneFoldOf(parseResult, tune, fold)))));
        return command;
    }

    /// <summary>The <c>ner</c> subcommand of <c>eval</c>.</summary>
    public static Command CreateEval(CliContext context, string name = "ner")
    {
        var data = new Option<string>("--data") { Description = "Folder holding gum/ and re3d/ (../shared/data).", DefaultValueFactory = _ => "../shared/data" };
        var models = new Option<string?>("--models") { Description = "Models folder to read ner/ from (default: the embedded model)." };
        var errors = new Option<string?>("--errors") { Description = "Write every held-out sentence with a missed or spurious name to this file." };
        var tune = Tune();
        var fold = TuneFold();
        var command = new Command(name, "Score the named-entity tagger on its held-out data (GUM dev + every fifth re3d document).") { data, models, errors, tune, fold };
        command.SetAction(parseResult => Run(context, "eval " + name, parseResult.GetValue(data)!, dataFolder =>
            context.Output.Write(NerTrainer.Evaluate(dataFolder, parseResult.GetValue(models), parseResult.GetValue(errors), TuneFoldOf(parseResult, tune, fold)))));
        return command;
    }

    private static Option<bool> Tune() => new("--tune")
    {
        Description = "Tuning split: train on four fifths of the training documents and score on the fifth left out; the held-out documents are not read.",
    };

    private static Option<int?> TuneFold() => new("--tune-fold")
    {
        Description = "With --tune: which fifth of GUM train is scored (0-4, files with index % 5 == k; default 0). re3d's tuning part is the same for every fold.",
    };

    /// <summary>The scored GUM fifth, or -1 for the real held-out split; --tune-fold alone implies --tune.</summary>
    private static int TuneFoldOf(ParseResult parseResult, Option<bool> tune, Option<int?> fold)
    {
        int? k = parseResult.GetValue(fold);
        if (k is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(fold), k, "--tune-fold must be 0 to 4");
        }
        return k ?? (parseResult.GetValue(tune) ? 0 : -1);
    }

    private static int Run(CliContext context, string command, string dataFolder, Action<string> run) =>
        CommandOptions.FolderMissing(context, command, "data", dataFolder)
            ? ExitCodes.Usage
            : CommandOptions.Guarded(context, command, () =>
            {
                run(dataFolder);
                return ExitCodes.Ok;
            });
}
