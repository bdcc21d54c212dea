using System.CommandLine;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary>The dossier file; recursive, so it can stand before or after the sub-command.</summary>
    public static Option<string> Database { get; } = new("--db")
    {
        Description = "The dossier's SQLite file",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DOSSIER_DB") is { Length: > 0 } env ? env : SqliteDossierStore.DefaultPath,
        Recursive = true,
        HelpName = "path",
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Write {what} as JSON instead of a table" };
}
