using System.Text;
using AngleSharp.Dom;
using Dossier.Text.Metadata;
using Dossier.Text.Normalization;

namespace Dossier.Text.Html;

/// <summary>Reads article metadata from meta tags, JSON-LD, microdata, <c>&lt;time&gt;</c> and <c>&lt;title&gt;</c>.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] s_dateMetas =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published",
        "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
        "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
        "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date", "article.published",
        "originalpublicationdate", "displaydate", "dc.date.published", "og:updated_time", "article:modified_time",
    ];

    /// <param name="firstHeading">The h1 inside the main text, when there is one.</param>
    /// <param name="headings">Other h1 texts on the page, outside debris, in order.</param>
    public static HtmlMetadata Read(HtmlPage page, List<int> containers, string? firstHeading, List<string> headings, string? url)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.Metas)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttribute(attr);
                if (!string.IsNullOrWhiteSpace(key))
                {
                    metas.TryAdd(key.Trim(), Whitespace.Collapse(content));
                }
            }
        }
        var scripts = new List<string>();
        foreach (var script in page.JsonLd)
        {
            scripts.Add(script.TextContent);
        }
        JsonLdArticle? ld = null;
        try
        {
            ld = JsonLdReader.Read(scripts);
        }
        catch (InvalidOperationException)
        {
            // JSON of an unexpected shape; metadata then comes from the markup alone.
        }

        var outlet = Get(metas, "og:site_name") ?? ld?.Publisher ?? Get(metas, "application-name");
        // "@KesselLedger" is the site's handle; the title's "| Kessel Ledger" spells the same name as readers see it.
        var handle = outlet is null ? Get(metas, "twitter:site")?.TrimStart('@') : null;

        var pageTitle = page.TitleElement is null ? null : Whitespace.Collapse(page.TitleElement.TextContent);
        if (handle is not null)
        {
            outlet = SiteInTitle(pageTitle, firstHeading) is { } named && Letters(named) == Letters(handle) ? named : handle;
        }
        var metaTitle = StripSiteSuffix(Get(metas, "og:title") ?? Get(metas, "twitter:title") ?? ld?.Headline ?? pageTitle, outlet);
        var title = ChooseHeadline(metaTitle, firstHeading, headings);
        outlet ??= SiteInTitle(pageTitle, title) ?? SiteBeforeHeadline(pageTitle, title);

        DateOnly? published = null;
        TimeOnly? time = null;
        string? from = null;
        foreach (var key in s_dateMetas)
        {
            if (metas.TryGetValue(key, out var v) && HtmlDates.TryParse(v, out var d, out var t))
            {
                (published, time, from) = (d, t, "html-meta");
                break;
            }
        }
        if (published is null && ld?.DatePublished is { } ldDate && HtmlDates.TryParse(ldDate, out var d2, out var t2))
        {
            (published, time, from) = (d2, t2, "json-ld");
        }
        if (published is null)
        {
            foreach (var i in page.ItemProps)
            {
                var e = page.Elements[i];
                if (!string.Equals(e.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var v = e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? ShortText(e);
                if (HtmlDates.TryParse(v, out var d3, out var t3))
                {
                    (published, time, from) = (d3, t3, "html-meta");
                    break;
                }
            }
        }
        if (published is null && TimeElement(page, containers) is { } timeElement
            && HtmlDates.TryParse(timeElement.GetAttribute("datetime"), out var d4, out var t4))
        {
            (published, time, from) = (d4, t4, "html-time");
        }
        if (published is null)
        {
            foreach (var i in page.DateLike)
            {
                if (page.TextChars[i] > 120 || page.TextChars[i] < 6)
                {
                    continue;
                }
                if (HtmlDates.TryParseText(Whitespace.Collapse(page.Elements[i].TextContent), out var d5))
                {
                    (published, time, from) = (d5, null, "html-text");
                    break;
                }
            }
        }
        // "<p class="meta">Published 15 May 2025 · 4 min read</p>": a byline or meta line the cleaner drops may still be the
        // page's only date; read it as a date line (not any date in it: "Updated 16 May" is no publication).
        if (published is null)
        {
            foreach (var i in page.BylineLike)
            {
                if (page.TextChars[i] <= 120 && page.TextChars[i] >= 6
                    && PublicationDateParser.TryParse(Whitespace.Collapse(page.Elements[i].TextContent), out var d6, out var t6))
                {
                    (published, time, from) = (d6, t6, "html-text");
                    break;
                }
            }
        }

        var canonical = Canonical(page) ?? Get(metas, "og:url") ?? ld?.Url ?? url;

        string? standfirst = Get(metas, "og:description") ?? Get(metas, "description") ?? Get(metas, "twitter:description") ?? ld?.Description;
        if (standfirst is not null && !IsLede(standfirst, title, Get(metas, "og:type")))
        {
            standfirst = null;
        }
        return new HtmlMetadata(title, published, time, from, outlet, canonical, standfirst);
    }

    /// <summary>The headline as displayed (the article's h1) beats meta titles, which are often rewritten for search and social.</summary>
    private static string? ChooseHeadline(string? metaTitle, string? firstHeading, List<string> headings)
    {
        if (IsHeadline(firstHeading))
        {
            return firstHeading;
        }
        foreach (var h in headings)
        {
            if (IsHeadline(h) && (metaTitle is null || WordOverlap(h, metaTitle) >= 0.5))
            {
                return h;
            }
        }
        return metaTitle;
    }

    private static bool IsHeadline(string? text) => text is { Length: >= 4 and <= 300 };

    private static double WordOverlap(string a, string b)
    {
        var wordsB = new HashSet<string>(b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var wordsA = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (wordsA.Length == 0)
        {
            return 0;
        }
        int shared = 0;
        foreach (var w in wordsA)
        {
            if (wordsB.Contains(w))
            {
                shared++;
            }
        }
        return (double)shared / wordsA.Length;
    }

    private static IElement? TimeElement(HtmlPage page, List<int> containers)
    {
        IElement? inArticle = null;
        foreach (var i in page.Times)
        {
            var e = page.Elements[i];
            if (!e.HasAttribute("datetime"))
            {
                continue;
            }
            if (e.HasAttribute("pubdate") || string.Equals(e.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }
            if (inArticle is null && (InAnyContainer(page, containers, i) || HasArticleAncestor(page, i)))
            {
                inArticle = e;
            }
        }
        return inArticle;
    }

    private static bool InAnyContainer(HtmlPage page, List<int> containers, int index)
    {
        foreach (var c in containers)
        {
            // The date often sits in the article's header, just before the text: allow the container's parent.
            int scope = page.Parent[c] >= 0 && page.Parent[c] != page.Body ? page.Parent[c] : c;
            if (page.Contains(scope, index))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasArticleAncestor(HtmlPage page, int index)
    {
        for (int p = page.Parent[index], steps = 0; p >= 0 && steps < 64; p = page.Parent[p], steps++)
        {
            if (page.Elements[p].LocalName == "article")
            {
                return true;
            }
        }
        return false;
    }

    private static string? Canonical(HtmlPage page)
    {
        foreach (var link in page.Links)
        {
            var rel = link.GetAttribute("rel");
            var href = link.GetAttribute("href");
            if (rel is not null && href is not null && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(href.Trim(), UriKind.Absolute, out _))
            {
                return href.Trim();
            }
        }
        return null;
    }

    private static bool IsLede(string description, string? title, string? ogType)
    {
        if (string.Equals(ogType, "website", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (title is not null && string.Equals(description, title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int words = 1;
        foreach (var c in description)
        {
            if (c == ' ')
            {
                words++;
            }
        }
        return words >= 6 && !description.EndsWith("...", StringComparison.Ordinal) && !description.EndsWith('…');
    }

    /// <summary>"'I thought I would die there' | The Baltic Courier": where the page's metadata names no site, the short tail
    /// of its &lt;title&gt; after the last "|" or dash, in capitalised words, not part of the headline and not a section's
    /// name ("- News", "| World"), is the outlet; else null.</summary>
    internal static string? SiteInTitle(string? pageTitle, string? headline)
    {
        if (string.IsNullOrWhiteSpace(pageTitle))
        {
            return null;
        }
        foreach (var sep in (ReadOnlySpan<string>)[" | ", " – ", " — ", " - "])
        {
            int at = pageTitle.LastIndexOf(sep, StringComparison.Ordinal);
            if (at < 15)
            {
                continue;
            }
            var tail = pageTitle.AsSpan(at + sep.Length).Trim();
            // "Recount ordered in the mayoral race - News": a section's word after the dash is debris, not the site.
            if (tail.IsEmpty || CountWords(tail) > 4 || headline is not null && headline.AsSpan().Contains(tail, StringComparison.Ordinal)
                || OutletNames.IsSectionName(tail))
            {
                return null;
            }
            foreach (var word in tail.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word is not ("of" or "the" or "and" or "de" or "la"))
                {
                    return null; // "Storm hits the coast - live updates" ends on words of the headline, not a name
                }
            }
            return tail.ToString();
        }
        return null;
    }

    /// <summary>"Velmora Today - Bus drivers vote to strike": a title that ends on the headline after a separator opens on
    /// the site's name, when that is one to four capitalised words and no section's ("Opinion | …"); else null.</summary>
    internal static string? SiteBeforeHeadline(string? pageTitle, string? headline)
    {
        if (string.IsNullOrWhiteSpace(pageTitle) || headline is not { Length: >= 10 }
            || !pageTitle.EndsWith(headline, StringComparison.OrdinalIgnoreCase) || pageTitle.Length <= headline.Length + 3)
        {
            return null;
        }
        var head = pageTitle.AsSpan(0, pageTitle.Length - headline.Length).TrimEnd();
        if (head.IsEmpty || "|-–—:·".IndexOf(head[^1]) < 0)
        {
            return null;
        }
        head = head[..^1].Trim();
        if (head.IsEmpty || CountWords(head) > 4 || OutletNames.IsSectionName(head))
        {
            return null;
        }
        foreach (var word in head.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word is not ("of" or "the" or "and"))
            {
                return null;
            }
        }
        return head.ToString();
    }

    internal static string? StripSiteSuffix(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        title = title.Trim();
        var site = outlet is null ? "" : Letters(outlet);
        ReadOnlySpan<string> separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "];
        if (site.Length >= 3)
        {
            // Leftmost separator whose tail names the outlet: the outlet itself may hold a separator.
            int best = -1;
            foreach (var sep in separators)
            {
                for (int at = title.IndexOf(sep, StringComparison.Ordinal); at > 0; at = title.IndexOf(sep, at + 1, StringComparison.Ordinal))
                {
                    var tail = Letters(title[(at + sep.Length)..]);
                    if (tail.Length > 0 && (tail.Contains(site, StringComparison.Ordinal) || site.Contains(tail, StringComparison.Ordinal))
                        && (best < 0 || at < best))
                    {
                        best = at;
                    }
                }
            }
            if (best > 0)
            {
                return title[..best].Trim();
            }
        }
        foreach (var sep in separators[..4])
        {
            int at = title.LastIndexOf(sep, StringComparison.Ordinal);
            // Without a known outlet, a short tail after the last separator is taken for the site name.
            if (at >= 15 && outlet is null && CountWords(title.AsSpan(at + sep.Length).Trim()) <= 4)
            {
                return title[..at].Trim();
            }
        }
        return title;
    }

    private static string Letters(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int words = s.IsEmpty ? 0 : 1;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                words++;
            }
        }
        return words;
    }

    private static string? Get(Dictionary<string, string> metas, string key) =>
        metas.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    private static string? ShortText(IElement e)
    {
        // Only leaf-like elements: a date is a few words, and deep subtrees are not walked here.
        return e.ChildElementCount == 0 ? e.TextContent : null;
    }
}
