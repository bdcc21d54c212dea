using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Lexicon;
using Dossier.Statements.Tagging;

namespace Dossier.Statements.Attribution;

/// <summary>Links read over a document's finished statements: a denial of "that" to what it denies, a headline's "envoy
/// says" to the envoy the body names, a speaker's own site to the statement's medium.</summary>
/// <remarks>Runs once a document, after every step that adds, drops or reorders statements (the links are indexes).</remarks>
internal static class StatementLinks
{
    /// <summary>
    /// "In a post on its leak site, the group said", "wrote on its website", "in a video posted online": no outlet carries
    /// the words, so the stand-in relay the rules read them with (<see cref="AttributionExtractor.OwnSiteRelay"/>) is dropped
    /// and its medium becomes the statement's: "post", "video", "statement", or "website" when the words were only "on
    /// its website" (not a post there).
    /// </summary>
    public static void OwnSitesAsMedia(Document document, List<Statement> statements)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            int at = -1;
            for (int r = 0; r < s.Relays.Count && at < 0; r++)
            {
                at = s.Relays[r].Name == AttributionExtractor.OwnSiteRelay ? r : -1;
            }
            if (at < 0)
            {
                continue;
            }
            var relays = new List<Relay>(s.Relays.Count);
            string? medium = null;
            foreach (var r in s.Relays)
            {
                if (r.Name == AttributionExtractor.OwnSiteRelay)
                {
                    medium ??= r.Medium is "post" && IsOnlyOnASite(document.Text, r.Span) ? "website" : r.Medium;
                }
                else
                {
                    relays.Add(r);
                }
            }
            statements[i] = s with { Relays = relays, Medium = s.Medium ?? medium };
        }
    }

    // "wrote on its website" (no post named before "on"), the site a website's own word.
    private static bool IsOnlyOnASite(string text, TextSpan site)
    {
        var name = text.AsSpan(site.Start, site.Length).TrimEnd('.');
        var last = name[(name.LastIndexOf(' ') + 1)..];
        if (!(last is "website" or "site" or "webpage" or "homepage"))
        {
            return false;
        }
        var before = text.AsSpan(0, site.Start).TrimEnd();
        before = before[..(before.LastIndexOf(' ') + 1)].TrimEnd(); // "its", "the", "his"
        if (!before.EndsWith(" on", StringComparison.Ordinal))
        {
            return false;
        }
        before = before[..^3].TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return !(word is "post" or "posts" or "message" or "tweet" or "statement" or "video");
    }

    // How far back a pointing word may reach: its own paragraph and the two before it.
    private const int ParagraphsBack = 2;

    /// <summary>
    /// "The government denied that, saying …": a denial or doubt whose whole content points back ("that", "it", "the claim",
    /// "the report") answers the nearest statement before it by another speaker; <see cref="Statement.Answers"/> gets its
    /// index. The content stays the pointing word, as attribution corpora mark it; the "saying …" participle after it is
    /// already a statement of its own by the same speaker.
    /// </summary>
    public static void Answers(Document document, List<Statement> statements)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s.Act is not (SpeechAct.Deny or SpeechAct.Doubt) || s.Content.Length > 40 || s.Content.Start < s.Cue.End
                || !PointsBack(document.Text.AsSpan(s.Content.Start, WithoutItsTime(document, s.Content) - s.Content.Start).TrimEnd(".,; ".AsSpan())))
            {
                continue;
            }
            int from = s.Speaker?.Span is { } own && own.Start < s.Cue.Start ? own.Start : s.Cue.Start;
            int earliest = ParagraphStartBefore(document, from);
            int best = -1, bestEnd = -1;
            for (int j = 0; j < statements.Count; j++)
            {
                var t = statements[j];
                int end = Math.Max(t.Cue.End, t.Content.End);
                if (j == i || t.Speaker is null || end > from || end <= bestEnd || t.Content.Start < earliest || t.Act == SpeechAct.Decline
                    || s.Speaker is not null && Same(s.Speaker, t.Speaker))
                {
                    continue;
                }
                (best, bestEnd) = (j, end);
            }
            if (best >= 0)
            {
                statements[i] = s with { Answers = best };
            }
        }
    }

    /// <summary>
    /// "Talks to resume, mediator says": a headline's speaker named only by a lower-case role noun is the one speaker of
    /// the body whose role holds that noun ("the African Union mediator for the basin, X, said"). With none, or two
    /// different ones, the headline keeps its noun.
    /// </summary>
    public static void HeadlineRoles(Document document, List<Statement> statements)
    {
        var text = AttributionTagger.FirstLineOfSeveral(document, out var line);
        if (text.Length == 0 || text[^1] is '.' or '"' or '\u201d')
        {
            return;
        }
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s.Speaker is not { Entity: < 0, Span: { } source } headline || !line.Contains(source) || !line.Contains(s.Cue)
                || RoleNoun(headline.Name) is not { Length: > 0 } noun)
            {
                continue;
            }
            Speaker? found = null;
            bool several = false;
            foreach (var t in statements)
            {
                // The body names the holder of the role ("the UN envoy for the region, X": role; "…, the regulator said",
                // linked to its body by the names stage: source) and an entity stands behind it.
                if (t.Speaker is not { Entity: >= 0 } body || body.Span is not { } at || line.Contains(at)
                    || !(body.Role is { } role && HasWord(role, noun) || HasWord(document.Slice(at), noun)))
                {
                    continue;
                }
                if (found is null)
                {
                    found = body;
                }
                else if (!Same(found, body))
                {
                    several = true;
                    break;
                }
            }
            if (found is not null && !several)
            {
                statements[i] = s with { Speaker = found with { Span = source, With = null } };
            }
        }
    }

    // "envoy", "the regulator", "UN envoy": a role word alone or after one modifier, no possessive ("London's mayor" names
    // its city's mayor, not the body's speaker); a topic before a lower-case noun ("Clinton media") is no role.
    private static string? RoleNoun(string name)
    {
        var words = name.AsSpan().Trim();
        if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            words = words[4..];
        }
        int space = words.LastIndexOf(' ');
        var last = words[(space + 1)..];
        if (last.IsEmpty || !char.IsLower(last[0]) || words.Count(' ') > 1 || words.IndexOfAny('\'', '\u2019') >= 0
            || !(StatementLexicon.RoleWords.Contains(last) && !StatementLexicon.OrgWords.Contains(last) || last is "police" or "regulator" or "mediator" or "negotiator" or "watchdog"))
        {
            return null;
        }
        return last.ToString();
    }

    private static bool HasWord(string phrase, string word)
    {
        int at = phrase.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(phrase[at - 1])) && (end == phrase.Length || !char.IsLetter(phrase[end])))
            {
                return true;
            }
            at = phrase.IndexOf(word, end, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static bool Same(Speaker a, Speaker b) =>
        a.Entity >= 0 || b.Entity >= 0 ? a.Entity == b.Entity : string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    // "that", "this", "it", "the claim", "these allegations", "the report": a content that only points at what was said.
    private static bool PointsBack(ReadOnlySpan<char> content)
    {
        if (content is "that" or "this" or "it" or "them" or "those" or "these" or "so")
        {
            return true;
        }
        int space = content.IndexOf(' ');
        if (space < 0 || !(content[..space] is "the" or "that" or "this" or "these" or "those" or "such"))
        {
            return false;
        }
        var noun = content[(space + 1)..];
        if (noun.IndexOf(' ') >= 0)
        {
            return false;
        }
        if (noun is "report" or "reports" or "story" or "stories")
        {
            return true;
        }
        return StatementLexicon.IsSummingNounOrPlural(noun);
    }

    /// <summary>Where <paramref name="content"/> ends before a time expression that closes it ("it on Sunday").</summary>
    private static int WithoutItsTime(Document document, TextSpan content)
    {
        foreach (var t in document.Times)
        {
            if (t.Span.Start > content.Start && t.Span.Start < content.End && t.Span.End >= content.End - 1)
            {
                int end = t.Span.Start;
                var before = document.Text.AsSpan(content.Start, end - content.Start).TrimEnd();
                // "on", "last", "in": the word that leads the time in belongs to it.
                int space = before.LastIndexOf(' ');
                if (space > 0 && before[(space + 1)..] is "on" or "in" or "at")
                {
                    return content.Start + space;
                }
                return end;
            }
        }
        // Without the time stage: "it on Sunday", "the claim last week".
        var text = document.Text.AsSpan(content.Start, content.Length).TrimEnd(".,; ".AsSpan());
        int last = text.LastIndexOf(' ');
        int lead = last > 0 ? text[..last].LastIndexOf(' ') : -1;
        return lead > 0 && StatementLexicon.DayWords.Contains(text[(last + 1)..]) && text[(lead + 1)..last] is "on" or "last" or "this"
            ? content.Start + lead : content.End;
    }

    /// <summary>The start of the paragraph <see cref="ParagraphsBack"/> before the one holding <paramref name="offset"/>.</summary>
    private static int ParagraphStartBefore(Document document, int offset)
    {
        var paragraphs = document.Paragraphs;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (paragraphs[p].Span.End > offset)
            {
                return paragraphs[Math.Max(0, p - ParagraphsBack)].Span.Start;
            }
        }
        return 0;
    }
}
