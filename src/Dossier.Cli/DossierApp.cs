using System.CommandLine;
using Dossier.Cli.Commands;

namespace Dossier.Cli;

/// <summary>Builds the <c>dossier</c> command tree and runs it.</summary>
public static class DossierApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Dossier: turn overlapping news reports into one sourced, dated, de-duplicated record.")
        {
            CommonOptions.Database,
        };
        root.Subcommands.Add(AddCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        var eval = EvalCommand.Create(context);
        eval.Subcommands.Add(EvalHtmlCommand.Create(context));
        eval.Subcommands.Add(NerTrainingCommands.CreateEval(context));
        eval.Subcommands.Add(EvalTimeCommand.Create(context));
        eval.Subcommands.Add(EvalStatementsCommand.Create(context));
        root.Subcommands.Add(eval);
        var train = TrainCommand.Create(context);
        train.Subcommands.Add(NerTrainingCommands.CreateTrain(context));
        root.Subcommands.Add(train);
        root.Subcommands.Add(EntitiesCommand.Create(context));
        root.Subcommands.Add(DatesCommand.Create(context));
        root.Subcommands.Add(StatementsCommand.Create(context));
        root.Subcommands.Add(NumbersCommand.Create(context));
        root.Subcommands.Add(AnnotateCommand.Create(context));
        return root;
    }

    public static int Run(string[] args) => Run(args, CliContext.FromConsole());

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = context.Output, Error = context.Error };
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine("dossier: " + error.Message);
            }
            context.Error.WriteLine("Run 'dossier --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(config);
    }
}
