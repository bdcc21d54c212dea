using System.Text.RegularExpressions;

namespace Dossier.Text.Cleaning;

/// <summary>Recognises lines of web debris: page chrome, prompts and widget headings that are not the story.</summary>
/// <remarks>
/// Rules describe kinds of debris seen across news sites (reading-time badges, share and subscribe prompts,
/// cookie notices, "Most popular" blocks, trailing section tags), never the wording of one site's story.
/// A line is only ever judged whole: a sentence that merely mentions "subscribe" stays.
/// </remarks>
public static partial class DebrisRules
{
    [GeneratedRegex(@"^(?:edit(?: post| article| this)?|share(?: this(?: article| story| post)?)?|tweet|print|e-?mail|save|copy link|advertisement|advertising|sponsored(?: content)?|ad|comments?|leave a comment|\d+ comments?|skip to (?:main )?content|menu|home|back to top|close|accept(?: all)?(?: cookies)?|cookie settings|manage cookies|sign in|log ?in|register|listen|play|pause|loading\W*|see also|read more|read next|read also|continue reading|show more|more|subscribe(?: now)?|sign up(?: now)?|follow us|newsletter|topics?|tags?|bookmark|gift this article|view comments|video|photos?|gallery)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();

    [GeneratedRegex(@"^(?:(?:reading time|read time|est\.? reading time)\s*:?\s*)?(?:about\s+)?\d{1,3}\s*(?:-|\s)?(?:min|mins|minutes?|m)\.?\s*(?:read|reading|listen)?\W*$|^\d{1,3}\s*(?:min|mins|minutes?)\s+(?:read|listen)\b.{0,40}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(?:this|the)\s+(?:audio|article|story|content|summary|narration|voice(?:over)?)\s+(?:is|was|has been)\s+(?:created|generated|produced|narrated|made|read|voiced)\s+(?:with|by|using)\s+(?:the\s+(?:help|assistance)\s+of\s+)?(?:an?\s+)?(?:ai|artificial intelligence|automated|text-to-speech|machine)\b.{0,60}$|^(?:listen to|hear)\s+(?:this|the)\s+(?:article|story)\b.{0,40}$|^(?:audio|voice)\s+(?:generated|created)\s+by\b.{0,40}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedAudio();

    [GeneratedRegex(@"^(?:share|follow|like)\s+(?:this|us|on|via)\b.{0,60}$|^(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletter|updates|inbox|free|alerts|account|today|now)\W*$|^(?:get|receive)\s+(?:our|the)\s+\w+\s+newsletter\b.{0,60}$|^(?:download|get)\s+(?:our|the)\s+app\b.{0,60}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"\bcookies?\b.{0,120}\b(?:accept|consent|agree|policy|settings|preferences|improve your experience)\b|\b(?:accept|consent to)\b.{0,60}\bcookies?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cookie();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|^(?:photo|image|picture|illustration|video|credit|source)s?(?:\s+credit)?\s*:\s*\S.{0,80}$|^(?:getty images|afp via getty images|reuters/[\w ]+|ap photo.{0,40})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditOrCopyright();

    /// <summary>Headings of widget blocks whose following lines are other stories' headlines.</summary>
    [GeneratedRegex(@"^(?:most (?:popular|read|viewed|shared|commented|recent)|popular(?: now| stories| articles)?|trending(?: now| stories)?|editors?'?’?s?\s+(?:picks?|choice)|editor'?s? picks?|recommended(?: for you| stories| reading)?|related(?: articles| stories| news| content| coverage| posts| reading| topics)?|you (?:may|might) (?:also )?(?:like|be interested in)|more (?:stories|news|from\b.{0,40}|on this (?:story|topic))|top stories|latest(?: news| stories| articles)?|read (?:more|next|also)|see also|also read|don'?t miss|in (?:other|case you missed).{0,20}|what to read next|further reading|more in\b.{0,40})\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockHeading();

    /// <summary>A link to another story written after its block's label: "Related: Ferry disasters in Southeast Asia",
    /// "READ MORE: …".</summary>
    [GeneratedRegex(@"^(?:related(?: articles?| stories| story| news| coverage| content)?|read (?:more|next|also)|also read|see also|more on this|watch|listen|recommended)\s*[:|]\s*\S.{0,150}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineRelatedLink();

    /// <summary>A wire service's staff line: "Reporting by …; Editing by …", "(Additional reporting by …)".</summary>
    [GeneratedRegex(@"^\(?(?:additional |further )?(?:reporting|writing|editing|compiled|research|graphics) by\s+\p{Lu}.{0,200}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StaffCredit();

    /// <summary>A site's section label after the story: "- News", "— World | Politics".</summary>
    [GeneratedRegex(@"^[-–—|•·»]\s*\p{Lu}[\p{L}&'’ ]{1,30}(?:\s*[|/·,]\s*\p{Lu}[\p{L}&'’ ]{1,30}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionTag();

    /// <summary>No chrome, badge, prompt or credit line is longer than this; longer lines skip those patterns.</summary>
    private const int MaxDebrisLength = 200;

    /// <summary>Says whether a whole line is debris, and which kind.</summary>
    public static bool IsDebris(string line, out string reason)
    {
        reason = "";
        if (line.Length > MaxDebrisLength)
        {
            // Long lines are prose; only a cookie notice runs that long, and it names cookies.
            if (line.Length < 400 && line.Contains("ookie", StringComparison.OrdinalIgnoreCase) && Cookie().IsMatch(line))
            {
                reason = "cookie notice";
            }
            return reason.Length > 0;
        }
        if (ChromeLine().IsMatch(line))
        {
            reason = "page chrome";
        }
        else if (ReadingTime().IsMatch(line))
        {
            reason = "reading-time badge";
        }
        else if (GeneratedAudio().IsMatch(line))
        {
            reason = "audio/AI notice";
        }
        else if (Prompt().IsMatch(line))
        {
            reason = "share/subscribe prompt";
        }
        else if (line.Contains("ookie", StringComparison.OrdinalIgnoreCase) && Cookie().IsMatch(line))
        {
            reason = "cookie notice";
        }
        else if (CreditOrCopyright().IsMatch(line) && WordCount(line) <= 20)
        {
            reason = "credit or copyright line";
        }
        // "SPORT", "World News", "Politics:" on a line of their own: the section the page files the story under.
        else if (line.Length <= 40 && WordCount(line) <= 3 && Metadata.OutletNames.IsSectionName(line.AsSpan().Trim().TrimEnd(':')))
        {
            reason = "section label";
        }
        else if (IsBlockHeading(line))
        {
            reason = "related-stories heading";
        }
        else if (InlineRelatedLink().IsMatch(line) && IsHeadlineLike(line))
        {
            reason = "link to another story";
        }
        // A staff line lists names; a sentence that opens the same way ends with its full stop and has no semicolon.
        else if (StaffCredit().IsMatch(line) && WordCount(line) <= 30 && (line.Contains(';') || line[0] == '(' || line[^1] != '.'))
        {
            reason = "staff credit line";
        }
        return reason.Length > 0;
    }

    public static bool IsBlockHeading(string line) => line.Length <= 80 && BlockHeading().IsMatch(line);

    public static bool IsSectionTag(string line) => line.Length <= 80 && SectionTag().IsMatch(line);

    /// <summary>A line shaped like another story's headline: short, and not ending as a sentence does.</summary>
    public static bool IsHeadlineLike(string line)
    {
        if (line.Length == 0)
        {
            return false;
        }
        char last = line[^1];
        bool sentenceEnd = last is '.' or '"' or '”' or ':' or ';' or ',';
        return !sentenceEnd && WordCount(line) <= 30;
    }

    public static int WordCount(ReadOnlySpan<char> line)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
