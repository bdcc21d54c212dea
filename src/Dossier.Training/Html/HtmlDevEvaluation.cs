using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Text.Html;
using Dossier.Text.Normalization;

namespace Dossier.Training.Html;

/// <summary>Runs <see cref="HtmlArticleExtractor"/> over the html-dev set (<c>gold.json</c> + <c>pages/</c>) and scores it.</summary>
public static class HtmlDevEvaluation
{
    /// <summary>Scores every page listed in <c>gold.json</c> under <paramref name="dataPath"/>.</summary>
    /// <exception cref="FileNotFoundException">The folder has no gold.json.</exception>
    public static HtmlDevScore Run(string dataPath, CancellationToken cancellationToken = default)
    {
        var goldPath = Path.Combine(dataPath, "gold.json");
        if (!File.Exists(goldPath))
        {
            throw new FileNotFoundException("no gold.json in " + dataPath, goldPath);
        }
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        int tp = 0, fn = 0, fp = 0, tn = 0, datesChecked = 0, datesRight = 0, titlesChecked = 0, titlesRight = 0;
        var pages = new List<HtmlDevPageResult>();
        var clock = Stopwatch.StartNew();
        foreach (var entry in gold.RootElement.EnumerateObject())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = entry.Value;
            var file = item.GetProperty("file").GetString()!;
            var with = Strings(item, "with");
            var without = Strings(item, "without");
            string text = "";
            string? error = null;
            HtmlArticle? article = null;
            try
            {
                var html = File.ReadAllText(Path.Combine(dataPath, "pages", file), Encoding.UTF8);
                article = HtmlArticleExtractor.Extract(html, entry.Name, cancellationToken: cancellationToken);
                text = Whitespace.Collapse(article.Text);
            }
            catch (HtmlExtractionException e)
            {
                error = e.Message;
            }
            var missing = new List<string>();
            var leaked = new List<string>();
            foreach (var s in with)
            {
                if (text.Contains(Whitespace.Collapse(s), StringComparison.Ordinal))
                {
                    tp++;
                }
                else
                {
                    fn++;
                    missing.Add(s);
                }
            }
            foreach (var s in without)
            {
                if (text.Contains(Whitespace.Collapse(s), StringComparison.Ordinal))
                {
                    fp++;
                    leaked.Add(s);
                }
                else
                {
                    tn++;
                }
            }
            bool? dateRight = null;
            var goldDate = item.TryGetProperty("date", out var d) ? d.GetString() : null;
            if (!string.IsNullOrEmpty(goldDate))
            {
                datesChecked++;
                dateRight = article?.Published is { } pub
                    && pub.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == goldDate;
                datesRight += dateRight == true ? 1 : 0;
            }
            bool? titleRight = null;
            var goldTitle = item.TryGetProperty("title", out var t) ? t.GetString() : null;
            if (!string.IsNullOrEmpty(goldTitle))
            {
                titlesChecked++;
                titleRight = article?.Title is { } title
                    && string.Equals(Whitespace.Collapse(title), Whitespace.Collapse(goldTitle), StringComparison.OrdinalIgnoreCase);
                titlesRight += titleRight == true ? 1 : 0;
            }
            pages.Add(new HtmlDevPageResult(file, missing, leaked, dateRight, titleRight, error));
        }
        return new HtmlDevScore(pages.Count, tp, fn, fp, tn, datesChecked, datesRight, titlesChecked, titlesRight,
            clock.Elapsed.TotalSeconds, pages);
    }


    private static List<string> Strings(JsonElement item, string name)
    {
        var list = new List<string>();
        if (item.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in arr.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(s.GetString()))
                {
                    list.Add(s.GetString()!);
                }
            }
        }
        return list;
    }
}
