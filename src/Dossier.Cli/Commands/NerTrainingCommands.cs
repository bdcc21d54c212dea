using System.CommandLine;
using Dossier.Training.Ner;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train-ner</c> and <c>dossier eval-ner</c>: train and score the name tagger (to be folded into <c>train ner</c> / <c>eval ner</c>).</summary>
public static class NerTrainingCommands
{
    /// <summary>The <c>ner</c> subcommand of <c>train</c>, or the stand-alone <c>train-ner</c> command.</summary>
    public static Command CreateTrain(string name = "train-ner")
    {
        var data = new Option<string>("--data") { Description = "Folder holding gum/, re3d/ and ud-ewt/ (../shared/data).", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Models folder to write ner/ into.", DefaultValueFactory = _ => "models" };
        var command = new Command(name, "Train the named-entity tagger (deterministic) and write models/ner/.") { data, output };
        command.SetAction(parseResult =>
        {
            var report = NerTrainer.Run(parseResult.GetValue(data)!, parseResult.GetValue(output)!, Console.Out);
            Console.Out.Write(report);
            return 0;
        });
        return command;
    }

    /// <summary>The <c>ner</c> subcommand of <c>eval</c>, or the stand-alone <c>eval-ner</c> command.</summary>
    public static Command CreateEval(string name = "eval-ner")
    {
        var data = new Option<string>("--data") { Description = "Folder holding gum/ and re3d/ (../shared/data).", DefaultValueFactory = _ => "../shared/data" };
        var models = new Option<string?>("--models") { Description = "Models folder to read ner/ from (default: the embedded model)." };
        var errors = new Option<string?>("--errors") { Description = "Write every held-out sentence with a missed or spurious name to this file." };
        var command = new Command(name, "Score the named-entity tagger on its held-out data (GUM dev + every fifth re3d document).") { data, models, errors };
        command.SetAction(parseResult =>
        {
            Console.Out.Write(NerTrainer.Evaluate(parseResult.GetValue(data)!, parseResult.GetValue(models), parseResult.GetValue(errors)));
            return 0;
        });
        return command;
    }
}
