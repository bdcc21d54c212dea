using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Dossier.Text.Html;

/// <summary>What class names, ids, roles and tag names say about an element: main text, debris, or nothing.</summary>
internal static class HtmlHints
{
    /// <summary>Elements whose content is never text a reader sees.</summary>
    public static readonly FrozenSet<string> Invisible = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "button", "input", "select", "textarea", "option", "head", "title", "meta", "link", "img", "picture",
        "source", "map", "dialog",
    ]);

    /// <summary>Elements that start a new line of text.</summary>
    public static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure",
        "figcaption", "header", "footer", "nav", "aside", "address", "center", "hr", "br", "form", "fieldset",
        "legend", "details", "summary", "body", "html", "menu", "hgroup", "output", "noscript",
    ]);

    /// <summary>Block elements whose text is itself a paragraph (its score goes to the parent, as a paragraph's does).</summary>
    public static readonly FrozenSet<string> ParagraphTags = FrozenSet.ToFrozenSet(
    [
        "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption", "address",
        "caption", "summary", "legend",
    ]);

    private static readonly FrozenDictionary<string, string> s_debrisTags = new Dictionary<string, string>
    {
        ["nav"] = "navigation",
        ["aside"] = "aside",
        ["footer"] = "footer",
        ["header"] = "page header",
        ["form"] = "form",
        ["menu"] = "navigation",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> s_debrisRoles = new Dictionary<string, string>
    {
        ["navigation"] = "navigation",
        ["banner"] = "page header",
        ["contentinfo"] = "footer",
        ["complementary"] = "aside",
        ["menu"] = "navigation",
        ["menubar"] = "navigation",
        ["search"] = "form",
        ["dialog"] = "dialog",
        ["alertdialog"] = "dialog",
        ["tablist"] = "navigation",
    }.ToFrozenDictionary();

    // Whole class/id tokens that mark debris. Short words are matched whole only, so "ad" does not hit "header".
    private static readonly FrozenDictionary<string, string> s_debrisTokens = new Dictionary<string, string>
    {
        ["ad"] = "advertisement", ["ads"] = "advertisement", ["advert"] = "advertisement", ["adv"] = "advertisement",
        ["advertisement"] = "advertisement", ["advertising"] = "advertisement", ["sponsored"] = "advertisement",
        ["sponsor"] = "advertisement", ["dfp"] = "advertisement", ["gpt"] = "advertisement", ["outbrain"] = "advertisement",
        ["taboola"] = "advertisement", ["promo"] = "promotion", ["promotion"] = "promotion", ["promoted"] = "promotion",
        ["nav"] = "navigation", ["navbar"] = "navigation", ["navigation"] = "navigation", ["menu"] = "navigation",
        ["breadcrumb"] = "navigation", ["breadcrumbs"] = "navigation", ["pagination"] = "navigation", ["pager"] = "navigation",
        ["skip"] = "navigation", ["toc"] = "navigation",
        ["footer"] = "footer", ["foot"] = "footer", ["colophon"] = "footer", ["copyright"] = "footer",
        ["masthead"] = "page header", ["topbar"] = "page header",
        ["sidebar"] = "sidebar", ["side"] = "sidebar", ["rail"] = "sidebar",
        ["aside"] = "sidebar", ["sidebox"] = "sidebar",
        ["comment"] = "comments", ["comments"] = "comments", ["disqus"] = "comments", ["respond"] = "comments",
        ["replies"] = "comments", ["discussion"] = "comments",
        ["share"] = "share widget", ["sharing"] = "share widget", ["social"] = "share widget", ["sharebar"] = "share widget",
        ["shares"] = "share widget", ["addthis"] = "share widget", ["sociable"] = "share widget",
        ["related"] = "related links", ["popular"] = "related links", ["trending"] = "related links",
        ["recommended"] = "related links", ["recommendations"] = "related links", ["recirc"] = "related links",
        ["more"] = "related links", ["also"] = "related links", ["picks"] = "related links", ["readmore"] = "related links",
        ["newsletter"] = "subscribe prompt", ["subscribe"] = "subscribe prompt", ["subscription"] = "subscribe prompt",
        ["signup"] = "subscribe prompt", ["paywall"] = "subscribe prompt", ["optin"] = "subscribe prompt",
        ["cookie"] = "cookie notice", ["cookies"] = "cookie notice", ["consent"] = "cookie notice", ["gdpr"] = "cookie notice",
        ["modal"] = "dialog", ["popup"] = "dialog", ["overlay"] = "dialog", ["lightbox"] = "dialog",
        ["hidden"] = "hidden", ["hide"] = "hidden", ["invisible"] = "hidden", ["sronly"] = "hidden", ["visuallyhidden"] = "hidden",
        ["tags"] = "tags", ["tagcloud"] = "tags", ["categories"] = "tags",
        ["author"] = "author box", ["bio"] = "author box", ["byline"] = "byline", ["authorbox"] = "author box",
        ["meta"] = "byline", ["postmeta"] = "byline", ["entrymeta"] = "byline",
        ["print"] = "tools", ["tools"] = "tools", ["toolbar"] = "tools",
        ["login"] = "form", ["search"] = "form", ["searchform"] = "form",
    }.ToFrozenDictionary();

    // Long words matched inside a token ("sidebarLeft", "relatedPosts"), case-insensitive.
    private static readonly (string Word, string Reason)[] s_debrisStems =
    [
        ("comment", "comments"), ("sidebar", "sidebar"), ("related", "related links"), ("newsletter", "subscribe prompt"),
        ("subscribe", "subscribe prompt"), ("advert", "advertisement"), ("sponsor", "advertisement"), ("cookie", "cookie notice"),
        ("breadcrumb", "navigation"), ("navigation", "navigation"), ("navbar", "navigation"), ("footer", "footer"),
        ("social", "share widget"), ("sharing", "share widget"), ("popular", "related links"), ("recommend", "related links"),
        ("masthead", "page header"), ("outbrain", "advertisement"),
        ("taboola", "advertisement"), ("disqus", "comments"), ("trending", "related links"),
        ("authorbio", "author box"), ("aboutauthor", "author box"), ("authorinfo", "author box"),
    ];

    private static readonly FrozenSet<string> s_contentTokens = FrozenSet.ToFrozenSet(
    [
        "article", "articlebody", "content", "contents", "maincontent", "main", "story", "storybody", "post", "postbody",
        "entry", "entrycontent", "body", "text", "blog", "hentry", "column", "page", "prose", "richtext", "news",
    ]);

    private static readonly string[] s_contentStems = ["article", "content", "story", "entry", "postbody", "body"];

    /// <summary>Why an element is debris by its tag, role, hidden state or class/id, or null when nothing says so.</summary>
    /// <remarks>Class and id hints give way when the element also names itself as main text ("article-share" is kept).</remarks>
    public static string? DebrisReason(IElement element)
    {
        if (s_debrisTags.TryGetValue(element.LocalName, out var byTag))
        {
            return byTag;
        }
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return "hidden";
        }
        var style = element.GetAttribute("style");
        if (style is not null && IsHiddenStyle(style))
        {
            return "hidden";
        }
        var role = element.GetAttribute("role");
        if (role is not null && s_debrisRoles.TryGetValue(role.Trim().ToLowerInvariant(), out var byRole))
        {
            return byRole;
        }
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return DebrisReasonFromNames(element.GetAttribute("class"), element.GetAttribute("id"));
    }

    /// <summary>Whether class, id or itemprop name the element as the article's text.</summary>
    public static int ContentWeight(IElement element)
    {
        int weight = 0;
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 40;
        }
        var tag = element.LocalName;
        if (tag is "article")
        {
            weight += 15;
        }
        else if (tag is "main")
        {
            weight += 10;
        }
        weight += NameWeight(element.GetAttribute("class"));
        weight += NameWeight(element.GetAttribute("id"));
        return weight;
    }

    internal static string? DebrisReasonFromNames(string? className, string? id)
    {
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return null;
        }
        string? reason = null;
        bool content = false;
        Scan(className, ref reason, ref content);
        Scan(id, ref reason, ref content);
        return content ? null : reason;
    }

    private static int NameWeight(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return 0;
        }
        string? reason = null;
        bool content = false;
        Scan(names, ref reason, ref content);
        return (content ? 25 : 0) - (reason is null ? 0 : 25);
    }

    private static void Scan(string? names, ref string? reason, ref bool content)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 2000)
        {
            return;
        }
        foreach (var range in names.AsSpan().SplitAny(" \t\n\r\f"))
        {
            var name = names.AsSpan(range);
            if (name.IsEmpty)
            {
                continue;
            }
            var lower = name.ToString().ToLowerInvariant();
            var why = TokenReason(lower);
            if (why is not null)
            {
                reason ??= why;
            }
            else if (IsContentToken(lower))
            {
                content = true;
            }
        }
    }

    private static string? TokenReason(string lower)
    {
        var joined = lower.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (s_debrisTokens.TryGetValue(joined, out var whole))
        {
            return whole;
        }
        var lookup = s_debrisTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in lower.AsSpan().SplitAny("-_"))
        {
            var p = lower.AsSpan(part);
            // Utility classes such as "hidden-xs" hide on small screens only.
            if (!p.IsEmpty && lookup.TryGetValue(p, out var byPart) && byPart != "hidden")
            {
                return byPart;
            }
        }
        foreach (var (word, why) in s_debrisStems)
        {
            if (joined.Contains(word, StringComparison.Ordinal))
            {
                return why;
            }
        }
        return null;
    }

    private static bool IsContentToken(string lower)
    {
        var joined = lower.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (s_contentTokens.Contains(joined))
        {
            return true;
        }
        foreach (var stem in s_contentStems)
        {
            if (joined.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
