using System.Text.Json;

namespace Dossier.TestSupport;

/// <summary>The hand-made answer key for the sample corpus, read as JSON for exam-style tests.</summary>
public static class AnswerKey
{
    private static readonly Lazy<JsonDocument> s_doc = new(() => JsonDocument.Parse(File.ReadAllText(RepoPaths.AnswerKey)));

    public static JsonElement Root => s_doc.Value.RootElement;

    public static IEnumerable<JsonElement> Items(string name) => Root.GetProperty(name).EnumerateArray();

    public static string SamplePath(string articleId) => Path.Combine(RepoPaths.Samples, articleId + ".txt");

    public static IEnumerable<string> ArticleIds()
    {
        foreach (var a in Items("articles"))
        {
            yield return a.GetProperty("id").GetString()!;
        }
    }

    public static IReadOnlyList<string> Strings(JsonElement element, string property)
    {
        var list = new List<string>();
        if (element.TryGetProperty(property, out var arr) && arr.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in arr.EnumerateArray())
            {
                list.Add(s.GetString()!);
            }
        }
        return list;
    }
}
