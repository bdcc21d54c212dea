using System.Xml;
using System.Xml.Linq;
using Dossier.Text.Metadata;

namespace Dossier.Text.Reading;

/// <summary>Reads the items of an RSS 2.0 or Atom feed that carry their full content.</summary>
internal static class FeedReader
{
    private static readonly XNamespace s_content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";

    public static List<RawArticle> Read(SourceFile file, string text, ICollection<ReadProblem> problems)
    {
        var articles = new List<RawArticle>();
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = 512L * 1024 * 1024,
            });
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            problems.Add(new ReadProblem(file.Path, $"malformed feed XML (line {ex.LineNumber}): {ex.Message}"));
            return articles;
        }

        var root = doc.Root!;
        bool atom = root.Name == s_atom + "feed" || root.Name.LocalName == "feed";
        XNamespace ns = atom ? root.Name.Namespace : XNamespace.None;
        var channel = atom ? root : root.Element("channel");
        if (channel is null)
        {
            problems.Add(new ReadProblem(file.Path, "not an RSS 2.0 or Atom feed (no channel or feed element)"));
            return articles;
        }
        string? outlet = file.Options.Outlet ?? WithoutSection(Clean(channel.Element(ns + "title")?.Value));
        int n = 0;
        foreach (var item in channel.Elements(ns + (atom ? "entry" : "item")))
        {
            n++;
            string where = $"{file.Path}#{n}";
            string? title = Clean(item.Element(ns + "title")?.Value);
            string? body = atom
                ? item.Element(ns + "content")?.Value ?? item.Element(ns + "summary")?.Value
                : item.Element(s_content + "encoded")?.Value ?? item.Element("description")?.Value;
            if (string.IsNullOrWhiteSpace(body))
            {
                problems.Add(new ReadProblem(where, "feed item has no content"));
                continue;
            }
            string? url = atom
                ? (string?)item.Elements(ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")
                : Clean(item.Element("link")?.Value);
            string? dateText = atom
                ? item.Element(ns + "published")?.Value ?? item.Element(ns + "updated")?.Value
                : item.Element("pubDate")?.Value ?? item.Element(s_dc + "date")?.Value;

            DateOnly? published = file.Options.Published;
            TimeOnly? time = null;
            string? from = published is null ? null : "flag";
            if (published is null && dateText is not null && PublicationDateParser.TryParse(dateText.Trim(), out var date, out time))
            {
                published = date;
                from = "feed";
            }
            articles.Add(new RawArticle
            {
                Id = $"{file.Id}-{n}",
                SourcePath = file.Path,
                Format = atom ? "atom" : "rss",
                Body = body,
                BodyIsHtml = true,
                ContentHash = SourceFile.ItemHash(item.ToString(SaveOptions.DisableFormatting)),
                Encoding = file.Encoding,
                Title = title,
                Url = url,
                Outlet = outlet,
                Published = published,
                PublishedTime = time,
                PublishedFrom = from,
            });
        }
        if (n == 0)
        {
            problems.Add(new ReadProblem(file.Path, "feed holds no items"));
        }
        return articles;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>"Nordic Wire - Europe", "Daily Courier | World news", "Eastline: Top stories": a channel is titled by its
    /// outlet and then the section it carries; the outlet is the part before the separator when a short section follows.</summary>
    internal static string? WithoutSection(string? channelTitle)
    {
        if (channelTitle is null)
        {
            return null;
        }
        foreach (var separator in (ReadOnlySpan<string>)[" - ", " | ", " \u2013 ", " \u2014 ", ": "])
        {
            int at = channelTitle.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var section = channelTitle.AsSpan(at + separator.Length).Trim();
            if (section.Length > 0 && section.Count(' ') < 4)
            {
                return channelTitle[..at].Trim();
            }
        }
        return channelTitle;
    }
}
