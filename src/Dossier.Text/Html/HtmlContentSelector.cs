namespace Dossier.Text.Html;

/// <summary>Finds the elements that hold the article's main text by scoring where the paragraph-like lines gather.</summary>
/// <remarks>
/// Each line long enough to be prose scores its block's container (1 + commas + a length bonus); ancestors get a
/// fading share. A container's score starts from its tag and its class/id/itemprop hints and is scaled down by
/// its link density. The best container is widened to a parent that scores higher still, then joined by siblings
/// that score close to it or read as prose.
/// </remarks>
internal static class HtmlContentSelector
{
    private const int MinProseChars = 25;

    /// <summary>Element indexes whose subtrees make up the main text, in document order.</summary>
    public static List<int> Select(HtmlPage page, List<HtmlRun> runs)
    {
        int n = page.Elements.Count;
        var result = new List<int>();
        if (n == 0)
        {
            return result;
        }
        var score = new double[n];
        var scored = new bool[n];
        var chars = new int[n];
        var linkChars = new int[n];
        foreach (var run in runs)
        {
            if (run.ExcludedBy is not null)
            {
                continue;
            }
            chars[run.Owner] += run.Text.Length;
            linkChars[run.Owner] += run.LinkChars;
        }
        for (int i = n - 1; i > 0; i--)
        {
            int p = page.Parent[i];
            if (p >= 0)
            {
                chars[p] += chars[i];
                linkChars[p] += linkChars[i];
            }
        }
        var declared = DeclaredBodies(page, chars);
        if (declared is not null)
        {
            return declared;
        }
        // Lines of one block split only by <br> count as one paragraph, as they read: a table cell of
        // br-separated names is one block, not a hundred paragraphs.
        int owner = -1, length = 0, commas = 0, links = 0;
        for (int r = 0; r <= runs.Count; r++)
        {
            bool flush = r == runs.Count || runs[r].Owner != owner || runs[r].ExcludedBy is not null
                || runs[r].Kind == Core.Articles.ParagraphKind.Heading;
            if (flush && owner >= 0)
            {
                Credit(page, score, scored, owner, length, commas, links);
                owner = -1;
                length = commas = links = 0;
            }
            if (r == runs.Count)
            {
                break;
            }
            var run = runs[r];
            if (run.ExcludedBy is not null || run.Kind == Core.Articles.ParagraphKind.Heading)
            {
                continue;
            }
            owner = run.Owner;
            length += run.Text.Length;
            commas += CountCommas(run.Text);
            links += run.LinkChars;
        }
        int top = -1;
        double best = double.MinValue;
        for (int i = 0; i < n; i++)
        {
            if (!scored[i])
            {
                continue;
            }
            double density = chars[i] == 0 ? 0 : (double)linkChars[i] / chars[i];
            score[i] *= 1 - density;
            if (score[i] > best)
            {
                best = score[i];
                top = i;
            }
        }
        if (top < 0)
        {
            result.Add(page.Body);
            return result;
        }
        top = Widen(page, score, scored, top);
        int parent = page.Parent[top];
        if (top == page.Body || parent < 0)
        {
            result.Add(top);
            return result;
        }
        double threshold = Math.Max(10, score[top] * 0.2);
        var topClass = page.Elements[top].GetAttribute("class");
        var lastText = new Dictionary<int, string>();
        foreach (var run in runs)
        {
            lastText[run.Owner] = run.Text;
        }
        for (var sibling = page.Elements[parent].FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            int s = page.IndexOf(sibling);
            if (s < 0)
            {
                continue;
            }
            if (s == top)
            {
                result.Add(s);
                continue;
            }
            if (HtmlHints.DebrisReason(sibling) is not null || HtmlHints.Invisible.Contains(sibling.LocalName))
            {
                continue;
            }
            double bonus = !string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute("class") ? score[top] * 0.2 : 0;
            if (scored[s] && score[s] + bonus >= threshold)
            {
                result.Add(s);
                continue;
            }
            if (sibling.LocalName == "p")
            {
                double density = chars[s] == 0 ? 0 : (double)linkChars[s] / chars[s];
                bool endsSentence = lastText.TryGetValue(s, out var text) && text.Length > 0 && text[^1] is '.' or '!' or '?';
                if ((chars[s] > 80 && density < 0.25) || (chars[s] > 0 && density == 0 && endsSentence))
                {
                    result.Add(s);
                }
            }
        }
        return result;
    }

    /// <summary>The outermost itemprop=articleBody elements, when they hold enough text to trust the page's own word.</summary>
    private static List<int>? DeclaredBodies(HtmlPage page, int[] chars)
    {
        List<int>? found = null;
        int total = 0;
        foreach (var i in page.ItemProps)
        {
            var prop = page.Elements[i].GetAttribute("itemprop");
            if (prop is null || !prop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (found is { Count: > 0 } && page.Contains(found[^1], i))
            {
                continue;
            }
            (found ??= []).Add(i);
            total += chars[i];
        }
        return total >= 200 ? found : null;
    }

    private static void Credit(HtmlPage page, double[] score, bool[] scored, int owner, int length, int commas, int links)
    {
        if (length < MinProseChars)
        {
            return;
        }
        double value = 1 + commas + Math.Min(length / 100, 3);
        // Links in a paragraph make it less likely prose: a list of headlines scores little.
        value *= 1 - Math.Min(1.0, (double)links / length);
        int target = HtmlHints.ParagraphTags.Contains(page.Elements[owner].LocalName) ? page.Parent[owner] : owner;
        for (int level = 0; target >= 0 && level < 5; level++)
        {
            if (!scored[target])
            {
                scored[target] = true;
                score[target] = InitialScore(page, target);
            }
            score[target] += level switch { 0 => value, 1 => value / 2, _ => value / (level * 3) };
            target = page.Parent[target];
        }
    }

    private static int Widen(HtmlPage page, double[] score, bool[] scored, int top)
    {
        double last = score[top];
        double floor = last / 3;
        for (int p = page.Parent[top]; p >= 0 && p != page.Body; p = page.Parent[p])
        {
            if (!scored[p])
            {
                continue;
            }
            if (score[p] < floor)
            {
                break;
            }
            if (score[p] > last)
            {
                top = p;
                break;
            }
            last = score[p];
        }
        // A lone child says nothing its parent does not; the parent may hold the headline and byline too.
        while (top != page.Body && page.Parent[top] >= 0 && page.Parent[top] != page.Body
            && page.Elements[page.Parent[top]].ChildElementCount == 1)
        {
            top = page.Parent[top];
        }
        return top;
    }

    private static double InitialScore(HtmlPage page, int index)
    {
        var element = page.Elements[index];
        double value = element.LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return value + HtmlHints.ContentWeight(element);
    }

    private static int CountCommas(string text)
    {
        int count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、')
            {
                count++;
            }
        }
        return count;
    }
}
