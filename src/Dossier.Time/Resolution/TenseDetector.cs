using System.Collections.Frozen;
using Dossier.Core;
using Dossier.Core.Time;
using Dossier.Core.Tokens;
using Dossier.Time.Lexicon;

namespace Dossier.Time.Resolution;

/// <summary>Guesses the tense of the clause around a time expression from the nearest tense-marking word.</summary>
/// <remarks>
/// Works without a part-of-speech tagger: future markers ("will", "'ll", "shall", "going to", "plans to"),
/// past forms (irregular list and "-ed" words) and present forms ("is", "says"). The nearest marker wins,
/// counting tokens either way inside the sentence; a closer clause boundary (";", "but", quote marks) stops the scan.
/// A reporting verb ("said", "told") three or more tokens away dates the report rather than the event, so it wins only
/// when the other side holds no marker. Deadlines ("by Dec. 15", "until Tuesday") and decisions ("decided to admit")
/// point ahead; an arrangement that "had been" made has lapsed.
/// </remarks>
internal static class TenseDetector
{
    private static readonly FrozenDictionary<string, Tense> s_words = BuildWords().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_notPast = new[]
    {
        "need", "feed", "speed", "seed", "bed", "red", "hundred", "indeed", "united", "proceed", "succeed", "exceed", "breed",
        "bleed", "greed", "shed", "sled", "wed", "fled", "led", "bred", "weed", "deed", "creed", "embed", "naked", "wicked",
        "sacred", "alleged", "armed", "based", "detailed", "related", "advanced", "limited", "supposed", "concerned",
        "interested", "experienced", "used", "so-called", "called", "named", "sophisticated", "dedicated", "unprecedented",
        "unexpected", "expected", "scheduled", "planned", "proposed", "estimated", "red", "hundred", "undisclosed", "unidentified",
        "unspecified", "unnamed", "unconfirmed", "unchanged", "unresolved", "unrelated", "unlimited", "unemployed", "unauthorized",
        "undecided", "undated", "unscheduled", "unpublished", "unsolved",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notPastLookup = s_notPast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of planned events whose present tense in news points ahead ("meet Monday", "opens in March").</summary>
    private static readonly FrozenSet<string> s_scheduledPresent = new[]
    {
        "meet", "meets", "begin", "begins", "resume", "resumes", "convene", "convenes", "reconvene", "reconvenes",
        "arrive", "arrives", "depart", "departs", "travel", "travels", "visit", "visits", "opens", "closes", "starts",
        "testify", "testifies", "adjourn", "adjourns", "go", "kicks", "faces", "hosts", "leaves", "returns", "heads",
        "face", "host", "ends", "runs", "lasts", "continues", "expires", "play", "plays", "sits",
        "vote", "votes", "goes", "open", "close", "pauses", "pause",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_scheduledPresentLookup = s_scheduledPresent.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tense for an expression spanning <paramref name="span"/> inside <paramref name="sentence"/>.</summary>
    public static Tense Detect(Document document, Sentence sentence, TextSpan span)
    {
        var tokens = document.Tokens;
        int first = sentence.FirstToken;
        int end = Math.Min(sentence.EndToken, tokens.Count);
        if (end <= first)
        {
            return Tense.Unknown;
        }
        int left = tokens.IndexAtOrAfter(span.Start) - 1;
        int right = left + 1;
        while (right < end && tokens.Starts[right] < span.End)
        {
            right++;
        }
        if (left - 2 >= first && Word(document, left).Equals("least", StringComparison.OrdinalIgnoreCase)
            && Word(document, left - 1).Equals("at", StringComparison.OrdinalIgnoreCase) && IsUntil(Word(document, left - 2)))
        {
            // "will stay closed until at least the third quarter": the qualifier leaves the limit a limit.
            left -= 2;
        }
        if (left >= first && IsDeadline(document, left, first)
            && !(Word(document, left).Equals("by", StringComparison.OrdinalIgnoreCase) && StartsWithThe(document.Text, span.Start)))
        {
            if (IsPastDue(document, left, first))
            {
                // "Paper returns were due by 31 October": a past "due" may be a deadline gone by or one reported in the past
                // ("said the fee was due by Friday"); the words do not say which, so the nearer day decides.
                return Tense.Unknown;
            }
            bool by = Word(document, left).Equals("by", StringComparison.OrdinalIgnoreCase);
            // "may have gained access as early as mid-May": the earliest day of something done, not a first day ahead.
            bool earliest = Word(document, left).Equals("as", StringComparison.OrdinalIgnoreCase) && HasPerfectBefore(document, left, first);
            // "By the weekend the river was at its peak": a fronted "by" before a past main clause tells how things stood then.
            // A capital "By" after a stop ("... closed at 10 p.m. By Wednesday afternoon, 80% had been counted") opens a sentence
            // the splitter joined to the one before (after an abbreviation).
            bool frontedPast = by && (left == first || OpensClause(Word(document, left - 1)) || (char.IsUpper(Word(document, left)[0]) && Word(document, left - 1).EndsWith('.')))
                && HasPastMainVerbAfter(document, right, end);
            if (!(IsUntil(Word(document, left)) && (HasPastPerfectAfter(document, right, end) || HasNegatedPastBefore(document, left, first)))
                && !(by && HasPastPerfectBefore(document, left, first)) && !earliest && !frontedPast)
            {
                return Tense.Future;
            }
            // "had burned 14,000 hectares by Friday evening": what was done by then, not a deadline ahead.
            // "Until Thursday, they had not called him a suspect": a state that ended then, not a deadline ahead.
            return Tense.Past;
        }
        if (left >= first && IsEventFor(document, left, first))
        {
            return Tense.Future;
        }
        if (left > first && IsWarningFrom(document, left, first))
        {
            // "have issued an amber warning for snow from 6pm on Tuesday": a warning is of what is coming, so the period
            // it covers lies ahead of the warning, whatever the tense of the verb that issued it.
            return Tense.Future;
        }
        if (left - 2 >= first && IsNextEventOn(document, left, first))
        {
            // "remanded in custody until his next appearance on 7 December", "its next meeting in March": the next of
            // something lies ahead of the report, whatever the tense of the clause.
            return Tense.Future;
        }
        if (left > first && IsAwaitedDay(document, left, span) && !HasPastPerfectBefore(document, left, first))
        {
            // "investors awaited Friday's jobs report", "quiet ahead of Thursday's rate decision": what is waited for lies
            // ahead of the waiting, whatever the tense the waiting is told in (not "had been quiet ahead of ...", told after).
            return Tense.Future;
        }
        if (left >= first && IsAnsweredDay(document, left, span))
        {
            // "an appeal against Wednesday's court ruling", "despite Monday's vote": what is answered or withstood has
            // happened, whatever the tense of the plan or deed that answers it. ("after Friday's meeting" may lie ahead.)
            return Tense.Past;
        }
        if (left > first && IsPutOffTo(document, left))
        {
            // "trial adjourned to January", "vote postponed until March": the new date is ahead of the report.
            return Tense.Future;
        }
        if (left > first + 1 && IsSetFor(document, left, first))
        {
            // "set their trial for April 20", "fixed the hearing for Monday": the day an event is set for lies ahead of the
            // setting, whatever its tense.
            return Tense.Future;
        }
        if (left > first && IsExtendedTo(document, left, first))
        {
            // "has extended $90 million in loans through January", "extended the deadline to Friday": an extension runs to
            // a limit beyond the act of extending, so the limit lies ahead of the report.
            return Tense.Future;
        }
        if (left > first && IsScheduleCopula(document, left))
        {
            // "Kick-off is at 3pm on Saturday", "the vote is on Friday": a present "is" naming when something takes place
            // is a schedule, which lies ahead.
            return Tense.Future;
        }
        if (left > first && IsInvitedTo(document, left, first))
        {
            // "invited union leaders to meet him on Friday", "urged voters to turn out on Sunday": what someone is invited or
            // urged to do lies after the invitation, so the day is one still ahead of a recent report.
            return Tense.Future;
        }
        if (left >= first && Word(document, left).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            // "in force since Jan. 1, must end": what something has lasted since lies behind, whatever the clause's verb.
            return Tense.Past;
        }
        if (IsEarlierExpectation(document, left, first))
        {
            return Tense.Past;
        }
        if (right < end && Word(document, right).Equals("that", StringComparison.OrdinalIgnoreCase)
            && ReportingVerbBefore(document, left, first) is var report && report != Tense.Unknown)
        {
            // "told a news conference on Tuesday that the blockade might be extended": a time between a reporting verb
            // and the "that" opening what was reported dates the report, whatever the reported clause's own verb.
            return report;
        }
        if (left >= first && IsTimePreposition(Word(document, left)) && VerbBefore(document, left - 1, first) is var own && own != Tense.Unknown)
        {
            // "talks that were held on Tuesday will resume", "raised rates in January and is expected to": a time after
            // a preposition belongs to the verb before it in its clause, however near the next clause's verb is.
            return own;
        }
        // "a June cut was likely", "the March meeting": the date modifies the noun after it, which is no verb ("cut").
        if (left >= first && right < end && IsArticle(Word(document, left)) && char.IsLower(document.Text[tokens.Starts[right]]))
        {
            right++;
        }
        bool leftOpen = true, rightOpen = true;
        // A reporting verb a clause away ("..., an official said") dates the report, not the event: remember it and
        // keep looking on the other side for the reported clause's own verb.
        var reported = Tense.Unknown;
        bool rightHeld = false;
        for (int step = 0; step < 40 && (leftOpen || rightOpen); step++)
        {
            if (leftOpen && Step(document, first, end, step, -1, ref left, ref leftOpen, ref reported, out var found))
            {
                return found;
            }
            if (rightOpen && leftOpen && right < end && IsSubordinator(Word(document, right)))
            {
                // "will walk out for five days from Monday after talks broke down": a clause opened after the time by
                // "after", "because" or "although" tells why or after what; the verb on the time's left is read first,
                // and the clause only when the left side has none.
                rightOpen = false;
                rightHeld = true;
            }
            if (rightOpen && Step(document, first, end, step, +1, ref right, ref rightOpen, ref reported, out found))
            {
                return found;
            }
            if (rightHeld && !leftOpen)
            {
                rightHeld = false;
                rightOpen = true;
            }
        }
        if (reported == Tense.Unknown && HeadlineInfinitive(document, first, end, tokens.IndexAtOrAfter(span.Start)))
        {
            // "Nurses to strike on Monday", "Council to vote on budget in March": a headline's "to" and a bare verb, with
            // no verb of tense anywhere, is the act announced, which lies ahead.
            return Tense.Future;
        }
        return reported;
    }

    /// <summary>One step of the scan on one side (<paramref name="direction"/> -1 left, +1 right); true when that side settles the tense.</summary>
    /// <remarks>A reporting verb found a few words away is remembered in <paramref name="reported"/> and closes its side instead.</remarks>
    private static bool Step(Document document, int first, int end, int step, int direction, ref int at, ref bool open, ref Tense reported,
        out Tense found)
    {
        found = Tense.Unknown;
        if (direction < 0 ? at < first : at >= end)
        {
            open = false;
            return false;
        }
        var t = TenseOf(document, at, out bool boundary);
        if (t == Tense.Unknown)
        {
            // "unveiled cuts on Wednesday, saying the deficit would fall": a participle clause after a comma tells what
            // was said or done then, not when the time lies.
            open = !boundary && !(direction > 0 && IsCommaParticiple(document, at, end));
            at += direction;
            return false;
        }
        t = t == Tense.Present && IsFutureFrame(document, at, first, end) ? Tense.Future : t;
        if (reported != Tense.Unknown || step < 3 || !IsReporting(Word(document, at)))
        {
            found = t;
            return true;
        }
        reported = t;
        open = false;
        return false;
    }

    private static bool IsWishNow(Document document, int index, ReadOnlySpan<char> w)
    {
        // Called for every word the tense scan passes: most words fail on their length or first letter.
        if (w.Length is < 3 or > 7 || (w[0] | 0x20) is not ('w' or 'h' or 'a' or 'i'))
        {
            return false;
        }
        if (!(w.Equals("want", StringComparison.OrdinalIgnoreCase) || w.Equals("wants", StringComparison.OrdinalIgnoreCase)
            || w.Equals("hope", StringComparison.OrdinalIgnoreCase) || w.Equals("hopes", StringComparison.OrdinalIgnoreCase)
            || w.Equals("aim", StringComparison.OrdinalIgnoreCase) || w.Equals("aims", StringComparison.OrdinalIgnoreCase)
            || w.Equals("intend", StringComparison.OrdinalIgnoreCase) || w.Equals("intends", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        if (index + 1 < document.Tokens.Count && Word(document, index + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var p = index > 0 ? Word(document, index - 1) : default;
        return IsFinitePresent(document, index) || p.Equals("and", StringComparison.OrdinalIgnoreCase)
            || p.Equals("also", StringComparison.OrdinalIgnoreCase) || p.Equals("still", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCommaParticiple(Document document, int at, int end)
    {
        if (at + 1 >= end || !Word(document, at).Equals(",", StringComparison.Ordinal))
        {
            return false;
        }
        var w = Word(document, at + 1);
        return w.Length > 5 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal)
            && !w.Equals("during", StringComparison.Ordinal) && !w.Equals("including", StringComparison.Ordinal);
    }

    /// <summary>The tense of a reporting verb ("said", "told reporters at a news conference") a few words left of
    /// <paramref name="left"/>, with no clause boundary or other verb between; Unknown when there is none.</summary>
    private static Tense ReportingVerbBefore(Document document, int left, int first)
    {
        int last = Math.Max(first, left - 8);
        for (int i = left; i >= last; i--)
        {
            var t = TenseOf(document, i, out bool boundary);
            if (boundary || (document.Tokens.Kinds[i] == TokenKind.Punctuation && Word(document, i) is "," or ":" or "(" or ")"))
            {
                return Tense.Unknown;
            }
            if (t != Tense.Unknown)
            {
                return IsReporting(Word(document, i)) ? t : Tense.Unknown;
            }
        }
        return Tense.Unknown;
    }

    private static bool IsTimePreposition(ReadOnlySpan<char> w) =>
        w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase)
        || w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("during", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tense of the verb governing an expression from its left within a few words ("gave it until the end of
    /// the month" is past, whatever a deadline word makes of the expression itself); Unknown when there is none nearby.</summary>
    public static Tense OwnVerbBefore(Document document, Sentence sentence, TextSpan span)
    {
        int first = sentence.FirstToken;
        int left = document.Tokens.IndexAtOrAfter(span.Start) - 1;
        return left >= first ? VerbBefore(document, left, first) : Tense.Unknown;
    }

    /// <summary>The tense of the nearest tense-marking verb at most five words left of <paramref name="from"/>, stopping at a
    /// comma or other clause boundary; Unknown when there is none or it is a reporting verb (those date the report and
    /// are weighed by the full scan).</summary>
    private static Tense VerbBefore(Document document, int from, int first)
    {
        int last = Math.Max(first, from - 5);
        for (int i = from; i >= last; i--)
        {
            var t = TenseOf(document, i, out bool boundary);
            if (boundary || (document.Tokens.Kinds[i] == TokenKind.Punctuation && Word(document, i) is "," or ":" or "(" or ")" or "--"))
            {
                return Tense.Unknown;
            }
            if (t != Tense.Unknown)
            {
                if (IsReporting(Word(document, i)))
                {
                    return Tense.Unknown;
                }
                return t == Tense.Present && IsFutureFrame(document, i, first, document.Tokens.Count) ? Tense.Future : t;
            }
        }
        return Tense.Unknown;
    }

    /// <summary>"adjourned to", "postponed until", "pushed back to", "brought forward to", "moved to": a time after it is the new date of a moved event.</summary>
    private static bool IsPutOffTo(Document document, int left)
    {
        var w = Word(document, left);
        if (!(w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase)
            || w.Equals("till", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var v = Word(document, left - 1);
        if ((v.Equals("back", StringComparison.OrdinalIgnoreCase) || v.Equals("forward", StringComparison.OrdinalIgnoreCase)) && left - 2 >= 0)
        {
            // "pushed back to", "put back to", "brought forward to", "moved forward to".
            var p = Word(document, left - 2);
            return p.Equals("pushed", StringComparison.OrdinalIgnoreCase) || p.Equals("put", StringComparison.OrdinalIgnoreCase)
                || p.Equals("brought", StringComparison.OrdinalIgnoreCase) || p.Equals("moved", StringComparison.OrdinalIgnoreCase);
        }
        return v.Equals("adjourned", StringComparison.OrdinalIgnoreCase) || v.Equals("postponed", StringComparison.OrdinalIgnoreCase)
            || v.Equals("deferred", StringComparison.OrdinalIgnoreCase) || v.Equals("rescheduled", StringComparison.OrdinalIgnoreCase)
            || v.Equals("delayed", StringComparison.OrdinalIgnoreCase) || v.Equals("moved", StringComparison.OrdinalIgnoreCase)
            || v.Equals("switched", StringComparison.OrdinalIgnoreCase) || v.Equals("shifted", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"for" right before the expression after a hearing's or vote's noun, with "set" or "fixed" at most four words
    /// before that noun in the same clause ("set their trial for", "set a new hearing for"; not "set a record for").</summary>
    private static bool IsSetFor(Document document, int left, int first)
    {
        if (!Word(document, left).Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var noun = Word(document, left - 1);
        if (!(noun is "trial" or "retrial" or "hearing" or "hearings" or "sentencing" or "inquest" or "appeal" or "vote" or "ballot"
            or "referendum" or "election" or "meeting" or "talks" or "ruling" or "verdict" or "date"))
        {
            return false;
        }
        for (int k = left - 2; k >= first && k >= left - 6; k--)
        {
            var w = Word(document, k);
            if (w is "set" or "sets" or "fixed" or "fixes")
            {
                return true;
            }
            if (w is "," or ";" or "and" or "but" or "that")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"through", "to" or "into" right before the expression, with a form of extending earlier in its clause (at most
    /// twelve tokens back, as in "has extended it up to $90 million in revolving loans through January"; no comma, "and" or
    /// other clause boundary between).</summary>
    private static bool IsExtendedTo(Document document, int left, int first)
    {
        var w = Word(document, left);
        if (!(w.Equals("through", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase)
            || w.Equals("into", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        int last = Math.Max(first, left - 12);
        for (int i = left - 1; i >= last; i--)
        {
            var v = Word(document, i);
            if (document.Tokens.Kinds[i] == TokenKind.Punctuation && v is "," or ";" or ":" or "(" or ")" or "--"
                // "will be extended by two weeks, to July 10, officials said": the new limit set off by a comma of its own.
                && !(i == left - 1 && v is ","))
            {
                return false;
            }
            if (v.StartsWith("extend", StringComparison.OrdinalIgnoreCase) || v.StartsWith("prolong", StringComparison.OrdinalIgnoreCase))
            {
                // "extend(s/ed/ing)", "prolong(ed)"; the noun "extension" is left to the clause's own verb.
                return true;
            }
            if (v.Equals("and", StringComparison.OrdinalIgnoreCase) || v.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"is at", "are on" right before the expression: a present copula placing an event at that time.</summary>
    private static bool IsScheduleCopula(Document document, int left)
    {
        var w = Word(document, left);
        if (!(w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var v = Word(document, left - 1);
        if (left >= 2 && IsHeldPassive(v))
        {
            // "The final round is played on May 23", "the summit is held on March 3": a present passive of holding is a schedule too.
            v = Word(document, left - 2);
        }
        return v.Equals("is", StringComparison.OrdinalIgnoreCase) || v.Equals("are", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHeldPassive(ReadOnlySpan<char> w) =>
        w.Equals("held", StringComparison.OrdinalIgnoreCase) || w.Equals("played", StringComparison.OrdinalIgnoreCase)
        || w.Equals("staged", StringComparison.OrdinalIgnoreCase) || w.Equals("hosted", StringComparison.OrdinalIgnoreCase);

    private static bool IsDecision(ReadOnlySpan<char> w) =>
        w.Equals("decided", StringComparison.OrdinalIgnoreCase) || w.Equals("agreed", StringComparison.OrdinalIgnoreCase)
        || w.Equals("promised", StringComparison.OrdinalIgnoreCase) || w.Equals("vowed", StringComparison.OrdinalIgnoreCase)
        || w.Equals("pledged", StringComparison.OrdinalIgnoreCase) || w.Equals("threatened", StringComparison.OrdinalIgnoreCase)
        || w.Equals("intended", StringComparison.OrdinalIgnoreCase) || w.Equals("hopes", StringComparison.OrdinalIgnoreCase)
        || w.Equals("wants", StringComparison.OrdinalIgnoreCase) || w.Equals("aims", StringComparison.OrdinalIgnoreCase);

    private static bool IsReporting(ReadOnlySpan<char> w) =>
        w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase)
        || w.Equals("told", StringComparison.OrdinalIgnoreCase) || w.Equals("added", StringComparison.OrdinalIgnoreCase)
        || w.Equals("reported", StringComparison.OrdinalIgnoreCase) || w.Equals("announced", StringComparison.OrdinalIgnoreCase);

    private static bool IsUntil(ReadOnlySpan<char> w) =>
        w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("till", StringComparison.OrdinalIgnoreCase);

    /// <summary>A past perfect ("had", "hadn't") within a few words after the expression.</summary>
    private static bool HasPastPerfectAfter(Document document, int from, int end)
    {
        int last = Math.Min(end, from + 6);
        for (int i = from; i < last; i++)
        {
            var w = Word(document, i);
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("hadn't", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word after which a clause starts: ", by Friday the river was", "and by then it was".</summary>
    private static bool OpensClause(ReadOnlySpan<char> w) =>
        w.Equals(",", StringComparison.Ordinal) || w.Equals(";", StringComparison.Ordinal) || w.Equals("and", StringComparison.OrdinalIgnoreCase)
        || w.Equals("but", StringComparison.OrdinalIgnoreCase);

    /// <summary>"was", "were" or "had" within a few words after the expression, before any "will" or "would": the clause the
    /// fronted time belongs to is told in the past.</summary>
    private static bool HasPastMainVerbAfter(Document document, int from, int end)
    {
        int last = Math.Min(end, from + 8);
        for (int i = from; i < last; i++)
        {
            var w = Word(document, i);
            if (w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
                || w.Equals("had", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("would", StringComparison.OrdinalIgnoreCase)
                || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
                || w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return false;
    }

    // "did not pass the memo on to regulators until January", "was not found until Tuesday": a past deed denied until a day
    // happened on that day; the day is behind the report, not a deadline ahead ("will not decide until March" is).
    private static bool HasNegatedPastBefore(Document document, int until, int first)
    {
        int last = Math.Max(first, until - 10);
        for (int i = until - 1; i > last; i--)
        {
            var w = Word(document, i);
            if (w.Equals(",", StringComparison.Ordinal) || w.Equals(";", StringComparison.Ordinal) || w.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            if (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("n't", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase))
            {
                var aux = Word(document, i - 1);
                return aux.Equals("did", StringComparison.OrdinalIgnoreCase) || aux.Equals("was", StringComparison.OrdinalIgnoreCase)
                    || aux.Equals("were", StringComparison.OrdinalIgnoreCase) || aux.Equals("had", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("never", StringComparison.OrdinalIgnoreCase) && Word(document, i + 1).EndsWith("ed", StringComparison.Ordinal);
            }
            if (w.Equals("didn't", StringComparison.OrdinalIgnoreCase) || w.Equals("wasn't", StringComparison.OrdinalIgnoreCase)
                || w.Equals("weren't", StringComparison.OrdinalIgnoreCase) || w.Equals("hadn't", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A past perfect ("had burned") a few words before <paramref name="by"/>, with no infinitive between
    /// ("had ordered him to leave by Jan. 14" is still a deadline).</summary>
    private static bool HasPastPerfectBefore(Document document, int by, int first)
    {
        int last = Math.Max(first, by - 8);
        for (int i = by - 1; i >= last; i--)
        {
            var w = Word(document, i);
            // "had burned 12,000 acres (4,856 hectares) by Monday": an aside in brackets does not count against the reach.
            if (w.Equals(")", StringComparison.Ordinal))
            {
                int open = i - 1;
                while (open > first && i - open < 8 && !Word(document, open).Equals("(", StringComparison.Ordinal))
                {
                    open--;
                }
                if (Word(document, open).Equals("(", StringComparison.Ordinal))
                {
                    last = Math.Max(first, last - (i - open + 1));
                    i = open;
                    continue;
                }
            }
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals(",", StringComparison.Ordinal) || w.Equals(";", StringComparison.Ordinal))
            {
                return false;
            }
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A perfect ("may have gained", "has struck", "had begun") in the clause before <paramref name="at"/>: a
    /// "have" right before a past participle, with no infinitive or comma between.</summary>
    private static bool HasPerfectBefore(Document document, int at, int first)
    {
        int last = Math.Max(first, at - 14);
        for (int i = at - 1; i > last; i--)
        {
            var w = Word(document, i);
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals(",", StringComparison.Ordinal) || w.Equals(";", StringComparison.Ordinal))
            {
                return false;
            }
            var next = Word(document, i + 1);
            if ((w.Equals("have", StringComparison.OrdinalIgnoreCase) || w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("had", StringComparison.OrdinalIgnoreCase))
                && (next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("en", StringComparison.Ordinal)
                    || s_lookup.TryGetValue(next, out var t) && t == Tense.Past))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"by the Feb. 23 accord" names an agent or a document, not a deadline.</summary>
    /// <remarks>A part of a period is still a deadline: "by the end of March".</remarks>
    private static bool StartsWithThe(string text, int at)
    {
        if (at + 4 > text.Length || !text.AsSpan(at, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var rest = text.AsSpan(at + 4);
        return !(rest.StartsWith("end of ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("beginning of ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("start of ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("middle of ", StringComparison.OrdinalIgnoreCase)
            || IsSeasonOrWeekend(rest));
    }

    /// <summary>"by the summer", "by the weekend": a season or the weekend after "by the" is a deadline, as "by summer" is.</summary>
    private static bool IsSeasonOrWeekend(ReadOnlySpan<char> rest)
    {
        int n = 0;
        while (n < rest.Length && char.IsLetter(rest[n]))
        {
            n++;
        }
        var w = rest[..n];
        return w.Equals("summer", StringComparison.OrdinalIgnoreCase) || w.Equals("spring", StringComparison.OrdinalIgnoreCase)
            || w.Equals("autumn", StringComparison.OrdinalIgnoreCase) || w.Equals("winter", StringComparison.OrdinalIgnoreCase)
            || w.Equals("fall", StringComparison.OrdinalIgnoreCase) || w.Equals("weekend", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"called a strike for Friday", "set a hearing for Tuesday": an event arranged for a day, which lies ahead
    /// whatever the tense of the verb that arranged it.</summary>
    private static bool IsEventFor(Document document, int left, int first)
    {
        if (left - 1 < first || !Word(document, left).Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var w = Word(document, left - 1);
        if (w.Equals("forecast", StringComparison.OrdinalIgnoreCase) || w.Equals("predicted", StringComparison.OrdinalIgnoreCase)
            || w.Equals("expected", StringComparison.OrdinalIgnoreCase))
        {
            // "Rain is forecast for Saturday", "the forecast for Monday": what is foreseen lies ahead; not a forecast told
            // in the past ("snow was forecast for Friday but never came") nor a comparison ("lower than expected for the quarter").
            if (left - 2 < first)
            {
                return true;
            }
            var aux = Word(document, left - 2);
            return !(aux.Equals("was", StringComparison.OrdinalIgnoreCase) || aux.Equals("were", StringComparison.OrdinalIgnoreCase)
                || aux.Equals("had", StringComparison.OrdinalIgnoreCase) || aux.Equals("been", StringComparison.OrdinalIgnoreCase)
                || aux.Equals("than", StringComparison.OrdinalIgnoreCase) || aux.Equals("as", StringComparison.OrdinalIgnoreCase));
        }
        if (w.Equals("outlook", StringComparison.OrdinalIgnoreCase) || w.Equals("guidance", StringComparison.OrdinalIgnoreCase)
            || w.Equals("forecasts", StringComparison.OrdinalIgnoreCase) || w.Equals("projections", StringComparison.OrdinalIgnoreCase))
        {
            // "raised its outlook for the second half": an expectation is about what lies ahead. (Not "target": "missed its
            // target for the fourth quarter" looks back.)
            return true;
        }
        return w.Equals("strike", StringComparison.OrdinalIgnoreCase) || w.Equals("walkout", StringComparison.OrdinalIgnoreCase)
            || w.Equals("hearing", StringComparison.OrdinalIgnoreCase) || w.Equals("vote", StringComparison.OrdinalIgnoreCase)
            || w.Equals("referendum", StringComparison.OrdinalIgnoreCase) || w.Equals("protest", StringComparison.OrdinalIgnoreCase)
            || w.Equals("rally", StringComparison.OrdinalIgnoreCase) || w.Equals("summit", StringComparison.OrdinalIgnoreCase)
            || w.Equals("election", StringComparison.OrdinalIgnoreCase) || w.Equals("deadline", StringComparison.OrdinalIgnoreCase)
            || w.Equals("march", StringComparison.Ordinal) || w.Equals("demonstration", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"a warning for snow from Tuesday", "an alert from 6pm": a time after "from" that a warning, alert, watch or
    /// advisory a few words before it covers; not one told as over ("the warning was in force from ...", "had issued").</summary>
    private static bool IsWarningFrom(Document document, int left, int first)
    {
        if (!Word(document, left).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int last = Math.Max(first, left - 6);
        for (int i = left - 1; i >= last; i--)
        {
            var w = Word(document, i);
            if (w.Equals(",", StringComparison.Ordinal) || w.Equals(";", StringComparison.Ordinal))
            {
                return false;
            }
            if (w.Equals("warning", StringComparison.OrdinalIgnoreCase) || w.Equals("warnings", StringComparison.OrdinalIgnoreCase)
                || w.Equals("alert", StringComparison.OrdinalIgnoreCase) || w.Equals("alerts", StringComparison.OrdinalIgnoreCase)
                || w.Equals("watch", StringComparison.OrdinalIgnoreCase) || w.Equals("advisory", StringComparison.OrdinalIgnoreCase))
            {
                for (int j = Math.Max(first, i - 8); j < left; j++)
                {
                    var v = Word(document, j);
                    if (v.Equals("was", StringComparison.OrdinalIgnoreCase) || v.Equals("were", StringComparison.OrdinalIgnoreCase)
                        || v.Equals("had", StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>"his next appearance on 7 December", "the next court hearing in January": "next" one or two words before the
    /// preposition of the time, the word after "next" no unit of time ("the next day in Paris" counts from the story).</summary>
    private static bool IsNextEventOn(Document document, int left, int first)
    {
        var p = Word(document, left);
        if (!(p.Equals("on", StringComparison.OrdinalIgnoreCase) || p.Equals("in", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        for (int i = left - 2; i >= Math.Max(first, left - 3); i--)
        {
            // "His next speech, on May 28, was delivered ...": a time set off by commas tells the story's own sequence.
            if (!char.IsLetter(Word(document, i + 1)[0]))
            {
                return false;
            }
            if (Word(document, i).Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                var noun = Word(document, i + 1);
                return char.IsLower(noun[0]) && !IsTimeNoun(noun.ToString());
            }
        }
        return false;
    }

    private static bool IsTimeNoun(string w) =>
        TimeWords.Units.ContainsKey(w) || TimeWords.Numbers.ContainsKey(w) || w is "morning" or "afternoon" or "evening" or "night"
        or "few" or "several" or "time" or "season";

    /// <summary>A weekday right after "ahead of" or a form of "await": "ahead of Thursday's vote", "awaiting Friday's data".</summary>
    private static bool IsAwaitedDay(Document document, int left, TextSpan span)
    {
        if (!TimeWords.IsWeekdayName(document.Text.AsSpan(span.Start, span.Length)))
        {
            return false;
        }
        var w = Word(document, left);
        if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return Word(document, left - 1).Equals("ahead", StringComparison.OrdinalIgnoreCase);
        }
        return w.Equals("await", StringComparison.OrdinalIgnoreCase) || w.Equals("awaits", StringComparison.OrdinalIgnoreCase)
            || w.Equals("awaited", StringComparison.OrdinalIgnoreCase) || w.Equals("awaiting", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A weekday in the possessive right after "against", "since" or "despite": "an appeal against Wednesday's
    /// ruling", "despite Monday's vote".</summary>
    private static bool IsAnsweredDay(Document document, int left, TextSpan span)
    {
        var text = document.Text.AsSpan();
        if (!TimeWords.IsWeekdayName(text.Slice(span.Start, span.Length)) || span.End + 2 > text.Length || text[span.End] is not ('\'' or '\u2019')
            || text[span.End + 1] != 's')
        {
            return false;
        }
        var w = Word(document, left);
        return w.Equals("against", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase)
            || w.Equals("despite", StringComparison.OrdinalIgnoreCase);
    }


    /// <summary>"less than forecast in July", "higher than expected in March": the expectation compared with was made before.</summary>
    private static bool IsEarlierExpectation(Document document, int left, int first)
    {
        if (left - 2 < first || !(Word(document, left).Equals("in", StringComparison.OrdinalIgnoreCase) || Word(document, left).Equals("on", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var verb = Word(document, left - 1);
        var than = Word(document, left - 2);
        return (than.Equals("than", StringComparison.OrdinalIgnoreCase) || than.Equals("as", StringComparison.OrdinalIgnoreCase))
            && (verb.Equals("forecast", StringComparison.OrdinalIgnoreCase) || verb.Equals("expected", StringComparison.OrdinalIgnoreCase)
                || verb.Equals("predicted", StringComparison.OrdinalIgnoreCase) || verb.Equals("estimated", StringComparison.OrdinalIgnoreCase)
                || verb.Equals("projected", StringComparison.OrdinalIgnoreCase) || verb.Equals("anticipated", StringComparison.OrdinalIgnoreCase)
                || verb.Equals("planned", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"until Tuesday", "by Dec. 15", "as soon as Friday", "as early as next week": a deadline or a first possible day lies ahead.</summary>
    private static bool IsDeadline(Document document, int index, int first)
    {
        var w = Word(document, index);
        if (w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("till", StringComparison.OrdinalIgnoreCase)
            || w.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if ((w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase)) && index - 1 >= first)
        {
            w = Word(document, --index);
        }
        // Dates that fall due: "payable Dec. 15", "effective Feb. 1", "holders of record Nov. 17", "due in March",
        // "three days of mourning starting Wednesday".
        if (w.Equals("payable", StringComparison.OrdinalIgnoreCase) || w.Equals("effective", StringComparison.OrdinalIgnoreCase)
            || w.Equals("due", StringComparison.OrdinalIgnoreCase) || w.Equals("expires", StringComparison.OrdinalIgnoreCase)
            || w.Equals("expiring", StringComparison.OrdinalIgnoreCase)
            || w.Equals("starting", StringComparison.OrdinalIgnoreCase) || w.Equals("beginning", StringComparison.OrdinalIgnoreCase)
            || (w.Equals("record", StringComparison.OrdinalIgnoreCase) && index - 1 >= first && Word(document, index - 1).Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (w.Equals("as", StringComparison.OrdinalIgnoreCase) && index - 2 >= first && Word(document, index - 2).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            var mid = Word(document, index - 1);
            return mid.Equals("soon", StringComparison.OrdinalIgnoreCase) || mid.Equals("early", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>A line with no closing stop that opens on a subject of a few words, then "to" and a bare verb before
    /// <paramref name="before"/>: the headline's future ("Nurses to strike", "City council to vote").</summary>
    private static bool HeadlineInfinitive(Document document, int first, int end, int before)
    {
        var tags = document.Tokens.Tags;
        if (end - 1 <= first || Word(document, end - 1) is "." or "?" or "!" or "\"" or "”" or "'" or "’")
        {
            return false;
        }
        for (int i = first + 1; i + 1 < before && i <= first + 5; i++)
        {
            if (document.Tokens.Kinds[i] != TokenKind.Word || TenseOf(document, i - 1, out _) != Tense.Unknown)
            {
                // "Padalecki proposed to her in October 2009" has its verb before "to".
                return false;
            }
            if (!Word(document, i).Equals("to", StringComparison.Ordinal))
            {
                continue;
            }
            var verb = Word(document, i + 1);
            return IsBareVerbLike(verb) && !IsObjectWord(verb) && !(verb[^1] == 's' && verb[^2] != 's') && tags[i + 1] is PartOfSpeech.None or PartOfSpeech.VERB
                && document.Tokens.Kinds[i - 1] == TokenKind.Word;
        }
        return false;
    }

    private static bool IsObjectWord(ReadOnlySpan<char> w) =>
        w is "her" or "him" or "them" or "his" or "their" or "its" or "our" or "you" or "your" or "this" or "that" or "these" or "those";

    private static bool IsSubordinator(ReadOnlySpan<char> w) =>
        w.Length is >= 5 and <= 8 && (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("because", StringComparison.OrdinalIgnoreCase)
            || w.Equals("although", StringComparison.OrdinalIgnoreCase) || w.Equals("though", StringComparison.OrdinalIgnoreCase)
            || w.Equals("unless", StringComparison.OrdinalIgnoreCase));

    /// <summary>"were due by", "was due on", "had been due in": a past form of "due" right before the deadline's word.</summary>
    private static bool IsPastDue(Document document, int index, int first)
    {
        var w = Word(document, index);
        if (!w.Equals("due", StringComparison.OrdinalIgnoreCase))
        {
            if (index - 1 < first || !Word(document, --index).Equals("due", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (index - 1 < first)
        {
            return false;
        }
        var be = Word(document, index - 1);
        if (!(be.Equals("was", StringComparison.OrdinalIgnoreCase) || be.Equals("were", StringComparison.OrdinalIgnoreCase)
            || (be.Equals("been", StringComparison.OrdinalIgnoreCase) && index - 2 >= first && Word(document, index - 2).Equals("had", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }
        // "The office said the fee was due by Friday": reported speech puts a deadline still ahead into the past.
        for (int i = first; i < index - 1; i++)
        {
            if (IsReporting(Word(document, i)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"to" and a bare verb a few words before the time, after a verb of inviting or urging ("invited X to meet
    /// him on", "urged the board to vote on").</summary>
    private static bool IsInvitedTo(Document document, int left, int first)
    {
        var tokens = document.Tokens;
        for (int i = left; i > first && left - i < 6; i--)
        {
            if (tokens.Kinds[i] != TokenKind.Word)
            {
                return false;
            }
            if (!Word(document, i).Equals("to", StringComparison.Ordinal))
            {
                continue;
            }
            if (i + 1 > left || !char.IsLower(Word(document, i + 1)[0]) || IsArticle(Word(document, i + 1)))
            {
                return false;
            }
            for (int j = i - 1; j >= first && i - j <= 4; j--)
            {
                if (tokens.Kinds[j] != TokenKind.Word)
                {
                    return false;
                }
                var g = Word(document, j);
                if (g is "invited" or "invites" or "inviting" or "invite" or "summoned" or "summons" or "urged" or "urges" or "urging")
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>"is going to", "are due to", "is expected to", "plans to": present forms that point ahead.</summary>
    private static bool IsFutureFrame(Document document, int index, int first, int end)
    {
        if (index + 2 >= end)
        {
            return false;
        }
        var next = Word(document, index + 1);
        var after = Word(document, index + 2);
        bool to = after.Equals("to", StringComparison.OrdinalIgnoreCase);
        return to && (next.Equals("going", StringComparison.OrdinalIgnoreCase) || next.Equals("due", StringComparison.OrdinalIgnoreCase)
            || next.Equals("expected", StringComparison.OrdinalIgnoreCase) || next.Equals("scheduled", StringComparison.OrdinalIgnoreCase)
            || next.Equals("set", StringComparison.OrdinalIgnoreCase) || next.Equals("likely", StringComparison.OrdinalIgnoreCase)
            || next.Equals("forecast", StringComparison.OrdinalIgnoreCase) || next.Equals("predicted", StringComparison.OrdinalIgnoreCase)
            || next.Equals("projected", StringComparison.OrdinalIgnoreCase));
    }

    private static ReadOnlySpan<char> Word(Document document, int index)
    {
        var tokens = document.Tokens;
        return document.Text.AsSpan(tokens.Starts[index], tokens.Ends[index] - tokens.Starts[index]);
    }

    private static Tense TenseOf(Document document, int index, out bool boundary)
    {
        boundary = false;
        var tokens = document.Tokens;
        var w = Word(document, index);
        if (tokens.Kinds[index] == TokenKind.Punctuation)
        {
            boundary = w.Length == 1 && w[0] is ';' or '“' or '”' or '"';
            return Tense.Unknown;
        }
        if (tokens.Kinds[index] != TokenKind.Word || w.Length < 2)
        {
            return Tense.Unknown;
        }
        if (w.Equals("but", StringComparison.OrdinalIgnoreCase))
        {
            // "expect winds to ease from early Thursday but warned that ...": "but" opens another clause, whose verb
            // does not date a time in this one.
            boundary = true;
            return Tense.Unknown;
        }
        if (IsScheduled(document, index, w))
        {
            // "had been due to expire Friday", "previously had been scheduled for": an arrangement that has lapsed.
            return IsPastPerfect(document, index) ? Tense.Past : Tense.Future;
        }
        // "in May" is the month, not the modal "may" (which made "down from 2.6% in April" read as future).
        if (w.Equals("May", StringComparison.Ordinal))
        {
            return Tense.Unknown;
        }
        // "Fed holds steady": the Federal Reserve, not the past tense of "feed".
        if (w.Equals("Fed", StringComparison.Ordinal))
        {
            return Tense.Unknown;
        }
        if (IsProgressiveArrangement(document, index, w))
        {
            // "The minister is visiting Paris on Friday", "are meeting on Monday": the present progressive of an
            // arrangement looks ahead.
            return Tense.Future;
        }
        if (IsReportedProspect(document, index, w))
        {
            // "said a walkout in November was possible", "a cut is expected in September": what may happen lies ahead,
            // whatever the tense of the report.
            return Tense.Future;
        }
        if (IsWishNow(document, index, w))
        {
            // "the unions want talks before the summer", "hopes to finish by March": what is wished for now lies ahead.
            return Tense.Future;
        }
        if (s_lookup.TryGetValue(w, out var tense))
        {
            // "whether to cut rates in June": an infinitive whose past tense looks the same ("cut", "set", "put").
            if (tense == Tense.Past && index > 0 && Word(document, index - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return Tense.Unknown;
            }
            // "Storms will hit the coast from Tuesday", "may cut rates in June": after a modal the same form is the bare
            // verb, and the modal before it tells the tense ("could cut in the spring": "could" before an act looks ahead,
            // see IsReportedProspect).
            if (tense == Tense.Past && index > 0 && (IsAheadModal(Word(document, index - 1))
                || Word(document, index - 1).Equals("could", StringComparison.OrdinalIgnoreCase)))
            {
                return Tense.Unknown;
            }
            // "signalled a cut in June", "the set for Friday": after an article the word is a noun, whose form says no tense.
            if (tense == Tense.Past && index > 0 && (Word(document, index - 1).Equals("a", StringComparison.OrdinalIgnoreCase)
                || Word(document, index - 1).Equals("an", StringComparison.OrdinalIgnoreCase)
                || Word(document, index - 1).Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                return Tense.Unknown;
            }
            // "expect a rate cut in April", "the first cut in June": with one word between it and an article and a preposition
            // right after it, "cut" (or "bid", "hit") is a noun too; the verb takes an object ("the bank cut rates in April").
            if (tense == Tense.Past && index > 1 && IsNounLikeForm(w) && IsArticle(Word(document, index - 2))
                && index + 1 < document.Tokens.Count && IsTimePrepositionAfterNoun(Word(document, index + 1)))
            {
                return Tense.Unknown;
            }
            // "Central bank signals cut in spring", "Ministers eye tax cut in April": a headline drops the article, and
            // after a verb of planning or signalling (with at most one word between) "cut" before a time's preposition is
            // the act planned, which lies ahead.
            if (tense == Tense.Past && index > 0 && IsNounLikeForm(w) && index + 1 < document.Tokens.Count
                && IsTimePrepositionAfterNoun(Word(document, index + 1)) && AfterPresentVerb(document, index))
            {
                return Tense.Future;
            }
            // "will be held", "is made": an irregular participle after "be" carries no tense of its own.
            // "a fire that broke out": after the relative "that" an irregular past is the clause's verb.
            return tense == Tense.Past && (w.Length > 3 && !w.Equals("were", StringComparison.OrdinalIgnoreCase) && IsParticiple(document, index)
                && !Word(document, index - 1).Equals("that", StringComparison.OrdinalIgnoreCase) || IsReducedRelative(document, index))
                ? Tense.Unknown
                : tense;
        }
        if ((s_scheduledPresentLookup.Contains(w) || IsTakesEffect(document, index, w)) && IsFinitePresent(document, index))
        {
            // "Arafat and Netanyahu meet separately Monday", "the trial opens in March": news writes a planned event in
            // the present tense, and it lies ahead.
            return Tense.Future;
        }
        var tag = tokens.Tags[index];
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !s_notPastLookup.Contains(w)
            && tag is PartOfSpeech.None or PartOfSpeech.VERB && !IsParticiple(document, index) && !AfterPreposition(document, index)
            && !IsReducedRelative(document, index))
        {
            return Tense.Past;
        }
        return Tense.Unknown;
    }

    /// <summary>"tariffs on steel imported from Kessland", "the sale of arms made in France": a past form right after the
    /// noun of a prepositional phrase describes that noun; a noun after a preposition is no subject, so the form is no
    /// finite verb. ("After talks collapsed": a subordinator's noun is a subject.)</summary>
    private static bool IsReducedRelative(Document document, int index)
    {
        var tags = document.Tokens.Tags;
        if (index < 2 || tags[index - 1] != PartOfSpeech.NOUN || tags[index - 2] != PartOfSpeech.ADP)
        {
            return false;
        }
        var p = Word(document, index - 2);
        return !(p.Equals("after", StringComparison.OrdinalIgnoreCase) || p.Equals("before", StringComparison.OrdinalIgnoreCase)
            || p.Equals("since", StringComparison.OrdinalIgnoreCase) || p.Equals("until", StringComparison.OrdinalIgnoreCase)
            || p.Equals("as", StringComparison.OrdinalIgnoreCase) || p.Equals("once", StringComparison.OrdinalIgnoreCase)
            || p.Equals("because", StringComparison.OrdinalIgnoreCase) || p.Equals("while", StringComparison.OrdinalIgnoreCase)
            || p.Equals("when", StringComparison.OrdinalIgnoreCase) || p.Equals("till", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A present verb of planning or signalling right before the word, or before one lower-case word before it:
    /// "signals cut", "eye tax cut". The tagger reads a headline's words as nouns, so the verbs are listed.</summary>
    private static bool AfterPresentVerb(Document document, int index)
    {
        int v = index - 1;
        if (!s_planVerbs.Contains(Word(document, v)) && v > 0 && Word(document, v) is { Length: > 1 } noun && char.IsLower(noun[0]))
        {
            v--;
        }
        return s_planVerbs.Contains(Word(document, v));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_planVerbs = FrozenSet.ToFrozenSet(
        ["signals", "signal", "plans", "plan", "eyes", "eye", "mulls", "mull", "weighs", "weigh", "backs", "back", "urges", "urge",
         "seeks", "seek", "flags", "flag", "considers", "consider", "proposes", "propose", "announces", "announce", "unveils",
         "unveil", "expects", "expect", "promises", "promise", "pledges", "pledge", "hints", "hint", "eyeing", "mulling",
         "weighing", "considering", "backing", "seeking", "signalling", "signaling", "planning", "proposing"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"a vote on assisted dying", "amid renewed fighting": a form in "-ed" right after a preposition describes the
    /// noun after it; a preposition takes no verb.</summary>
    private static bool AfterPreposition(Document document, int index)
    {
        if (index == 0)
        {
            return false;
        }
        var p = Word(document, index - 1);
        return p.Equals("on", StringComparison.Ordinal) || p.Equals("of", StringComparison.Ordinal) || p.Equals("for", StringComparison.Ordinal)
            || p.Equals("with", StringComparison.Ordinal) || p.Equals("amid", StringComparison.Ordinal) || p.Equals("over", StringComparison.Ordinal)
            || p.Equals("about", StringComparison.Ordinal) || p.Equals("against", StringComparison.Ordinal) || p.Equals("despite", StringComparison.Ordinal);
    }

    private static bool IsNounLikeForm(ReadOnlySpan<char> w) =>
        w.Equals("cut", StringComparison.OrdinalIgnoreCase) || w.Equals("bid", StringComparison.OrdinalIgnoreCase)
        || w.Equals("hit", StringComparison.OrdinalIgnoreCase);

    private static bool IsTimePrepositionAfterNoun(ReadOnlySpan<char> w) =>
        w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase)
        || w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)
        || w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("after", StringComparison.OrdinalIgnoreCase)
        || w.Equals("next", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase);

    /// <summary>A modal that looks ahead from now; "would" and "could" are left out, as they also tell a past ("she would
    /// have to", "could not stay").</summary>
    private static bool IsAheadModal(ReadOnlySpan<char> w) =>
        w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("can", StringComparison.OrdinalIgnoreCase)
        || w.Equals("should", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase)
        || w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase)
        || w.Equals("may", StringComparison.Ordinal);

    /// <summary>"set to resume", "scheduled for", "is to meet": an arrangement for later, whatever the tense of the verb.</summary>
    private static bool IsScheduled(Document document, int index, ReadOnlySpan<char> w)
    {
        if (index + 1 >= document.Tokens.Count)
        {
            return false;
        }
        var next = Word(document, index + 1);
        bool to = next.Equals("to", StringComparison.OrdinalIgnoreCase);
        if (w.Equals("scheduled", StringComparison.OrdinalIgnoreCase)
            && (next.Equals("a", StringComparison.OrdinalIgnoreCase) || next.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            // "has scheduled a news conference Thursday".
            return true;
        }
        if ((next.Equals("a", StringComparison.OrdinalIgnoreCase) || next.Equals("an", StringComparison.OrdinalIgnoreCase)) && IsPlanning(w))
        {
            // "The union plans a walkout from Monday", "threatens a strike on Friday": the act planned lies ahead.
            return true;
        }
        if (!to && !next.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            // "A strike is planned from 10am Monday", "the vote is scheduled on Friday": a present passive of arranging before
            // the time itself.
            return index > 0 && IsArranged(w) && IsPresentBe(Word(document, index - 1))
                && (next.Equals("from", StringComparison.OrdinalIgnoreCase) || next.Equals("on", StringComparison.OrdinalIgnoreCase)
                    || next.Equals("at", StringComparison.OrdinalIgnoreCase) || next.Equals("between", StringComparison.OrdinalIgnoreCase));
        }
        if (to && w.Equals("due", StringComparison.OrdinalIgnoreCase)
            && (index + 2 >= document.Tokens.Count || IsCauseAfterDue(Word(document, index + 2))))
        {
            return false;
        }
        if (to && (w.Equals("plan", StringComparison.OrdinalIgnoreCase) || w.Equals("plans", StringComparison.OrdinalIgnoreCase)
            || w.Equals("intends", StringComparison.OrdinalIgnoreCase) || w.Equals("intend", StringComparison.OrdinalIgnoreCase)
            || w.Equals("supposed", StringComparison.OrdinalIgnoreCase) || w.Equals("expects", StringComparison.OrdinalIgnoreCase)
            || w.Equals("expect", StringComparison.OrdinalIgnoreCase)
            || (IsDecision(w) && index + 2 < document.Tokens.Count && IsBareVerbLike(Word(document, index + 2)))))
        {
            // "plans to", "decided to admit ... in March", "agreed to meet Monday": the act decided on lies ahead.
            return true;
        }
        if (w.Equals("set", StringComparison.OrdinalIgnoreCase) || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase)
            || w.Equals("slated", StringComparison.OrdinalIgnoreCase) || w.Equals("planned", StringComparison.OrdinalIgnoreCase)
            || w.Equals("due", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (to && w.Equals("expected", StringComparison.OrdinalIgnoreCase) && index > 0 && !IsLapsedExpectation(Word(document, index - 1)))
        {
            // "Hurricane expected to make landfall on Thursday", "the storm, expected to hit on Friday,": a headline or a
            // reduced clause without its "is"; not "was / had been expected to" (which may have lapsed) nor "than expected".
            return true;
        }
        return to && (w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase))
            && index + 2 < document.Tokens.Count && IsBareVerbLike(Word(document, index + 2));
    }

    private static bool IsLapsedExpectation(ReadOnlySpan<char> w) =>
        w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
        || w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
        || w.Equals("than", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase)
        || w.Equals("not", StringComparison.OrdinalIgnoreCase);

    private static bool IsArranged(ReadOnlySpan<char> w) =>
        w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase)
        || w.Equals("slated", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase);

    private static bool IsPresentBe(ReadOnlySpan<char> w) =>
        w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase);

    /// <summary>A present verb of planning or threatening whose object ("a walkout", "a strike") is an act still to come; also a
    /// signal of one, in any tense ("signalled a cut in June": the cut is ahead of the signal).</summary>
    private static bool IsPlanning(ReadOnlySpan<char> w) =>
        w.Equals("plans", StringComparison.OrdinalIgnoreCase) || w.Equals("plan", StringComparison.OrdinalIgnoreCase)
        || w.Equals("signalled", StringComparison.OrdinalIgnoreCase) || w.Equals("signaled", StringComparison.OrdinalIgnoreCase)
        || w.Equals("signals", StringComparison.OrdinalIgnoreCase) || w.Equals("flagged", StringComparison.OrdinalIgnoreCase)
        || w.Equals("pencilled", StringComparison.OrdinalIgnoreCase) || w.Equals("penciled", StringComparison.OrdinalIgnoreCase)
        || w.Equals("threatens", StringComparison.OrdinalIgnoreCase) || w.Equals("threaten", StringComparison.OrdinalIgnoreCase)
        || w.Equals("intends", StringComparison.OrdinalIgnoreCase) || w.Equals("proposes", StringComparison.OrdinalIgnoreCase)
        || w.Equals("propose", StringComparison.OrdinalIgnoreCase) || w.Equals("promises", StringComparison.OrdinalIgnoreCase);

    /// <summary>"was possible", "were likely", "is expected": a form of "be" before a word that looks ahead; "could" before an act ("could resume").</summary>
    private static bool IsReportedProspect(Document document, int index, ReadOnlySpan<char> w)
    {
        if (w.Equals("could", StringComparison.OrdinalIgnoreCase))
        {
            // "could resume in October" looks ahead; not "could not say on Monday", "could have", "could be located
            // Wednesday" (a passive reads both ways), "could see".
            if (index + 1 >= document.Tokens.Count)
            {
                return false;
            }
            var act = Word(document, index + 1);
            return IsBareVerbLike(act) && !act.Equals("not", StringComparison.Ordinal) && !act.Equals("have", StringComparison.Ordinal)
                && !act.Equals("never", StringComparison.Ordinal) && !act.Equals("only", StringComparison.Ordinal)
                && !act.Equals("hardly", StringComparison.Ordinal) && !act.Equals("barely", StringComparison.Ordinal)
                && !act.Equals("see", StringComparison.Ordinal) && !act.Equals("hear", StringComparison.Ordinal)
                && !act.Equals("feel", StringComparison.Ordinal) && !act.Equals("find", StringComparison.Ordinal)
                && !act.Equals("get", StringComparison.Ordinal);
        }
        bool past = w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase);
        if (!past && !w.Equals("is", StringComparison.OrdinalIgnoreCase) && !w.Equals("are", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (index + 1 >= document.Tokens.Count)
        {
            return false;
        }
        // 'a June cut was "very likely"': a quotation mark or a degree word may stand before the prospect.
        int at = index + 1;
        while (at + 1 < document.Tokens.Count && at <= index + 3 && IsQuoteOrDegree(Word(document, at)))
        {
            at++;
        }
        var next = Word(document, at);
        var after = at + 1 < document.Tokens.Count ? Word(document, at + 1) : default;
        if (next.Equals("likely", StringComparison.OrdinalIgnoreCase) || next.Equals("unlikely", StringComparison.OrdinalIgnoreCase))
        {
            // Not "was likely started on Friday", a guess about what was done.
            return !(after.Length > 4 && after.EndsWith("ed", StringComparison.Ordinal));
        }
        if (next.Equals("possible", StringComparison.OrdinalIgnoreCase) || next.Equals("probable", StringComparison.OrdinalIgnoreCase)
            || next.Equals("imminent", StringComparison.OrdinalIgnoreCase))
        {
            // Not "it was possible to see the comet on Friday", what could be done then.
            return !after.Equals("to", StringComparison.OrdinalIgnoreCase);
        }
        // "was expected" may be an expectation that has lapsed ("was expected in March" written in June); "is expected" is not.
        return !past && next.Equals("expected", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsArticle(ReadOnlySpan<char> w) =>
        w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase);

    private static bool IsQuoteOrDegree(ReadOnlySpan<char> w) =>
        w is "\"" or "“" or "”" or "'" or "‘" || w.Equals("very", StringComparison.OrdinalIgnoreCase) || w.Equals("highly", StringComparison.OrdinalIgnoreCase)
        || w.Equals("quite", StringComparison.OrdinalIgnoreCase) || w.Equals("increasingly", StringComparison.OrdinalIgnoreCase)
        || w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("still", StringComparison.OrdinalIgnoreCase);

    /// <summary>"had been scheduled", "had been due", "previously scheduled": the arrangement belongs to the past.</summary>
    private static bool IsPastPerfect(Document document, int index)
    {
        int first = Math.Max(0, index - 3);
        for (int i = index - 1; i >= first; i--)
        {
            var p = Word(document, i);
            if (p.Equals("had", StringComparison.OrdinalIgnoreCase) || p.Equals("previously", StringComparison.OrdinalIgnoreCase)
                || p.Equals("originally", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"due to" is a cause ("due to its loss", "due to higher costs") unless a verb follows ("due to resume").</summary>
    private static bool IsCauseAfterDue(ReadOnlySpan<char> w) =>
        !IsBareVerbLike(w) || w.Equals("its", StringComparison.Ordinal) || w.Equals("their", StringComparison.Ordinal)
        || w.Equals("his", StringComparison.Ordinal) || w.Equals("her", StringComparison.Ordinal) || w.Equals("our", StringComparison.Ordinal)
        || w.Equals("lower", StringComparison.Ordinal) || w.Equals("higher", StringComparison.Ordinal) || w.Equals("poor", StringComparison.Ordinal)
        || w.Equals("weak", StringComparison.Ordinal) || w.Equals("strong", StringComparison.Ordinal) || w.Equals("increased", StringComparison.Ordinal)
        || w.Equals("reduced", StringComparison.Ordinal) || w.Equals("this", StringComparison.Ordinal) || w.Equals("that", StringComparison.Ordinal)
        || w.Equals("these", StringComparison.Ordinal) || w.Equals("those", StringComparison.Ordinal) || w.Equals("an", StringComparison.Ordinal)
        || w.Equals("a", StringComparison.Ordinal) || w.Equals("bad", StringComparison.Ordinal) || w.Equals("heavy", StringComparison.Ordinal)
        || w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal)
        || w.EndsWith("ion", StringComparison.Ordinal) || w.EndsWith("ity", StringComparison.Ordinal) || w.EndsWith("ment", StringComparison.Ordinal);

    /// <summary>"is to resume" but not "is to blame" or "is to the north".</summary>
    private static bool IsBareVerbLike(ReadOnlySpan<char> w) =>
        w.Length > 2 && char.IsLower(w[0]) && !w.Equals("the", StringComparison.Ordinal) && !w.Equals("blame", StringComparison.Ordinal)
        && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"takes effect", "take place", "comes into force": a present that names when something starts.</summary>
    private static bool IsTakesEffect(Document document, int index, ReadOnlySpan<char> w)
    {
        if (index + 1 >= document.Tokens.Count)
        {
            return false;
        }
        var next = Word(document, index + 1);
        return ((w.Equals("takes", StringComparison.Ordinal) || w.Equals("take", StringComparison.Ordinal))
                && (next.Equals("effect", StringComparison.Ordinal) || next.Equals("place", StringComparison.Ordinal) || next.Equals("office", StringComparison.Ordinal)))
            || ((w.Equals("comes", StringComparison.Ordinal) || w.Equals("come", StringComparison.Ordinal)) && next.Equals("into", StringComparison.Ordinal));
    }

    /// <summary>"is visiting", "are meeting": "is" or "are" before a lower-case "-ing" verb (not "is going to", which is
    /// its own frame, nor "is nothing", "are during").</summary>
    private static bool IsProgressiveArrangement(Document document, int index, ReadOnlySpan<char> w)
    {
        if (!(w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)) || index + 1 >= document.Tokens.Count)
        {
            return false;
        }
        var next = Word(document, index + 1);
        return next.Length > 5 && char.IsLower(next[0]) && next.EndsWith("ing", StringComparison.Ordinal)
            && !next.Equals("going", StringComparison.Ordinal) && !next.Equals("nothing", StringComparison.Ordinal)
            && !next.Equals("something", StringComparison.Ordinal) && !next.Equals("anything", StringComparison.Ordinal)
            && !next.Equals("everything", StringComparison.Ordinal) && !next.Equals("during", StringComparison.Ordinal)
            && !next.Equals("according", StringComparison.Ordinal) && !next.Equals("including", StringComparison.Ordinal)
            && !next.Equals("continuing", StringComparison.Ordinal) && !next.Equals("ongoing", StringComparison.Ordinal)
            && !next.Equals("remaining", StringComparison.Ordinal) && !next.Equals("trading", StringComparison.Ordinal);
    }

    /// <summary>A present form used as the clause's verb: not after "to", a determiner, a modal, "did" or a negation
    /// ("to meet", "the visits", "did not meet", "could begin" — the modal marks that clause itself).</summary>
    /// <summary>For the comma closing ", who / which ... ," the index of the word before the clause's opening comma; otherwise null.</summary>
    private static int? SubjectBeforeRelative(Document document, int closingComma)
    {
        for (int i = closingComma - 1; i >= Math.Max(1, closingComma - 15); i--)
        {
            var w = Word(document, i);
            if (w.Equals(",", StringComparison.Ordinal))
            {
                var next = Word(document, i + 1);
                bool relative = next.Equals("who", StringComparison.OrdinalIgnoreCase) || next.Equals("which", StringComparison.OrdinalIgnoreCase)
                    || next.Equals("whose", StringComparison.OrdinalIgnoreCase);
                return relative && !Word(document, i - 1).Equals(",", StringComparison.Ordinal) ? i - 1 : null;
            }
            if (w.Equals(".", StringComparison.Ordinal) || w.Equals(";", StringComparison.Ordinal))
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsFinitePresent(Document document, int index)
    {
        if (index == 0)
        {
            return true;
        }
        var p = Word(document, index - 1);
        foreach (var w in s_notFiniteBefore)
        {
            if (p.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (p.Length > 2 && p.EndsWith("'s", StringComparison.Ordinal))
        {
            return false;
        }
        if (Word(document, index).EndsWith('s'))
        {
            return true;
        }
        // A bare form is finite only after its plural subject ("the two leaders meet", "They meet", "Arafat and Netanyahu
        // meet"), not as an infinitive after an object ("let the offensive begin").
        for (int i = index - 2; i >= Math.Max(0, index - 4); i--)
        {
            var c = Word(document, i);
            if (c.Equals("let", StringComparison.OrdinalIgnoreCase) || c.Equals("make", StringComparison.OrdinalIgnoreCase)
                || c.Equals("made", StringComparison.OrdinalIgnoreCase) || c.Equals("help", StringComparison.OrdinalIgnoreCase)
                || c.Equals("helped", StringComparison.OrdinalIgnoreCase) || c.Equals("watch", StringComparison.OrdinalIgnoreCase)
                || c.Equals("saw", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (p.Equals(",", StringComparison.Ordinal) && SubjectBeforeRelative(document, index - 1) is int subject)
        {
            // "Rovers, who have not lost since November 29, play United on Saturday": the subject stands before its clause.
            p = Word(document, subject);
        }
        else if (index >= 4 && char.IsLower(p[0]) && IsArticle(Word(document, index - 2)) && IsSubjectPreposition(Word(document, index - 3)))
        {
            // "Pre-orders for the headset open on Friday", "Tickets for the final go on sale": the subject's head stands before
            // the phrase that follows it.
            p = Word(document, index - 4);
        }
        return char.IsUpper(p[0]) || (p.Length > 3 && p.EndsWith('s') && !p.EndsWith("ss", StringComparison.Ordinal))
            || p.Equals("they", StringComparison.OrdinalIgnoreCase) || p.Equals("we", StringComparison.OrdinalIgnoreCase)
            || p.Equals("both", StringComparison.OrdinalIgnoreCase) || p.Equals("which", StringComparison.OrdinalIgnoreCase)
            || p.Equals("who", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSubjectPreposition(ReadOnlySpan<char> w) =>
        w is "for" or "of" or "in" or "at" or "on" or "from" or "with";

    private static readonly string[] s_notFiniteBefore =
        ["to", "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "not", "n't", "did",
         "didn't", "never", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "cannot", "of", "whose", "first", "last", "next"];

    /// <summary>An "-ed" form after a form of "be", a modal or a determiner is a participle or adjective, not a past tense.</summary>
    private static bool IsParticiple(Document document, int index)
    {
        if (index == 0)
        {
            return false;
        }
        var p = Word(document, index - 1);
        foreach (var w in s_participleBefore)
        {
            if (p.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] s_participleBefore =
        ["be", "been", "being", "is", "are", "am", "get", "gets", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "newly", "not"];

    private static Dictionary<string, Tense> BuildWords()
    {
        var d = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "will 'll shall won't wo would must should can may might expect expects".Split(' '))
        {
            d[w] = Tense.Future;
        }
        foreach (var w in ("was were had did said told met went came took made saw gave held began sent fought left won lost "
            + "fled struck spoke wrote became brought bought sold thought found knew got ran rose fell grew drew flew threw "
            + "paid laid sought caught taught meant kept slept felt dealt heard stood understood built spent lent sent shot "
            + "hit cut put set quit spread cast beat bit hid broke chose froze stole swore tore wore woke drove rode "
            + "ate forgot forgave arose awoke bore bound dug fed hung led overtook shook shone sank sprang stuck stung "
            + "struck swept swung undertook withdrew wound wrote didn't wasn't weren't hadn't ago").Split(' '))
        {
            d[w] = Tense.Past;
        }
        foreach (var w in "is are am says say tells believes thinks expects remains has have does doesn't isn't aren't".Split(' '))
        {
            d[w] = Tense.Present;
        }
        // present perfect reports past events: "has launched", "have said"
        d["has"] = Tense.Past;
        d["have"] = Tense.Past;
        return d;
    }
}
