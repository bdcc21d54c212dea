using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Builds the <c>dossier</c> command tree and runs it.</summary>
public static class DossierApp
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Dossier: turn overlapping news reports into one sourced, dated, de-duplicated record.");
        root.Subcommands.Add(Commands.EvalTimeCommand.CreateEvalGroup());
        return root.Parse(args).Invoke();
    }
}
