using System.Text;
using AngleSharp.Dom;
using Dossier.Core.Articles;

namespace Dossier.Text.Html;

/// <summary>Walks a page in document order and cuts its visible text into <see cref="HtmlRun"/> lines.</summary>
/// <remarks>
/// Iterative (explicit stack), so nesting depth costs heap, not call stack. An element that looks like debris
/// (<see cref="HtmlHints.DebrisReason"/>) marks every line inside it, unless it holds most of the page's text:
/// some sites wrap the whole page in a form or a header-classed element.
/// </remarks>
internal static class HtmlRunCollector
{
    private const double MaxDebrisShare = 0.5;

    public static List<HtmlRun> Collect(HtmlPage page, CancellationToken cancellationToken)
    {
        var runs = new List<HtmlRun>();
        if (page.Elements.Count == 0)
        {
            return runs;
        }
        var state = new State(page, runs);
        int bodyText = page.TextChars[page.Body];
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((page.Elements[page.Body], false));
        int steps = 0;
        while (stack.Count > 0)
        {
            if ((++steps & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (exit)
                {
                    state.Leave(element);
                    continue;
                }
                var tag = element.LocalName;
                if (HtmlHints.Invisible.Contains(tag))
                {
                    continue;
                }
                int index = page.IndexOf(element);
                if (index < 0)
                {
                    continue;
                }
                if (tag == "br" || tag == "hr")
                {
                    state.Flush();
                    continue;
                }
                string? reason = null;
                if (state.ExcludedBy is null && tag is not ("body" or "html") && !page.Protected[index])
                {
                    reason = HtmlHints.DebrisReason(element);
                    if (reason is not null && reason != "hidden" && bodyText > 0
                        && page.TextChars[index] > MaxDebrisShare * bodyText)
                    {
                        reason = null;
                    }
                }
                state.Enter(element, index, reason);
                stack.Push((element, true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                state.Append(node.TextContent);
            }
        }
        state.Flush();
        return runs;
    }

    private sealed class State(HtmlPage page, List<HtmlRun> runs)
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _blocks = [];
        private readonly List<ParagraphKind> _kinds = [];
        private int _linkDepth;
        private int _linkChars;
        private int _excludedAt = -1;
        private bool _pendingSpace;

        public string? ExcludedBy { get; private set; }

        public void Enter(IElement element, int index, string? reason)
        {
            var tag = element.LocalName;
            if (reason is not null)
            {
                ExcludedBy = reason;
                _excludedAt = index;
            }
            if (HtmlHints.BlockTags.Contains(tag))
            {
                Flush();
                _blocks.Add(index);
            }
            switch (tag)
            {
                case "a":
                    _linkDepth++;
                    break;
                case "li" or "dd" or "dt":
                    _kinds.Add(ParagraphKind.ListItem);
                    break;
                case "blockquote":
                    _kinds.Add(ParagraphKind.Quote);
                    break;
            }
        }

        public void Leave(IElement element)
        {
            var tag = element.LocalName;
            if (HtmlHints.BlockTags.Contains(tag))
            {
                Flush();
                if (_blocks.Count > 0)
                {
                    _blocks.RemoveAt(_blocks.Count - 1);
                }
            }
            switch (tag)
            {
                case "a":
                    _linkDepth--;
                    break;
                case "li" or "dd" or "dt" or "blockquote":
                    if (_kinds.Count > 0)
                    {
                        _kinds.RemoveAt(_kinds.Count - 1);
                    }
                    break;
            }
            if (_excludedAt >= 0 && ReferenceEquals(page.Elements[_excludedAt], element))
            {
                ExcludedBy = null;
                _excludedAt = -1;
            }
        }

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }
                if (char.IsControl(c))
                {
                    continue;
                }
                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                    if (_linkDepth > 0)
                    {
                        _linkChars++;
                    }
                }
                _text.Append(c);
                if (_linkDepth > 0)
                {
                    _linkChars++;
                }
            }
            if (text.Length > 0 && char.IsWhiteSpace(text[^1]))
            {
                _pendingSpace = _text.Length > 0;
            }
        }

        public void Flush()
        {
            _pendingSpace = false;
            if (_text.Length == 0)
            {
                return;
            }
            int owner = _blocks.Count > 0 ? _blocks[^1] : page.Body;
            var ownerTag = page.Elements[owner].LocalName;
            ParagraphKind kind;
            if (ownerTag.Length == 2 && ownerTag[0] == 'h' && ownerTag[1] is >= '1' and <= '6')
            {
                kind = ParagraphKind.Heading;
            }
            else
            {
                kind = _kinds.Count > 0 ? _kinds[^1] : ParagraphKind.Body;
            }
            runs.Add(new HtmlRun(owner, _text.ToString(), Math.Min(_linkChars, _text.Length), kind, ExcludedBy));
            _text.Clear();
            _linkChars = 0;
        }
    }
}
