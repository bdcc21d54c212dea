using System.CommandLine;
using Dossier.Training;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval &lt;part&gt;</c>: one subcommand per evaluation in <see cref="TrainingRegistry"/>, printing a table of figures.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure tokens, sentences and models against the shared data sets.");
        foreach (var evaluation in TrainingRegistry.Evaluations)
        {
            command.Subcommands.Add(CreateSubcommand(context, evaluation));
        }
        return command;
    }

    private static Command CreateSubcommand(CliContext context, IModelEvaluation evaluation)
    {
        var data = CommandOptions.Data();
        var models = CommandOptions.Models("Read models from this folder instead of the embedded ones.");
        var errors = new Option<int>("--errors") { Description = "Also print this many of the commonest errors.", DefaultValueFactory = _ => 0 };
        var command = new Command(evaluation.Name, $"Measure {evaluation.Description}.") { data, models, errors };
        command.SetAction(parseResult =>
        {
            var dataFolder = parseResult.GetValue(data)!;
            if (CommandOptions.FolderMissing(context, "eval " + evaluation.Name, "data", dataFolder))
            {
                return ExitCodes.Usage;
            }
            var options = new EvaluationOptions(dataFolder, parseResult.GetValue(models), parseResult.GetValue(errors));
            var results = evaluation.Evaluate(options, context.Output, CancellationToken.None);
            var table = new Table().AddColumn("metric").AddColumn("data").AddColumn(new TableColumn("value").RightAligned()).AddColumn("detail");
            foreach (var m in results)
            {
                table.AddRow(Markup.Escape(m.Metric), Markup.Escape(m.Data), m.Value.ToString("F4"), Markup.Escape(m.Detail));
            }
            context.Out.Write(table);
            return 0;
        });
        return command;
    }
}
