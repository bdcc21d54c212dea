namespace Dossier.Training;

/// <summary>Where the shared data sets keep their files, relative to the folder given with <c>--data</c>.</summary>
public static class DataSets
{
    public static string EwtTrain(string data) => Required(Path.Combine(data, "ud-ewt", "en_ewt-ud-train.conllu"));

    public static string EwtDev(string data) => Required(Path.Combine(data, "ud-ewt", "en_ewt-ud-dev.conllu"));

    public static IReadOnlyList<string> GumTrain(string data) => Conllu(Path.Combine(data, "gum", "train"));

    public static IReadOnlyList<string> GumDev(string data) => Conllu(Path.Combine(data, "gum", "dev"));

    private static string Required(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"Data file '{path}' is missing.", path);

    // Sorted by ordinal name so that training sees the files in the same order on every machine.
    private static string[] Conllu(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Data folder '{folder}' is missing.");
        }
        var files = Directory.GetFiles(folder, "*.conllu");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
