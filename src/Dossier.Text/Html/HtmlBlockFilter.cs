using System.Text.RegularExpressions;
using Dossier.Core.Articles;

namespace Dossier.Text.Html;

/// <summary>Turns the lines inside the main-text containers into blocks, dropping link lists and widget lines on the way.</summary>
internal static partial class HtmlBlockFilter
{
    private const int MaxDebrisLineChars = 120;

    private const int MaxPromoLineChars = 220;

    public static (List<HtmlBlock> Blocks, List<RemovedText> Dropped) Filter(
        HtmlPage page, List<HtmlRun> runs, List<int> containers, HtmlExtractorOptions options)
    {
        var blocks = new List<HtmlBlock>();
        var dropped = new List<RemovedText>();
        bool skipping = false;
        bool titled = false;
        int c = 0;
        for (int r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            while (c < containers.Count && run.Owner >= containers[c] + page.SubtreeSize[containers[c]])
            {
                c++;
            }
            bool inside = c < containers.Count && page.Contains(containers[c], run.Owner);
            if (!inside)
            {
                Drop(dropped, run.Text, run.ExcludedBy ?? "outside main text", options, requireWords: true);
                continue;
            }
            if (run.ExcludedBy is not null)
            {
                Drop(dropped, run.Text, run.ExcludedBy, options, requireWords: false);
                continue;
            }
            var text = run.Text;
            if (!HasLetterOrDigit(text))
            {
                continue;
            }
            bool shortLine = text.Length <= MaxDebrisLineChars;
            if (shortLine && RelatedHeading().IsMatch(text))
            {
                skipping = true;
                Drop(dropped, text, "related links", options, requireWords: false);
                continue;
            }
            if (skipping)
            {
                if (run.Kind != ParagraphKind.Heading
                    && (run.Kind == ParagraphKind.ListItem || text.Length < 150 || run.LinkDensity > 0.3))
                {
                    Drop(dropped, text, "related links", options, requireWords: false);
                    continue;
                }
                skipping = false;
            }
            if (run.LinkDensity > 0.5 && run.Kind != ParagraphKind.Heading)
            {
                Drop(dropped, text, "link list", options, requireWords: false);
                continue;
            }
            if (shortLine && DebrisLine().IsMatch(text))
            {
                Drop(dropped, text, "widget text", options, requireWords: false);
                continue;
            }
            if (text.Length <= MaxPromoLineChars && PromoPhrase().IsMatch(text))
            {
                Drop(dropped, text, "subscribe prompt", options, requireWords: false);
                continue;
            }
            var kind = run.Kind;
            if (!titled && kind == ParagraphKind.Heading && page.Elements[run.Owner].LocalName == "h1")
            {
                kind = ParagraphKind.Title;
                titled = true;
            }
            blocks.Add(new HtmlBlock(kind, text));
        }
        // A heading with no text after it introduced something that was dropped.
        while (blocks.Count > 0 && blocks[^1].Kind == ParagraphKind.Heading)
        {
            Drop(dropped, blocks[^1].Text, "heading without text", options, requireWords: false);
            blocks.RemoveAt(blocks.Count - 1);
        }
        return (blocks, dropped);
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static void Drop(List<RemovedText> dropped, string text, string reason, HtmlExtractorOptions options, bool requireWords)
    {
        if (dropped.Count >= options.MaxDropped)
        {
            return;
        }
        if (!HasLetterOrDigit(text) || (requireWords && (text.Length < 8 || !text.Contains(' ', StringComparison.Ordinal))))
        {
            return;
        }
        if (text.Length > options.MaxDroppedChars)
        {
            text = string.Concat(text.AsSpan(0, Math.Max(1, options.MaxDroppedChars - 1)), "…");
        }
        dropped.Add(new RemovedText(null, text, reason));
    }

    [GeneratedRegex(
        @"^\W*(related( (articles?|stories|posts|content|coverage|news|reading|links|topics))?|most (popular|read|viewed|shared|recent|emailed)( \w+)?|editors?['’]?s? picks?|recommended( (for you|stories|articles|reading))?|you (may|might) (also )?(like|enjoy|be interested in).*|more (from|on|in|stories|news|like this|to read|articles)\b.*|read (more|next|also)\b.{0,40}|trending( now| stories)?|popular( now| stories| posts)?|latest (news|stories|posts|articles)|top stories|what to read next|further reading|around the web|from our partners|sponsored (content|links|stories)|in other news|don['’]t miss|also read|see also|share this( \w+)?:?|share:?|comments?|\d+ comments?|leave a (comment|reply)|tags?:?|topics?:?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(
        @"\b(download (the|our) [\w ]{0,40}\bapps?\b|(get|with) (the|our) [\w ]{0,30}\bapp\b|follow (us|[\w ]{1,30}) on (twitter|facebook|instagram|linkedin|x|telegram|whatsapp)\b|like us on facebook|sign(ing)? up (for|to) (our|the|a)\b|subscribe (to|for) (our|the|a)\b|please subscribe\b|already a subscriber|subscribers? (can|also|get) |(never|don['’]t) miss (a|the latest|an?)\b|by signing up\b|newsletter\b.{0,60}\b(sign|subscribe|inbox)|send us (a|your) (story|tip|news)|we want to hear (what|from) you|(log|sign) in (for|to) (read|continue|access)|is not responsible for the (opinions|content)|all rights reserved|reproduction (in whole|without)|do you want to be informed)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromoPhrase();

    [GeneratedRegex(
        @"^\W*(share( (this|on|via)\b.*)?|tweet( this)?|e-?mail( this)?|print( this)?( (article|page|story))?|whats ?app|facebook|twitter|linkedin|pinterest|reddit|copy link|advertisement|advertising|ad|sponsored|subscribe\b.*|sign up\b.*|sign in\b.*|log ?in\b.*|register\b.*|read more\b.*|continue reading\b.*|click here\b.*|skip to\b.*|follow us\b.*|follow\b.{0,40}\bon (twitter|facebook|instagram|x)\b.*|loading\W*|we use cookies\b.*|this (site|website) uses cookies\b.*|(accept|manage) (all )?cookies\b.*|this audio is (created|generated) with ai\b.*|listen to (this|the) (article|story)\b.*|\d+ ?min(ute)?s?( read)?|reading time\b.*|\d+ ?min(ute)?s? read\b.*|edit post|back to top|next (post|article|story)\b.*|previous (post|article|story)\b.*|(filed|posted) (under|in)\b.*|categories:.*|tagged( with)?:?.*|copyright\b.*|©.*|all rights reserved\b.*|image:.*|photo:.*|getty images|ap photo.*|reuters/.*|view comments|show comments|join the (conversation|discussion)\b.*|support (our|independent) journalism\b.*|donate\b.*|newsletter\b.*|get (our|the) newsletter\b.*|enter your e-?mail\b.*)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DebrisLine();
}
