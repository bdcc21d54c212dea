using Dossier.Training.Conllu;

namespace Dossier.Training.Evaluation;

/// <summary>The dev treebanks rebuilt as raw documents, and the shared error printout of the boundary evaluations.</summary>
internal static class DevDocuments
{
    public static IEnumerable<(string Name, List<RebuiltDocument> Documents)> Load(string data)
    {
        yield return ("UD EWT dev", ConlluText.Rebuild(ConlluReader.ReadFile(DataSets.EwtDev(data))));
        yield return ("GUM dev", ConlluText.Rebuild(ConlluReader.ReadFiles(DataSets.GumDev(data))));
    }

    public static void PrintErrors(TextWriter log, string name, Dictionary<string, int>? errors, int count)
    {
        if (errors is null)
        {
            return;
        }
        log.WriteLine($"{name}: commonest disagreements (+ predicted only, - gold only)");
        foreach (var (text, n) in errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(count))
        {
            log.WriteLine($"  {n,5}  {text}");
        }
    }
}
