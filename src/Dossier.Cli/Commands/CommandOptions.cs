using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary>Options shared by the training and evaluation commands.</summary>
internal static class CommandOptions
{
    public static Option<string> Data() => new("--data")
    {
        Description = "The shared data folder (UD EWT, GUM, ...).",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "data"),
    };

    public static Option<string?> Models(string description) => new("--models") { Description = description };

    /// <summary>The models/ folder of the repository around the current directory, else ./models.</summary>
    public static string RepositoryModels()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "models");
    }

    /// <summary>True, after one line naming the folder on standard error, when <paramref name="folder"/> is not there.</summary>
    /// <param name="command">The command as the user typed it ("train pos").</param>
    /// <param name="what">Which folder ("data", "resources").</param>
    public static bool FolderMissing(CliContext context, string command, string what, string folder, string hint = "")
    {
        if (Directory.Exists(folder))
        {
            return false;
        }
        context.Error.WriteLine($"dossier {command}: {what} folder '{folder}' does not exist{hint}.");
        return true;
    }

    /// <summary>Runs a training or scoring job; a missing or unreadable file is the user's to fix: one line and exit 1, not a stack trace.</summary>
    public static int Guarded(CliContext context, string command, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            context.Error.WriteLine($"dossier {command}: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
