using System.Collections.Frozen;
using System.Text;

namespace Dossier.Text.Html;

/// <summary>Strips the tags of elements nested deeper than a limit, keeping their text, before the page is parsed.</summary>
/// <remarks>
/// The HTML tree builder checks the stack of open elements on every tag, so a page nested tens of thousands deep
/// costs quadratic time (seconds for 50,000 levels). Browsers cap depth (Chromium at 512) for the same reason.
/// This scan is a light tokenizer: it knows comments, raw-text elements (script, style), void and self-closing
/// tags, quoted attributes and the common implied end tags (p, li, td, ...); it only has to be right enough to
/// bound depth, and it returns the input unchanged when the page is not too deep.
/// </remarks>
internal static class HtmlNestingLimiter
{
    private static readonly FrozenSet<string> s_void = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
         "keygen", "command", "basefont", "bgsound", "frame", "image"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_rawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"], StringComparer.OrdinalIgnoreCase);

    // Elements whose start tag closes an open <p>, as the tree builder does.
    private static readonly FrozenSet<string> s_closesP = FrozenSet.ToFrozenSet(
        ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
         "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
         "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt"], StringComparer.OrdinalIgnoreCase);

    // Elements a start tag of the same name closes implicitly.
    private static readonly FrozenSet<string> s_selfClosing = FrozenSet.ToFrozenSet(
        ["li", "dt", "dd", "option", "tr", "td", "th", "p", "optgroup", "rb", "rt", "rp"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns <paramref name="html"/> itself when its nesting stays within <paramref name="maxDepth"/>, else a copy without the deeper tags.</summary>
    public static string Limit(string html, int maxDepth, CancellationToken cancellationToken = default)
    {
        var removed = new List<(int Start, int End)>();
        Scan(html, maxDepth, removed, cancellationToken);
        if (removed.Count == 0)
        {
            return html;
        }
        var sb = new StringBuilder(html.Length);
        int at = 0;
        foreach (var (start, end) in removed)
        {
            sb.Append(html, at, start - at);
            at = end;
        }
        sb.Append(html, at, html.Length - at);
        return sb.ToString();
    }

    /// <summary>The deepest nesting the scan sees (for tests and diagnostics).</summary>
    internal static int MaxDepth(string html)
    {
        return Scan(html, int.MaxValue, null, CancellationToken.None);
    }

    private static int Scan(string html, int maxDepth, List<(int Start, int End)>? removed, CancellationToken cancellationToken)
    {
        var open = new List<string>();
        int suppressed = 0;
        int deepest = 0;
        int n = html.Length;
        int i = 0;
        int steps = 0;
        while (i < n)
        {
            if ((++steps & 8191) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                break;
            }
            char next = html[lt + 1];
            if (next == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
                {
                    int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                    i = close < 0 ? n : close + 3;
                }
                else
                {
                    int close = html.IndexOf('>', lt + 2);
                    i = close < 0 ? n : close + 1;
                }
                continue;
            }
            if (next == '?')
            {
                int close = html.IndexOf('>', lt + 2);
                i = close < 0 ? n : close + 1;
                continue;
            }
            bool end = next == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }
            int tagEnd = FindTagEnd(html, nameEnd);
            var name = html.Substring(nameStart, Math.Min(nameEnd - nameStart, 32)).ToLowerInvariant();
            i = tagEnd;
            if (end)
            {
                if (suppressed > 0)
                {
                    suppressed--;
                    removed?.Add((lt, tagEnd));
                    continue;
                }
                for (int k = open.Count - 1, tries = 0; k >= 0 && tries < 64; k--, tries++)
                {
                    if (open[k] == name)
                    {
                        open.RemoveRange(k, open.Count - k);
                        break;
                    }
                }
                continue;
            }
            bool selfClosed = tagEnd >= 2 && html[tagEnd - 2] == '/';
            if (s_rawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? n : close;
                continue;
            }
            if (s_void.Contains(name) || selfClosed)
            {
                continue;
            }
            if (open.Count > 0)
            {
                var top = open[^1];
                if ((top == name && s_selfClosing.Contains(name)) || (top == "p" && s_closesP.Contains(name)))
                {
                    open.RemoveAt(open.Count - 1);
                }
            }
            if (open.Count >= maxDepth)
            {
                suppressed++;
                removed?.Add((lt, tagEnd));
                continue;
            }
            open.Add(name);
            deepest = Math.Max(deepest, open.Count);
        }
        return deepest;
    }

    private static int FindTagEnd(string html, int from)
    {
        char quote = '\0';
        char previous = '\0';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                continue;
            }
            if (c == '>')
            {
                return i + 1;
            }
            // Only quotes that open an attribute value count; a stray apostrophe would swallow the page.
            if (c is '"' or '\'' && previous == '=')
            {
                quote = c;
            }
            if (!char.IsWhiteSpace(c))
            {
                previous = c;
            }
        }
        return html.Length;
    }
}
