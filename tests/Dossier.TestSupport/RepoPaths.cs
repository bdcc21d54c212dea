namespace Dossier.TestSupport;

/// <summary>Finds the repository's own folders, and the shared data sets where the machine has them.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds Dossier.slnx.</summary>
    public static string Root => s_root.Value;

    public static string Samples => Path.Combine(Root, "samples", "dprk-artillery");

    public static string AnswerKey => Path.Combine(Root, "tests", "fixtures", "dprk-artillery.answer-key.json");

    public static string Models => Path.Combine(Root, "models");

    /// <summary>The shared data folder beside the repository (CI has it; a user's clone does not), or null.</summary>
    public static string? SharedData
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("DOSSIER_SHARED_DATA");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
            {
                return fromEnv;
            }
            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    public static string SharedDataOrThrow(string sub) =>
        Path.Combine(SharedData ?? throw new InvalidOperationException("../shared/data is not on this machine"), sub);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find Dossier.slnx above " + AppContext.BaseDirectory);
    }
}
