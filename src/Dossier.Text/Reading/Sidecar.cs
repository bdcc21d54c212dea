using System.Text.Json;
using Dossier.Text.Metadata;

namespace Dossier.Text.Reading;

/// <summary>Applies "name.meta.json" beside "name.txt" (fields: title, published, outlet, url) to the article read from it.</summary>
/// <remarks>What the user states beats what the page says; the --published and --outlet flags beat both.</remarks>
internal static class Sidecar
{
    public static string PathFor(string file) => System.IO.Path.ChangeExtension(file, null) + ".meta.json";

    public static IReadOnlyList<RawArticle> Apply(string file, IReadOnlyList<RawArticle> articles, ReaderOptions options, ICollection<ReadProblem> problems)
    {
        if (file == "-" || articles.Count != 1 || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return articles;
        }
        var sidecar = PathFor(file);
        if (!File.Exists(sidecar))
        {
            return articles;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(sidecar));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ReadProblem(sidecar, "sidecar must be a JSON object; ignored", IsWarning: true));
                return articles;
            }
            var raw = articles[0];
            string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (Get("title") is { } title)
            {
                raw = raw with { Title = title };
            }
            if (Get("url") is { } url)
            {
                raw = raw with { Url = url };
            }
            if (options.Outlet is null && Get("outlet") is { } outlet)
            {
                raw = raw with { Outlet = outlet };
            }
            if (options.Published is null && Get("published") is { } published)
            {
                if (PublicationDateParser.TryParse(published, out var date, out var time))
                {
                    raw = raw with { Published = date, PublishedTime = time, PublishedFrom = "sidecar" };
                }
                else
                {
                    problems.Add(new ReadProblem(sidecar, $"published '{published}' is not a date; ignored", IsWarning: true));
                }
            }
            return [raw];
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(sidecar, "sidecar not read: " + ex.Message, IsWarning: true));
            return articles;
        }
    }
}
