using System.Text.Json;

namespace Dossier.Text.Html;

/// <summary>Finds the article object (NewsArticle, Article, BlogPosting, ...) in a page's JSON-LD scripts, including <c>@graph</c> arrays.</summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? found = null;
        string? publisherAnywhere = null;
        foreach (var script in scripts)
        {
            if (script.Length > 2_000_000)
            {
                continue;
            }
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(Clean(script), s_options);
            }
            catch (JsonException)
            {
                continue;
            }
            using (doc)
            {
                var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                var objects = new List<JsonElement>();
                Flatten(doc.RootElement, objects, byId);
                foreach (var obj in objects)
                {
                    if (found is null && IsArticle(obj))
                    {
                        found = new JsonLdArticle(
                            Str(obj, "headline") ?? Str(obj, "name"),
                            Str(obj, "datePublished") ?? Str(obj, "dateCreated"),
                            Name(obj, "publisher", byId) ?? Name(obj, "sourceOrganization", byId),
                            Str(obj, "url") ?? Name(obj, "mainEntityOfPage", byId, "@id"),
                            Str(obj, "description"));
                    }
                    if (publisherAnywhere is null && HasType(obj, static t => t is "Organization" or "NewsMediaOrganization" or "WebSite"))
                    {
                        publisherAnywhere = Str(obj, "name");
                    }
                }
            }
        }
        if (found is not null && found.Publisher is null && publisherAnywhere is not null)
        {
            found = found with { Publisher = publisherAnywhere };
        }
        return found;
    }

    private static string Clean(string script)
    {
        var s = script.Trim();
        if (s.StartsWith("<!--", StringComparison.Ordinal))
        {
            s = s[4..];
        }
        if (s.EndsWith("-->", StringComparison.Ordinal))
        {
            s = s[..^3];
        }
        return s.Replace("//<![CDATA[", "", StringComparison.Ordinal).Replace("//]]>", "", StringComparison.Ordinal);
    }

    private static void Flatten(JsonElement root, List<JsonElement> objects, Dictionary<string, JsonElement> byId)
    {
        var stack = new Stack<(JsonElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0 && objects.Count < 10_000)
        {
            var (e, depth) = stack.Pop();
            if (depth > 8)
            {
                continue;
            }
            if (e.ValueKind == JsonValueKind.Array)
            {
                var items = new List<JsonElement>();
                foreach (var item in e.EnumerateArray())
                {
                    items.Add(item);
                }
                for (int i = items.Count - 1; i >= 0; i--)
                {
                    stack.Push((items[i], depth + 1));
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                objects.Add(e);
                var id = Str(e, "@id");
                if (id is not null)
                {
                    byId.TryAdd(id, e);
                }
                if (e.TryGetProperty("@graph", out var graph))
                {
                    stack.Push((graph, depth + 1));
                }
                if (e.TryGetProperty("mainEntity", out var main))
                {
                    stack.Push((main, depth + 1));
                }
            }
        }
    }

    private static bool IsArticle(JsonElement obj) =>
        HasType(obj, static t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting"
            or "SocialMediaPosting" or "Report" or "DiscussionForumPosting");

    private static bool HasType(JsonElement obj, Func<string, bool> test)
    {
        if (!obj.TryGetProperty("@type", out var type))
        {
            return false;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return test(Local(type.GetString()!));
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && test(Local(t.GetString()!)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static string Local(string type)
    {
        int slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private static string? Str(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    return NonEmpty(item.GetString());
                }
            }
            return null;
        }
        return value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()) : null;
    }

    private static string? Name(JsonElement obj, string name, Dictionary<string, JsonElement> byId, string field = "name")
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                value = item;
                break;
            }
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return NonEmpty(value.GetString());
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var direct = Str(value, field);
        if (direct is not null)
        {
            return direct;
        }
        var id = Str(value, "@id");
        return id is not null && byId.TryGetValue(id, out var target) ? Str(target, field) : null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
