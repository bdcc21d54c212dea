using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Metadata;

namespace Dossier.Text.Articles;

/// <summary>A Markdown post's front matter: the "---" fenced "key: value" lines at its top, which describe the post
/// (title, outlet, date) and are no part of its text.</summary>
internal static class MarkdownFrontMatter
{
    private static readonly string[] s_titleKeys = ["title", "headline"];
    private static readonly string[] s_outletKeys = ["outlet", "site", "site_name", "source", "publisher", "publication"];
    private static readonly string[] s_dateKeys = ["date", "published", "published_at", "publishdate", "pubdate", "date_published"];

    /// <summary>Removes the front matter's lines from <paramref name="lines"/> (the first is the opening fence, or there is
    /// none) into the document's removed text, filling the metadata the source did not give.</summary>
    /// <returns>The title the front matter gives, or null.</returns>
    public static string? Take(Document document, List<TextSpan> lines, ref ParagraphKind?[] kinds)
    {
        var text = document.Text;
        if (lines.Count < 3 || !IsFence(lines[0].Slice(text)))
        {
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.Count && i < 40; i++)
        {
            var line = lines[i].Slice(text);
            if (IsFence(line))
            {
                close = i;
                break;
            }
            if (line.IndexOf(':') <= 0)
            {
                return null; // a rule under a first line, not front matter
            }
        }
        if (close < 0)
        {
            return null;
        }
        string? title = null;
        var meta = document.Metadata;
        for (int i = 1; i < close; i++)
        {
            var line = lines[i].Slice(text);
            int colon = line.IndexOf(':');
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().Trim('"').Trim('\'').Trim();
            if (value.Length == 0)
            {
                continue;
            }
            if (Array.IndexOf(s_titleKeys, key) >= 0 && title is null)
            {
                title = value;
            }
            else if (Array.IndexOf(s_outletKeys, key) >= 0 && meta.Outlet is null)
            {
                meta.Outlet = value;
            }
            else if (Array.IndexOf(s_dateKeys, key) >= 0 && meta.Published is null
                && PublicationDateParser.TryParse(value, out var date, out var time))
            {
                meta.Published = date;
                meta.PublishedTime = time;
                meta.PublishedFrom = "front matter";
            }
        }
        for (int i = 0; i <= close; i++)
        {
            document.Removed.Add(new RemovedText(lines[i], lines[i].Slice(text), "front matter"));
        }
        lines.RemoveRange(0, close + 1);
        kinds = kinds[(close + 1)..];
        return title;
    }

    private static bool IsFence(string line) => line.Trim() == "---";
}
