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
}
