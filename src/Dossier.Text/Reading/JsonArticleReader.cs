using System.Text.Json;
using Dossier.Text.Metadata;

namespace Dossier.Text.Reading;

/// <summary>Reads articles from JSON (one object, an array, or an object with an "articles"/"items" array) and JSON lines.</summary>
/// <remarks>
/// Field names are matched case-insensitively against the names news exports commonly use:
/// id; title/headline; text/body/content/html; url/link; published/date/datePublished/pubDate; outlet/source/publisher/site.
/// </remarks>
internal static class JsonArticleReader
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly string[] s_textFields = ["text", "body", "content", "article", "full_text", "fulltext", "maintext", "story"];
    private static readonly string[] s_htmlFields = ["html", "content_html", "body_html", "raw_html"];
    private static readonly string[] s_titleFields = ["title", "headline", "name"];
    private static readonly string[] s_urlFields = ["url", "link", "uri", "canonical_url"];
    private static readonly string[] s_dateFields = ["published", "date", "datePublished", "date_published", "published_at", "publishedAt", "pubDate", "publication_date", "time", "created_at"];
    private static readonly string[] s_outletFields = ["outlet", "source", "publisher", "site", "site_name", "siteName", "source_domain", "domain"];

    public static List<RawArticle> ReadDocument(SourceFile file, string text, ICollection<ReadProblem> problems)
    {
        var articles = new List<RawArticle>();
        try
        {
            using var doc = JsonDocument.Parse(text, s_options);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && TryArray(root, out var items))
            {
                root = items;
            }
            if (root.ValueKind == JsonValueKind.Array)
            {
                int n = 0;
                foreach (var item in root.EnumerateArray())
                {
                    n++;
                    Add(file, item, $"{file.Id}-{n}", $"{file.Path}#{n}", item.GetRawText(), multi: true, articles, problems);
                }
                if (n == 0)
                {
                    problems.Add(new ReadProblem(file.Path, "JSON array holds no articles"));
                }
            }
            else
            {
                Add(file, root, file.Id, file.Path, null, multi: false, articles, problems);
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new ReadProblem(file.Path, $"malformed JSON (line {ex.LineNumber + 1}): {FirstSentence(ex.Message)}"));
        }
        return articles;
    }

    public static List<RawArticle> ReadLines(SourceFile file, string text, ICollection<ReadProblem> problems)
    {
        var articles = new List<RawArticle>();
        int lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            var lineText = line.ToString();
            try
            {
                using var doc = JsonDocument.Parse(lineText, s_options);
                Add(file, doc.RootElement, $"{file.Id}-{lineNumber}", $"{file.Path}:{lineNumber}", lineText, multi: true, articles, problems);
            }
            catch (JsonException ex)
            {
                problems.Add(new ReadProblem($"{file.Path}:{lineNumber}", "malformed JSON line: " + FirstSentence(ex.Message)));
            }
        }
        return articles;
    }

    private static void Add(SourceFile file, JsonElement item, string fallbackId, string where, string? itemText, bool multi,
        List<RawArticle> articles, ICollection<ReadProblem> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ReadProblem(where, $"expected a JSON object for an article, found {item.ValueKind.ToString().ToLowerInvariant()}"));
            return;
        }
        string? html = Field(item, s_htmlFields);
        string? body = Field(item, s_textFields);
        bool isHtml = html is not null || (body is not null && LooksLikeHtml(body));
        body = html ?? body;
        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(new ReadProblem(where, "article has no text (expected a field such as text, body, content or html)"));
            return;
        }

        var id = Field(item, ["id", "article_id", "slug"]);
        var dateText = Field(item, s_dateFields);
        DateOnly? published = file.Options.Published;
        TimeOnly? time = null;
        string? publishedFrom = published is null ? null : "flag";
        if (published is null && dateText is not null)
        {
            if (PublicationDateParser.TryParse(dateText, out var date, out time))
            {
                published = date;
                publishedFrom = "json";
            }
            else
            {
                problems.Add(new ReadProblem(where, $"publication date '{Truncate(dateText)}' not understood; stored as unknown", IsWarning: true));
            }
        }

        articles.Add(new RawArticle
        {
            Id = SafeId(id) ?? (multi ? fallbackId : file.Id),
            SourcePath = file.Path,
            Format = multi && itemText is not null && where.Contains(':') ? "jsonl" : "json",
            Body = body,
            BodyIsHtml = isHtml,
            ContentHash = itemText is null ? file.Hash : SourceFile.ItemHash(itemText),
            Encoding = file.Encoding,
            Title = Field(item, s_titleFields),
            Url = Field(item, s_urlFields),
            Outlet = file.Options.Outlet ?? Field(item, s_outletFields),
            Published = published,
            PublishedTime = time,
            PublishedFrom = publishedFrom,
        });
    }

    private static bool TryArray(JsonElement root, out JsonElement items)
    {
        foreach (var name in (string[])["articles", "items", "data", "results", "documents"])
        {
            foreach (var prop in root.EnumerateObject())
            {
                if (prop.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && prop.Value.ValueKind == JsonValueKind.Array)
                {
                    items = prop.Value;
                    return true;
                }
            }
        }
        items = default;
        return false;
    }

    /// <summary>The first of <paramref name="names"/> present as a string, or as an object's name/title.</summary>
    private static string? Field(JsonElement item, string[] names)
    {
        foreach (var name in names)
        {
            foreach (var prop in item.EnumerateObject())
            {
                if (!prop.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var value = prop.Value;
                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        var s = value.GetString();
                        if (!string.IsNullOrWhiteSpace(s))
                        {
                            return s;
                        }
                        break;
                    case JsonValueKind.Number:
                        return value.GetRawText();
                    case JsonValueKind.Object:
                        var inner = Field(value, ["name", "title", "text", "value"]);
                        if (inner is not null)
                        {
                            return inner;
                        }
                        break;
                }
            }
        }
        return null;
    }

    private static bool LooksLikeHtml(string body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 4096));
        return head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<br", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An id usable as a file-name-like key, or null.</summary>
    private static string? SafeId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }
        id = id.Trim();
        return id.Length <= 200 && !id.Any(c => char.IsControl(c) || c is '/' or '\\') ? id : null;
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..(dot + 1)] : message;
    }
}
