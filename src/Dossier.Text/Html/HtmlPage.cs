using AngleSharp.Dom;

namespace Dossier.Text.Html;

/// <summary>A parsed page flattened into document order, with what the extractor needs indexed once.</summary>
/// <remarks>
/// Elements are numbered in pre-order, so an element's subtree is the index range
/// [i, i + <see cref="SubtreeSize"/>[i]). Built with an explicit stack: pages nested tens of thousands deep
/// must not exhaust the call stack.
/// </remarks>
internal sealed class HtmlPage
{
    private readonly Dictionary<INode, int> _index = new(ReferenceEqualityComparer.Instance);

    public List<IElement> Elements { get; } = [];

    public List<int> Parent { get; } = [];

    /// <summary>Characters of visible text (whitespace excluded) in each element's subtree.</summary>
    public int[] TextChars { get; private set; } = [];

    public int[] SubtreeSize { get; private set; } = [];

    /// <summary>Elements that hold the page's declared main content (main, a sole article, itemprop=articleBody) and so are never debris.</summary>
    public bool[] Protected { get; private set; } = [];

    public List<IElement> Metas { get; } = [];

    public List<IElement> Links { get; } = [];

    public List<IElement> JsonLd { get; } = [];

    public List<int> Times { get; } = [];

    public List<int> ItemProps { get; } = [];

    /// <summary>Small elements whose class or id speaks of a date ("date", "published", "posted"), in document order.</summary>
    public List<int> DateLike { get; } = [];

    /// <summary>Small elements whose class or id marks a byline or a post's meta line ("byline", "meta"), in document order.</summary>
    public List<int> BylineLike { get; } = [];

    public IElement? TitleElement { get; private set; }

    /// <summary>Index of the body element, or of the root when the page has no body.</summary>
    public int Body { get; private set; }

    public int IndexOf(INode node) => _index.TryGetValue(node, out var i) ? i : -1;

    public bool Contains(int ancestor, int index) => index >= ancestor && index < ancestor + SubtreeSize[ancestor];

    public static HtmlPage Build(IDocument document, CancellationToken cancellationToken)
    {
        var page = new HtmlPage();
        var root = document.DocumentElement;
        if (root is null)
        {
            page.TextChars = [];
            page.SubtreeSize = [];
            page.Body = -1;
            return page;
        }
        var ownText = new List<int>();
        var stack = new Stack<(INode Node, int Parent, bool Invisible)>();
        stack.Push((root, -1, false));
        int body = -1;
        while (stack.Count > 0)
        {
            var (node, parent, invisible) = stack.Pop();
            if (node is IElement element)
            {
                int i = page.Elements.Count;
                if ((i & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                page.Elements.Add(element);
                page.Parent.Add(parent);
                page._index[element] = i;
                ownText.Add(0);
                var tag = element.LocalName;
                switch (tag)
                {
                    case "body" when body < 0:
                        body = i;
                        break;
                    case "meta":
                        page.Metas.Add(element);
                        break;
                    case "link":
                        page.Links.Add(element);
                        break;
                    case "title" when page.TitleElement is null:
                        page.TitleElement = element;
                        break;
                    case "script":
                        var type = element.GetAttribute("type");
                        if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        {
                            page.JsonLd.Add(element);
                        }
                        break;
                    case "time":
                        page.Times.Add(i);
                        break;
                }
                if (element.HasAttribute("itemprop"))
                {
                    page.ItemProps.Add(i);
                }
                if (page.DateLike.Count < 64 && IsDateLike(element))
                {
                    page.DateLike.Add(i);
                }
                else if (page.BylineLike.Count < 16 && IsBylineLike(element))
                {
                    page.BylineLike.Add(i);
                }
                bool hidden = invisible || HtmlHints.Invisible.Contains(tag);
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, i, hidden));
                }
            }
            else if (!invisible && node.NodeType == NodeType.Text && parent >= 0)
            {
                ownText[parent] += CountVisible(node.TextContent);
            }
        }
        int n = page.Elements.Count;
        var text = new int[n];
        var size = new int[n];
        for (int i = n - 1; i >= 0; i--)
        {
            text[i] += ownText[i];
            size[i] += 1;
            int p = page.Parent[i];
            if (p >= 0)
            {
                text[p] += text[i];
                size[p] += size[i];
            }
        }
        page.TextChars = text;
        page.SubtreeSize = size;
        page.Protected = ProtectAncestors(page);
        page.Body = body >= 0 ? body : 0;
        return page;
    }

    private static bool[] ProtectAncestors(HtmlPage page)
    {
        int n = page.Elements.Count;
        var result = new bool[n];
        int articles = 0, article = -1;
        for (int i = 0; i < n; i++)
        {
            if (page.Elements[i].LocalName == "article")
            {
                articles++;
                article = i;
            }
        }
        for (int i = 0; i < n; i++)
        {
            var e = page.Elements[i];
            bool declared = e.LocalName == "main" || (articles == 1 && i == article)
                || (e.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) ?? false);
            if (!declared)
            {
                continue;
            }
            for (int p = i; p >= 0 && !result[p]; p = page.Parent[p])
            {
                result[p] = true;
            }
        }
        return result;
    }

    private static bool IsDateLike(AngleSharp.Dom.IElement element)
    {
        var names = (element.GetAttribute("class") + " " + element.GetAttribute("id")).ToLowerInvariant();
        return (names.Contains("date", StringComparison.Ordinal) || names.Contains("publish", StringComparison.Ordinal)
                || names.Contains("posted", StringComparison.Ordinal) || names.Contains("time", StringComparison.Ordinal))
            && !names.Contains("update", StringComparison.Ordinal) && !names.Contains("modif", StringComparison.Ordinal)
            && !names.Contains("timeline", StringComparison.Ordinal);
    }

    private static bool IsBylineLike(AngleSharp.Dom.IElement element)
    {
        var names = (element.GetAttribute("class") + " " + element.GetAttribute("id")).ToLowerInvariant();
        return names.Contains("meta", StringComparison.Ordinal) || names.Contains("byline", StringComparison.Ordinal);
    }

    private static int CountVisible(string text)
    {
        int count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }
        return count;
    }
}
