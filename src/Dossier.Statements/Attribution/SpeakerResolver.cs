using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Statements;
using Dossier.Core.Tokens;
using Dossier.Language.Aliases;
using Dossier.Language.Entities;
using Dossier.Statements.Lexicon;

namespace Dossier.Statements.Attribution;

/// <summary>Turns a draft's source tokens into a <see cref="Speaker"/>: name, role, entity link; resolves pronouns and surnames.</summary>
/// <remarks>
/// With named entities present the speaker links to the entity of the mention inside the source span. Without them,
/// the name is read from the phrase itself: titles and role nouns before a capitalised tail ("White House spokesman
/// John Kirby") become the role, possessive prefixes ("Russia’s") stay in the role. Pronouns take the most recent
/// compatible speaker; a lone surname takes the fuller name used for the same person elsewhere in the article.
/// </remarks>
internal static class SpeakerResolver
{
    public static void Resolve(TokenView v, List<AttributionDraft> drafts)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Coordinated >= 0 && !d.HasSource)
            {
                var c = drafts[d.Coordinated];
                d.Speaker = c.Speaker;
                d.SpeakerIsPerson = c.SpeakerIsPerson;
                d.SpeakerIsPress = c.SpeakerIsPress;
                continue;
            }
            if (!d.HasSource)
            {
                continue;
            }
            Build(v, d, drafts, i);
            if (d.Speaker?.Role is { } role && WithItsOwner(v, drafts, i, role) is { } owned)
            {
                d.Speaker = d.Speaker with { Role = owned };
            }
        }
    }

    /// <summary>
    /// Resolves every pronoun source again once the tagger's statements have joined <paramref name="drafts"/>: a "he"
    /// after "Sudan's health minister, Haitham Ibrahim, said" (a statement only the tagger found) is the minister, not the
    /// person the rules alone had seen last. Returns the drafts whose speaker changed.
    /// </summary>
    public static List<AttributionDraft> ResolvePronounsAgain(TokenView v, List<AttributionDraft> drafts)
    {
        var changed = new List<AttributionDraft>();
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (!d.HasSource || d.SourceEnd - d.SourceFirst != 1 || !v.InSet(d.SourceFirst, StatementLexicon.SubjectPronouns) || d.Speaker is null)
            {
                continue;
            }
            var antecedent = Antecedent(v, drafts, i, v.Word(d.SourceFirst));
            if (ItsBody(v, antecedent, d.SourceFirst) is not null)
            {
                continue; // resolved to the sentence's body by Build, which no later speaker changes
            }
            if (antecedent is { Speaker: { } found } && found.Name != d.Speaker.Name)
            {
                TakeSpeaker(d, antecedent, v.Span(d.SourceFirst, d.SourceEnd));
                changed.Add(d);
            }
        }
        return changed;
    }

    /// <summary>
    /// The end of a source without the words after its noun that are no part of who speaks: an adverb ("The bank now
    /// expects"), a relative pronoun whose clause the tagger left out ("a manager at a fund who | asked not to be named"),
    /// a participle after a document ("a report published on Tuesday said", the time phrase already left out); null when
    /// there are none.
    /// </summary>
    private static int? TrimmedEnd(TokenView v, AttributionDraft d)
    {
        int end = d.SourceEnd;
        while (end - d.SourceFirst > 1 && v.IsLower(end - 1) && v.Word(end - 1) is "now" or "also" or "still"
            or "already" or "meanwhile" or "however" or "too" or "currently" or "instead" or "again" or "then" or "today"
            or "who" or "which"
            // "days after it first described …": an adverb of order or time between a pronoun and its cue
            or "first" or "initially" or "originally" or "earlier" or "previously" or "later" or "repeatedly")
        {
            end--;
        }
        // "A separate study last year found", "a poll this week showed": when it was said is no part of who said it.
        if (end - d.SourceFirst > 2 && (v.Is(end - 2, "last") || v.Is(end - 2, "this")) && v.IsWord(end - 1)
            && (v.Word(end - 1) is "year" or "week" or "month" or "spring" or "summer" or "autumn" or "winter" or "weekend"
                || v.InSet(end - 1, StatementLexicon.DayWords)))
        {
            end -= v.Is(end - 3, "earlier") && end - d.SourceFirst > 3 ? 3 : 2;
        }
        // "The transport agency on Monday | suspended the licence, saying": the day set between a subject and its verb says
        // when it acted, not who did; left in, the day read as the speaker's name and the rest as its role.
        if (end - d.SourceFirst > 3 && v.Is(end - 3, "on") && v.IsCap(end - 2) && v.InSet(end - 2, StatementLexicon.DayWords)
            && v.IsLower(end - 1) && v.InSet(end - 1, StatementLexicon.DayWords))
        {
            end -= 3;
        }
        else if (end - d.SourceFirst > 2 && v.Is(end - 2, "on") && v.IsCap(end - 1) && v.InSet(end - 1, StatementLexicon.DayWords))
        {
            end -= 2;
        }
        // "Minister resigns, blames rivals": a headline's two verbs share one subject, and the first, read as a plural noun,
        // is no part of who speaks.
        if (end == d.SourceEnd && end - d.SourceFirst >= 2 && d.CueFirst == end + 1 && v.IsComma(end) && v.IsLower(end - 1) && v.IsLower(d.CueFirst)
            && IsThirdPersonForm(v.Word(end - 1)) && IsThirdPersonForm(v.Word(d.CueFirst)))
        {
            end--;
        }
        // "Almost half of respondents, 48%, said": the share set after the group in commas restates its size; the group speaks.
        if (ApposedShare(v, d.SourceFirst, end) is int comma)
        {
            end = comma;
        }
        int last = end - 1;
        if (last - d.SourceFirst >= 1 && v.IsLower(last) && v.Word(last) is "published" or "released" or "issued" or "compiled"
            or "conducted" or "commissioned" or "prepared" or "posted" or "carried" or "seen" or "obtained"
            && (v.InSet(last - 1, StatementLexicon.DocumentNouns) || v.Is(last - 1, "poll") || v.Is(last - 1, "paper")
                || DocumentBeforeOf(v, d.SourceFirst, last)))
        {
            end--;
        }
        else
        {
            // "a new poll published on Sunday shows": the tagger kept the participle's time phrase, whose day is no speaker.
            for (int p = d.SourceFirst + 1; p < last && p - d.SourceFirst <= 5; p++)
            {
                if (IsIssuingParticiple(v, p) && (v.InSet(p - 1, StatementLexicon.DocumentNouns) || v.Is(p - 1, "poll"))
                    && v.Word(p + 1) is "on" or "in" or "last" or "this" or "earlier" or "late" or "yesterday" or "today")
                {
                    end = p;
                    break;
                }
            }
        }
        return end < d.SourceEnd ? end : null;
    }

    private static bool IsThirdPersonForm(ReadOnlySpan<char> w) =>
        w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'');

    /// <summary>The comma before ", 48%" or ", 31 percent" closing a source of at least two words, or null.</summary>
    private static int? ApposedShare(TokenView v, int first, int end)
    {
        int k = end - 1;
        if (v.IsChar(k, '%') || v.Is(k, "percent"))
        {
            k--;
        }
        else if (v.Is(k, "cent") && v.Is(k - 1, "per"))
        {
            k -= 2;
        }
        else
        {
            return null;
        }
        return k - 1 > first + 1 && v.IsNumber(k) && v.IsComma(k - 1) ? k - 1 : null;
    }

    /// <summary>"results of a late-stage trial | published": a document noun heads the phrase whose "of" part the participle
    /// follows.</summary>
    private static bool DocumentBeforeOf(TokenView v, int first, int participle)
    {
        for (int t = participle - 1; t > first; t--)
        {
            if (v.Is(t, "of"))
            {
                return v.InSet(t - 1, StatementLexicon.DocumentNouns) || v.Is(t - 1, "results") || v.Is(t - 1, "findings");
            }
            if (v.Is(t, ",") || participle - t > 6)
            {
                return false;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> LastWord(string words)
    {
        var t = words.AsSpan().TrimEnd();
        return t[(t.LastIndexOf(' ') + 1)..];
    }

    /// <summary>"The army chief of | staff has not commented": a source that opens after the "of" of a role ("chief of staff",
    /// "head of state", "secretary of state") opens with the role and the words and article before it.</summary>
    private static void RoleBeforeOf(TokenView v, AttributionDraft d)
    {
        int s = d.SourceFirst;
        if (s < 2 || d.SourceEnd - s > 2 || !v.Is(s - 1, "of") || !v.IsWord(s - 2) || !IsPersonRole(v, s - 2))
        {
            return;
        }
        int first = s - 2;
        while (first > 0 && first > s - 6 && v.IsWord(first - 1) && v.InSet(first - 1, StatementLexicon.RoleWords))
        {
            first--;
        }
        if (first > 0 && v.IsDeterminer(first - 1))
        {
            first--;
        }
        d.SourceFirst = first;
    }

    /// <summary>"The main union at | Norbeck Foods said": a source that is only the name after "at" or "of" opens with the
    /// body before it, a lower-case noun of a firm's or a group's own people after an article and up to three lower-case
    /// words; the body speaks.</summary>
    private static void BodyBeforeAtOrOf(TokenView v, AttributionDraft d)
    {
        int s = d.SourceFirst;
        if (s < 3 || !v.IsCap(s) || !(v.Is(s - 1, "at") || v.Is(s - 1, "of")) || !v.IsLower(s - 2) || !IsOwnedBodyNoun(v.Word(s - 2)))
        {
            return;
        }
        int first = s - 3;
        while (first >= 0 && s - 2 - first <= 3 && v.IsWord(first) && v.IsLower(first) && !v.IsDeterminer(first)
            && !StatementLexicon.CueLookup.ContainsKey(v.Word(first)))
        {
            first--;
        }
        if (first >= 0 && v.IsDeterminer(first) && v.Word(first) is "the" or "The" or "a" or "A" or "its" or "Its")
        {
            d.SourceFirst = first;
        }
    }

    /// <summary>"The main union at | Norbeck Foods", "the works council of | Brenner Steel": a body the name after it owns.</summary>
    private static bool BodyOfAName(TokenView v, int s, int e)
    {
        int k = s;
        if (!v.IsDeterminer(k))
        {
            return false;
        }
        k++;
        while (k < e && v.IsWord(k) && v.IsLower(k) && !(v.Is(k, "at") || v.Is(k, "of")))
        {
            k++;
        }
        if (k - 1 <= s || k + 1 >= e || !(v.Is(k, "at") || v.Is(k, "of")) || !IsOwnedBodyNoun(v.Word(k - 1)))
        {
            return false;
        }
        for (int j = k + 1; j < e; j++)
        {
            if (!v.IsCap(j) && !IsParticleInName(v, j, k + 1))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A body made of a firm's or a group's own people ("union", "works council", "board"), named by whose it is.</summary>
    private static bool IsOwnedBodyNoun(ReadOnlySpan<char> w) =>
        w is "union" or "unions" or "council" or "committee" or "board" or "federation" or "association" or "branch" or "chapter"
            or "caucus" or "delegation" or "faction" or "wing" or "staff" or "workforce" or "workers" or "employees" or "management"
            or "shareholders";

    /// <summary>"His wife | , Lena, said": a source that stops at a lower-case noun for a person, right before a name set
    /// off by commas and the cue, runs on over the name, who is the one speaking.</summary>
    private static void NameAfterItsDescription(TokenView v, AttributionDraft d)
    {
        int e = d.SourceEnd;
        if (e <= d.SourceFirst || e + 2 >= d.CueFirst || !v.IsComma(e) || !v.IsLower(e - 1) || !v.IsComma(d.CueFirst - 1)
            || !(StatementLexicon.PersonNouns.Contains(v.Word(e - 1)) || NewsSpanRules.IsPersonNoun(v.Word(e - 1)) || IsPersonRole(v, e - 1)) || d.CueFirst - 1 - (e + 1) > 4)
        {
            return;
        }
        for (int k = e + 1; k < d.CueFirst - 1; k++)
        {
            if (!v.IsCap(k))
            {
                return;
            }
        }
        d.SourceEnd = d.CueFirst - 1;
    }

    /// <summary>"Nurses caring for | the children said", "Lawyers representing | the families said": a source that opens on
    /// the object of a participle opens with the group the participle describes, who speak; the object says whom they
    /// serve.</summary>
    private static void GroupBeforeItsParticiple(TokenView v, AttributionDraft d)
    {
        int k = d.SourceFirst - 1;
        if (k >= 1 && v.IsWord(k) && v.IsLower(k) && v.Word(k) is "for" or "with" or "on" or "at" or "in")
        {
            k--;
        }
        if (k < 1 || !v.IsWord(k) || !IsParticipleOfService(v, k))
        {
            return;
        }
        int head = k - 1;
        bool opens = v.OpensSentence(head);
        if (!IsGroupWord(v.Word(head)) || !v.IsWord(head) || v.IsDeterminer(head) || !(v.IsLower(head) || opens))
        {
            return;
        }
        if (head > 0 && !opens && v.IsDeterminer(head - 1))
        {
            head--;
        }
        d.SourceFirst = head;
    }

    /// <summary>"A woman whose two sons were injured | told the Courier": a source that is the tail of a "whose" clause (the
    /// tagger read "injured") opens with the person the clause describes: the noun before "whose" and its article.</summary>
    private static void BeforeItsWhoseClause(TokenView v, AttributionDraft d)
    {
        if (d.SourceFirst < 3 || !v.IsLower(d.SourceFirst))
        {
            return;
        }
        for (int k = d.SourceFirst - 1; k >= 1 && d.SourceFirst - k <= 6; k--)
        {
            if (!v.IsWord(k) && !v.IsNumber(k) || v.InQuote(k))
            {
                return;
            }
            if (!v.Is(k, "whose"))
            {
                continue;
            }
            int head = k - 1;
            if (!v.IsWord(head) || !v.IsLower(head) || !(v.InSet(head, StatementLexicon.PersonNouns) || IsPersonRole(v, head)))
            {
                return;
            }
            int first = head - 1 >= 0 && v.IsDeterminer(head - 1) ? head - 1 : head;
            d.SourceFirst = first;
            return;
        }
    }

    /// <summary>"The think tank said": the first word of "think tank" reads like a verb, and the tagger leaves it (and the
    /// article and a "Washington-based" before it) out of the source.</summary>
    private static void ThinkTank(TokenView v, AttributionDraft d)
    {
        if (d.SourceFirst > 0 && v.Is(d.SourceFirst - 1, "think") && (v.Is(d.SourceFirst, "tank") || v.Is(d.SourceFirst, "tanks")))
        {
            d.SourceFirst--;
            // "a Washington-based think tank": the modifier and the article before it belong to the same phrase.
            if (d.SourceFirst > 0 && v.IsWord(d.SourceFirst - 1) && v.Word(d.SourceFirst - 1).EndsWith("-based", StringComparison.Ordinal))
            {
                d.SourceFirst--;
            }
            if (d.SourceFirst > 0 && (v.Is(d.SourceFirst - 1, "a") || v.Is(d.SourceFirst - 1, "the") || v.Is(d.SourceFirst - 1, "The") || v.Is(d.SourceFirst - 1, "A")))
            {
                d.SourceFirst--;
            }
        }
    }

    /// <summary>The participle of "X polled / surveyed / interviewed by Y" inside a source, with words before it and after
    /// its "by"; else null.</summary>
    private static int? PolledBy(TokenView v, int s, int e)
    {
        for (int k = s + 1; k + 2 < e; k++)
        {
            if (v.IsLower(k) && v.Word(k) is "polled" or "surveyed" or "interviewed" or "questioned" or "consulted" && v.Is(k + 1, "by"))
            {
                return k;
            }
        }
        return null;
    }

    private static bool StartsWithPossessive(TokenView v, AttributionDraft d) =>
        d.SourceEnd - d.SourceFirst > 1 && d.SourceFirst > 0 && v.IsPossessive(d.SourceFirst) && v.IsWord(d.SourceFirst - 1) && v.IsCap(d.SourceFirst - 1);

    /// <summary>Who made the document a source opens with ("a survey by the IBRiS institute", "a statement from the
    /// ministry"): the noun phrase after its "by" or "from"; null when the source is no such document.</summary>
    private static (int First, int End)? DocumentIssuer(TokenView v, int s, int e)
    {
        int k = v.IsDeterminer(s) ? s + 1 : s;
        for (int limit = Math.Min(e - 2, k + 2); k <= limit; k++)
        {
            if (v.IsLower(k) && v.InSet(k, StatementLexicon.DocumentNouns) && (v.Is(k + 1, "by") || v.Is(k + 1, "from")))
            {
                int end = Math.Min(e, AttributionExtractor.RightNp(v, k + 2, e));
                return end > k + 2 ? (k + 2, end) : null;
            }
            // "figures published by the union": the document's maker after its participle.
            if (v.IsLower(k) && v.InSet(k, StatementLexicon.DocumentNouns) && IsIssuingParticiple(v, k + 1) && v.Is(k + 2, "by"))
            {
                int end = Math.Min(e, AttributionExtractor.RightNp(v, k + 3, e));
                return end > k + 3 ? (k + 3, end) : null;
            }
        }
        return null;
    }

    private static bool IsIssuingParticiple(TokenView v, int t) =>
        t < v.Count && v.IsLower(t) && v.Word(t) is "published" or "released" or "issued" or "compiled" or "conducted" or "commissioned";

    /// <summary>"according to figures | published by the union": a document source the tagger ended at its noun takes the
    /// participle and its "by" phrase, whose maker speaks.</summary>
    private static void DocumentWithIssuer(TokenView v, AttributionDraft d)
    {
        int e = d.SourceEnd;
        // A transcript records someone else's words: whoever released it passes them on ("a transcript released by the White House").
        if (e + 2 < v.Count && v.IsLower(e - 1) && v.InSet(e - 1, StatementLexicon.DocumentNouns) && !v.Is(e - 1, "transcript")
            && IsIssuingParticiple(v, e) && v.Is(e + 1, "by")
            && v.SentenceFirstToken(v.Start(e + 2)) == v.SentenceFirstToken(v.Start(e - 1)))
        {
            int end = AttributionExtractor.RightNp(v, e + 2, v.Count);
            if (end > e + 2 && end - e <= 8 && (d.CueFirst < d.SourceFirst || end <= d.CueFirst))
            {
                d.SourceEnd = end;
            }
        }
    }

    /// <summary>"The central bank expects …, according to its updated projections": a document that is "its" or "their"
    /// speaks for the subject that opens its sentence; null when the source is no such document or the sentence opens
    /// with no noun phrase.</summary>
    private static (int First, int End)? OwnerOfDocument(TokenView v, int s, int e)
    {
        if (!(v.Is(s, "its") || v.Is(s, "their")) || e - s < 2 || e - s > 4
            || !(v.InSet(e - 1, StatementLexicon.DocumentNouns) || v.Is(e - 1, "projections") || v.Is(e - 1, "forecasts") || v.Is(e - 1, "forecast")))
        {
            return null;
        }
        for (int k = s + 1; k < e - 1; k++)
        {
            if (!v.IsLower(k))
            {
                return null;
            }
        }
        int first = v.SentenceFirstToken(v.Start(s));
        if (first >= s || !(v.IsDeterminer(first) && !v.IsLower(first) || v.IsCap(first) && !v.InSet(first, StatementLexicon.SubjectPronouns)))
        {
            return null;
        }
        int end = AttributionExtractor.RightNp(v, first, s);
        return end > first && end < s && v.IsLower(end) && !v.IsDeterminer(end - 1) && !v.IsConnective(first) ? (first, end) : null;
    }

    /// <summary>"the coast guard's latest count", "the fire service's own tally": a count or figures of a possessor speak for
    /// it; the possessor's tokens, or null when the source is no such count.</summary>
    private static (int First, int End)? OwnerOfCount(TokenView v, int s, int e)
    {
        if (e - s < 3 || !v.IsLower(e - 1) || !(v.InSet(e - 1, StatementLexicon.DocumentNouns) || v.Word(e - 1) is "count" or "counts" or "tally"
            or "tallies" or "toll" or "statistics" or "numbers"))
        {
            return null;
        }
        for (int p = e - 2; p > s && e - p <= 4; p--)
        {
            if (v.IsPossessive(p))
            {
                return p - 1 > s || !v.IsDeterminer(s) ? (s, p) : null;
            }
            if (!v.IsLower(p) || !v.IsWord(p))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"Several unions, including the GMB,": the group before ", including" and the member after it (without a
    /// closing comma); null when the source holds no such aside. A group opening on "least" takes the "At" before it.</summary>
    private static (int GroupFirst, int GroupEnd, int MemberFirst, int MemberEnd)? IncludedMembers(TokenView v, int s, int e)
    {
        for (int k = s + 2; k + 1 < e; k++)
        {
            if (v.Is(k, "including") && v.IsComma(k - 1))
            {
                int end = v.IsComma(e - 1) ? e - 1 : e;
                int first = v.Is(s, "least") && s > 0 && v.Is(s - 1, "at") ? s - 1 : s;
                return end > k + 1 ? (first, k - 1, k + 1, end) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "Norway's DNB", "a spokesman for Denmark's CFCS cyber-defence centre": capitalised words no mention covers after a
    /// country's possessive, none a role or body word ("Germany's Foreign Ministry", "France's Interior Minister" stay the
    /// country's), and lower-case words after them only when the last is a body's noun. The first token of that name and
    /// the role before "for" ("spokesman"), or null.
    /// </summary>
    private static bool IsPluralNoun(TokenView v, int k)
    {
        var w = v.Word(k);
        return v.IsWord(k) && (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'' or '\u2019') || NumberWords.IrregularPlurals.Contains(w));
    }

    private static (int First, string? Role)? NameAfterPlacesPossessive(TokenView v, int s, int e)
    {
        var doc = v.Document;
        int p = -1;
        for (int k = s + 1; k < e - 1 && k - s <= 5; k++)
        {
            if (v.IsPossessive(k))
            {
                p = k;
                break;
            }
        }
        if (p < 0 || e - p > 7 || !v.IsCap(p - 1))
        {
            return null;
        }
        int placeFirst = -1;
        foreach (var m in doc.Mentions)
        {
            if (m.Type == EntityType.Gpe && m.Span.End == v.End(p - 1))
            {
                placeFirst = v.Tokens.IndexAtOrAfter(m.Span.Start);
            }
            else if (m.Span.Start < v.End(e - 1) && m.Span.End > v.Start(p + 1))
            {
                return null; // "Sweden's Volvo": the recogniser named the body; the entities speak for it
            }
        }
        if (placeFirst < s)
        {
            return null;
        }
        string? role = null;
        int front = v.IsDeterminer(s) ? s + 1 : s;
        if (placeFirst - front == 2 && v.Is(placeFirst - 1, "for") && v.InSet(front, StatementLexicon.RoleWords))
        {
            role = v.Word(front).ToString();
        }
        else if (placeFirst != front)
        {
            return null;
        }
        int t = p + 1;
        if (!v.IsCap(t))
        {
            return null;
        }
        while (t < e && v.IsCap(t))
        {
            if (v.InSet(t, StatementLexicon.RoleWords) || v.InSet(t, StatementLexicon.OrgWords))
            {
                return null;
            }
            t++;
        }
        if (t < e)
        {
            for (int k = t; k < e; k++)
            {
                if (!v.IsWord(k) || !v.IsLower(k))
                {
                    return null;
                }
            }
            if (!IsBody(v, e - 1))
            {
                return null;
            }
        }
        return (p + 1, role);
    }

    /// <summary>The noun phrase before ", which/who" that a lone relative pronoun source refers to, without a bracketed
    /// short form after it; null when the source is not such a pronoun.</summary>
    private static (int First, int End)? RelativeAntecedent(TokenView v, int s, int e)
    {
        if (e - s != 1 || s < 2 || !(v.Is(s, "which") || v.Is(s, "who")) || !v.IsComma(s - 1))
        {
            return null;
        }
        int end = s - 1;
        // "Mwangi, 61, who has denied": an age between commas stands between the name and its clause.
        if (end >= 3 && v.IsNumber(end - 1) && v.IsComma(end - 2))
        {
            end -= 2;
        }
        if (v.IsChar(end - 1, ')'))
        {
            int open = end - 2;
            while (open > 0 && end - open < 8 && !v.IsChar(open, '('))
            {
                open--;
            }
            if (!v.IsChar(open, '('))
            {
                return null;
            }
            end = open;
        }
        if (end < 1 || !v.IsWord(end - 1))
        {
            return null;
        }
        int first = AttributionExtractor.LeftNp(v, end - 1, 0);
        return first <= end - 1 ? (first, end) : null;
    }

    /// <summary>"Residents gathered outside the hall on Wednesday. Several said …": a quantifier standing alone as the source
    /// ("Several", "Some", "Many of them") counts people the sentences just before named; they are the first plural noun for
    /// people in the nearest of the two sentences before that has one. Null when the source is no such quantifier or none
    /// is named. "Both" is left out: it mostly counts two people named one by one, not a group.</summary>
    private static (int First, int End)? GroupOfALoneQuantifier(TokenView v, int s, int e)
    {
        bool ofThem = e - s == 3 && v.Is(s + 1, "of") && v.Is(s + 2, "them");
        if (e - s != 1 && !ofThem || !(v.Is(s, "several") || v.Is(s, "some") || v.Is(s, "many") || v.Is(s, "most") || v.Is(s, "others")
            || v.Is(s, "few")))
        {
            return null;
        }
        var sentences = v.Document.Sentences;
        int here = v.Document.SentencePositionAt(v.Start(s));
        for (int p = here - 1; p >= 0 && p >= here - 2; p--)
        {
            int first = sentences[p].FirstToken, end = first + sentences[p].TokenCount;
            for (int k = first; k < end; k++)
            {
                if (IsPeoplesPlural(v, k))
                {
                    return (k, k + 1);
                }
            }
        }
        return null;
    }

    /// <summary>"residents", "protesters", "villagers", "people": a plural noun for people who speak for themselves.</summary>
    private static bool IsPeoplesPlural(TokenView v, int k)
    {
        if (!v.IsWord(k) || v.Is(k, "people") || v.Is(k, "locals"))
        {
            return v.IsWord(k);
        }
        var w = v.Word(k);
        if (w.Length < 4 || w[^1] != 's' || w.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }
        return v.InSet(k, StatementLexicon.UnofficialNouns) || StatementLexicon.PersonNouns.Contains(w[..^1]);
    }

    /// <summary>A pronoun source speaks for its antecedent: the antecedent's speaker, written at the pronoun.</summary>
    private static void TakeSpeaker(AttributionDraft d, AttributionDraft antecedent, TextSpan span)
    {
        d.Speaker = antecedent.Speaker! with { Span = span };
        d.SpeakerIsPerson = antecedent.SpeakerIsPerson;
        d.SpeakerIsPress = antecedent.SpeakerIsPress;
    }

    /// <summary>
    /// Resolves the speaker of a draft made from the tagger's labels as if the rules had found it: the draft joins
    /// <paramref name="drafts"/> in document order, so pronouns and surnames after it can refer to it as well.
    /// </summary>
    public static void ResolveAdded(TokenView v, List<AttributionDraft> drafts, AttributionDraft d)
    {
        int index = drafts.Count;
        while (index > 0 && drafts[index - 1].CueFirst > d.CueFirst)
        {
            index--;
        }
        drafts.Insert(index, d);
        if (d.HasSource)
        {
            Build(v, d, drafts, index);
        }
    }

    private static void Build(TokenView v, AttributionDraft d, List<AttributionDraft> drafts, int index)
    {
        ThinkTank(v, d);
        RoleBeforeOf(v, d);
        BodyBeforeAtOrOf(v, d);
        GroupBeforeItsParticiple(v, d);
        BeforeItsWhoseClause(v, d);
        NameAfterItsDescription(v, d);
        DocumentWithIssuer(v, d);
        if (TrimmedEnd(v, d) is int trimmed)
        {
            // The speaker is named from the phrase without the trailing word; the source stays where the text writes it.
            int end = d.SourceEnd;
            d.SourceEnd = trimmed;
            Build(v, d, drafts, index);
            var whole = v.Span(d.SourceFirst, end);
            d.SourceEnd = end;
            if (d.Speaker is not null && d.Speaker.Span is { } written && whole.Contains(written))
            {
                d.Speaker = d.Speaker with { Span = whole };
            }
            return;
        }
        if (PersonBeforeOf(v, d.SourceFirst, d.SourceEnd) is int of)
        {
            // "Agnes Halvorsen of the union said", "Peter Hall of Goldman Sachs said": the name speaks, and the body after
            // "of" is where the person works, the role; whatever type the recogniser gave the name.
            int whole = d.SourceEnd;
            d.SourceEnd = of;
            d.Speaker = null;
            Build(v, d, drafts, index);
            d.SourceEnd = whole;
            if (d.Speaker is { } person)
            {
                d.Speaker = person with { Span = v.Span(d.SourceFirst, whole), Role = person.Role ?? TrimDeterminer(v, of + 1, whole) };
                d.SpeakerIsPerson = true;
                d.SpeakerIsPress = false;
            }
            return;
        }
        if (StartsWithPossessive(v, d))
        {
            d.SourceFirst--; // "| 's health minister, Roger Kamba," begins with its possessor: "Congo's health minister"
        }
        int s = d.SourceFirst, e = d.SourceEnd;
        var span = v.Span(s, e);
        // "a survey by the IBRiS institute for the daily Rzeczpospolita showed": the document speaks for who made it.
        // "The Athletics Integrity Unit (AIU), which brought the case, welcomed …": the relative pronoun is the source
        // word (PolNeAR marks it so), and the noun phrase it refers to names the speaker. Either way the speaker is
        // built from those words and written at the source.
        if ((DocumentIssuer(v, s, e) ?? OwnerOfDocument(v, s, e) ?? OwnerOfCount(v, s, e) ?? RelativeAntecedent(v, s, e) ?? BeforeRestrictiveClause(v, s, e) ?? GroupOfALoneQuantifier(v, s, e)) is (int namedFirst, int namedEnd))
        {
            d.SourceFirst = namedFirst;
            d.SourceEnd = namedEnd;
            Build(v, d, drafts, index);
            d.SourceFirst = s;
            d.SourceEnd = e;
            if (d.Speaker is not null)
            {
                d.Speaker = d.Speaker with { Span = span };
            }
            return;
        }
        if (OneOfThem(v, drafts, index, s, e) is { } spokeBefore)
        {
            // "The officials … said … One of them said": one of the group that spoke before.
            d.Speaker = new Speaker("one of the " + spokeBefore.Speaker!.Name, spokeBefore.Speaker.Entity, span, spokeBefore.Speaker.Role);
            d.SpeakerIsPerson = true;
            d.SpeakerIsPress = false;
            return;
        }
        if (e - s == 1 && v.InSet(s, StatementLexicon.SubjectPronouns))
        {
            var found = Antecedent(v, drafts, index, v.Word(s));
            if (ItsBody(v, found, s) is { } subject)
            {
                // "The court disagreed. In its judgment, it said …": the body the sentence before was about, not the
                // last body that spoke.
                d.Speaker = new Speaker(subject, -1, span, null);
                d.SpeakerIsPerson = false;
                d.SpeakerIsPress = false;
                return;
            }
            if (found is { } antecedent)
            {
                TakeSpeaker(d, antecedent, span);
            }
            else if (v.Is(s, "it") && NamedBodyOpeningTheSentence(v, s) is (int bodyFirst, int bodyEnd))
            {
                // "Turkey on Friday summoned the ambassador to protest what it called …": no one spoke before, and the
                // sentence opens on the country or body that acts; "it" is that one, written at the pronoun.
                d.SourceFirst = bodyFirst;
                d.SourceEnd = bodyEnd;
                Build(v, d, drafts, index);
                d.SourceFirst = s;
                d.SourceEnd = e;
                d.Speaker = d.Speaker is null ? new Speaker(v.Word(s).ToString(), -1, span, null) : d.Speaker with { Span = span };
            }
            else
            {
                d.Speaker = new Speaker(v.Word(s).ToString(), -1, span, null);
            }
            return;
        }

        if (IncludedMembers(v, s, e) is (int groupFirst, int groupEnd, int memberFirst, int memberEnd))
        {
            // "At least three banks, including Norway's DNB, said": the group speaks; the member it names says it with it.
            d.SourceFirst = memberFirst;
            d.SourceEnd = memberEnd;
            d.Speaker = null;
            Build(v, d, drafts, index);
            var member = d.Speaker;
            d.SourceFirst = groupFirst;
            d.SourceEnd = groupEnd;
            d.Speaker = null;
            Build(v, d, drafts, index);
            var group = d.Speaker;
            d.SourceFirst = s;
            d.SourceEnd = e;
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            if (group is not null)
            {
                var with = new List<Speaker>(2);
                if (member is not null)
                {
                    with.Add(member with { Span = v.Span(memberFirst, memberEnd), With = null });
                    with.AddRange(member.With ?? []);
                }
                d.Speaker = group with { Span = span, With = with.Count > 0 ? with : null };
                return;
            }
        }
        var conjuncts = Conjuncts(v, s, e);
        // "Polish and German authorities said": the head after the last adjective is every adjective's, so each country
        // speaks, each through its authorities.
        int sharedHead = -1;
        if (conjuncts is null && SharedHead(v, s, e) is (var adjectives, int head))
        {
            conjuncts = adjectives;
            sharedHead = head;
        }
        if (conjuncts is { Count: > 1 })
        {
            // "The PP and Vox said", "Britain, France and Germany said": each name speaks; the first stands for the
            // statement and the others say it with it.
            var together = new List<Speaker>(conjuncts.Count);
            foreach (var (first, end) in conjuncts)
            {
                d.SourceFirst = first;
                d.SourceEnd = end;
                d.Speaker = null;
                Build(v, d, drafts, index);
                if (d.Speaker is { } one)
                {
                    together.Add(one with { Span = v.Span(first, end) });
                }
            }
            d.SourceFirst = s;
            d.SourceEnd = e;
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            if (sharedHead >= 0 && together.Count > 0 && together[^1].Role is { } shared)
            {
                for (int k = 0; k < together.Count - 1; k++)
                {
                    together[k] = together[k] with { Role = together[k].Role ?? shared };
                }
            }
            d.Speaker = together.Count == 0 ? null : together[0] with { Span = span, With = together.Count > 1 ? together[1..] : null };
            return;
        }
        if (NameBetweenCommas(v, s, e) is { } named)
        {
            // "The national weather institute, Inmet, said": the name speaks, the description before it is its role.
            string description = TrimDeterminer(v, s, named.First - 1);
            // "one resident, Mira Sandoval": one of a group is a resident, as "a resident" is.
            foreach (var one in (ReadOnlySpan<string>)["one ", "One ", "another ", "Another "])
            {
                if (description.StartsWith(one, StringComparison.Ordinal) && description.Length > one.Length)
                {
                    description = description[one.Length..];
                    break;
                }
            }
            d.Speaker = new Speaker(v.SpanText(named.First, named.End), -1, span, description);
            // "Sudan's health minister, Haitham Ibrahim," is a person, whom a later "he" can name.
            // "Grant's publicist, Nora Hale,": a description the role lists do not know still describes a person when the
            // recogniser read the name between the commas as one and its head is no body's noun.
            d.SpeakerIsPerson = IsPersonRole(v, named.First - 2) || v.InSet(named.First - 2, StatementLexicon.PersonNouns)
                || v.IsLower(named.First - 2) && !EntityHeads.IsBodyNoun(v.Word(named.First - 2)) && IsPersonMention(v.Document, v.Span(named.First, named.End))
                || !v.IsLower(named.First - 2) && LowerRoleWordIn(v, s, named.First - 1) && IsPersonMention(v.Document, v.Span(named.First, named.End));
            return;
        }
        if (BodyOfAName(v, s, e))
        {
            // "The main union at Norbeck Foods said": the union speaks; the firm is whose union it is, and a later "it"
            // is the union.
            d.Speaker = new Speaker(TrimDeterminer(v, s, e), -1, span, null);
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        if (IsGroupOf(v, s, e))
        {
            // "Owners of Halvard SUVs", "Supporters of Donald Trump": the group speaks, not the name that says whose it is.
            d.Speaker = new Speaker(TrimDeterminer(v, s, e), -1, span, null);
            return;
        }
        if (IsUnnamedSourceInABody(v, s, e))
        {
            // "Sources close to the Kremlin", "a source at Gazprom": someone the writer will not name, placed near a body,
            // speaks; the body does not.
            d.Speaker = new Speaker(TrimDeterminer(v, s, e), -1, span, null);
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        if (PolledBy(v, s, e) is int polled)
        {
            // "Economists polled by Reuters": the economists speak; the outlet that asked them passes their words on.
            d.Speaker = new Speaker(TrimDeterminer(v, s, polled), -1, span, null);
            d.Relays.Add(new Relay(v.SpanText(polled + 2, e), v.Span(polled + 2, e), "report"));
            return;
        }
        d.SpeakerIsPress = AttributionExtractor.IsPress(v, s, e, out var pressName) && !HasPersonTail(v, s, e);
        if (Described(v, drafts, index, s, e) is { } described)
        {
            // "the South Korean minister said" is the minister named before, not South Korea
            d.Speaker = described.Speaker! with { Span = span };
            d.SpeakerIsPerson = true;
            d.SpeakerIsPress = false;
            return;
        }
        if (AgedPersonBefore(v, s, e) is { } aged)
        {
            // "Marek Dvorak had spent 900 days in prison … \"…,\" the 58-year-old engineer told": an age and a noun after
            // "the" describe the person the story has just named.
            d.Speaker = aged with { Span = span };
            d.SpeakerIsPerson = true;
            d.SpeakerIsPress = false;
            return;
        }
        if (DescribedBody(v, drafts, index, s, e) is { } body)
        {
            // "The state's civil defense agency said … The agency said": the body that spoke before.
            d.Speaker = body.Speaker! with { Span = span };
            d.SpeakerIsPress = body.SpeakerIsPress;
            return;
        }
        if (FirmThatJustSpoke(v, drafts, index, s, e) is { } firm)
        {
            // "Cloudrift said in a post that … \"We apologise,\" the company wrote": the firm that has just spoken.
            d.Speaker = firm with { Span = span };
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        if (FirmNamedBefore(v, d, s, e) is { } firmNamed)
        {
            // "Nordbank has dropped its appeal, the lender said", "Varda Hydro, the state-owned company that runs the dam,
            // … The company denied the claim": the firm the report opens with, or the one an appositive described so.
            d.Speaker = firmNamed with { Span = span };
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        if (OnlyHolderOfTheRole(v, s, e) is { } holder)
        {
            // "Castellan have signed striker Emeka Okonjo … 'It is a dream,' the striker said": the one person the story
            // gave that role speaks.
            d.Speaker = holder with { Span = span };
            d.SpeakerIsPerson = true;
            d.SpeakerIsPress = false;
            return;
        }
        if (AliasedBody(v, s, e) is int aliased)
        {
            // "… from Dutch hospital group Zorgnet …, the group said": the alias stage read "the group" as the one body
            // named with that word; it speaks.
            d.Speaker = new Speaker(v.Document.Entities[aliased].Name, aliased, span, null);
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        if (NamedByItsTrade(v, s, e) is { } trade)
        {
            // "Ostmark Landesbank, the builder's main lender, … The bank said": a name ending on a word of the trade, which
            // the recogniser missed or typed a place or a person.
            d.Speaker = trade with { Span = span };
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        if (SpokespersonOfTheBodyBefore(v, drafts, index, s, e) is { } spoke)
        {
            // "PGG denied that its pumps were to blame. 'Our discharges were legal,' a spokesman said": the body that has
            // just spoken speaks again through its spokesman.
            d.Speaker = spoke with { Span = span, Role = v.Word(e - 1).ToString() };
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        // (An "agency" reads as the press; its spokesperson does not speak as the press.)
        if (NameAfterPlacesPossessive(v, s, e) is (int possessedFirst, var spokesRole) && (!d.SpeakerIsPress || spokesRole is not null))
        {
            d.SpeakerIsPress = false;
            // "Norway's DNB", "a spokesperson for Germany's BSI cyber-security agency": the name the recogniser missed after
            // a country's possessive is the body that speaks; the country only says where it is.
            string possessed = v.SpanText(possessedFirst, e);
            d.Speaker = new Speaker(possessed, EntityNamed(drafts, index, possessed), span, spokesRole);
            d.SpeakerIsPerson = false;
            return;
        }
        if (GroupActingOnAName(v, s, e))
        {
            // "Protesters occupying Lisbon's main square say": the protesters speak, not Portugal.
            d.Speaker = new Speaker(v.SpanText(s, e), -1, span, null);
            d.SpeakerIsPerson = false;
            d.SpeakerIsPress = false;
            return;
        }
        if (v.Document.Mentions.Count > 0 && FromEntities(v, d, span))
        {
            return;
        }

        // drop a trailing parenthetical ("(NIS)") from the name
        int nameEnd = e;
        if (v.IsChar(e - 1, ')'))
        {
            int open = e - 2;
            while (open > s && !v.IsChar(open, '('))
            {
                open--;
            }
            if (open > s)
            {
                nameEnd = open;
            }
        }
        int possessive = -1;
        for (int k = s; k < nameEnd; k++)
        {
            if (v.IsPossessive(k))
            {
                possessive = k;
            }
        }
        int restFirst = possessive >= 0 ? possessive + 1 : s;
        int nameFirst = nameEnd;
        while (nameFirst - 1 >= restFirst && (v.IsCap(nameFirst - 1) && !v.InSet(nameFirst - 1, StatementLexicon.RoleWords)
            || IsParticleInName(v, nameFirst - 1, restFirst)))
        {
            nameFirst--;
        }
        bool hasRole = nameFirst > restFirst;
        if (nameEnd - nameFirst > 3 && hasRole)
        {
            nameFirst = nameEnd - 2; // "Ambassador to the United Nations Vassily Nebenzia"
        }
        int tail = nameEnd - nameFirst;
        bool tailIsOrg = false;
        for (int k = nameFirst; k < nameEnd; k++)
        {
            if (v.InSet(k, StatementLexicon.OrgWords))
            {
                tailIsOrg = true;
            }
        }
        string tailText = v.SpanText(nameFirst, nameEnd);
        bool tailIsPlace = Places.Names.Contains(tailText);
        string? fuller = tail == 1 && !tailIsOrg && !tailIsPlace && !d.SpeakerIsPress ? KnownSurname(drafts, index, tailText) ?? FullNameInText(v, tailText) : null;
        string? role = null;
        string name;
        bool linked = tail > 0 && SpeaksAboutPerson(v, v.Span(s, nameEnd), v.Span(nameFirst, nameEnd));
        // "Local farmers in Brittany", "Many residents of Valdora": a name after a plural and "in" or "of" is where the
        // speakers live or work, not a speaker holding the words before as a role.
        bool groupOfAPlace = hasRole && nameFirst - 2 >= restFirst && v.Word(nameFirst - 1) is "in" or "of" or "from" or "across" or "near"
            or "outside" or "around" or "throughout"
            && (IsPluralNoun(v, nameFirst - 2)
                // "A hospital official in the town of Sorvik", "a resident of Dalen": a place named by its kind, or one
                // person of a place, says where the speaker is too.
                || v.IsLower(nameFirst - 2) && (v.InSet(nameFirst - 2, StatementLexicon.WhereaboutsNouns) || v.InSet(nameFirst - 2, StatementLexicon.UnofficialNouns)));
        if (tail > 0 && !tailIsOrg && !tailIsPlace && !d.SpeakerIsPress && !linked && !groupOfAPlace
            && (hasRole || d.Appositive is not null || tail >= 2 && tail <= 3 && possessive < 0 || fuller is not null))
        {
            name = v.SpanText(nameFirst, nameEnd);
            // "The state weather bureau, known as PAGASA": the alias's lead-in is no part of the role.
            string front = TrimDeterminer(v, s, nameFirst).TrimEnd();
            foreach (var lead in (ReadOnlySpan<string>)[", known as", ", also known as", ", better known as", ", formerly known as"])
            {
                if (front.EndsWith(lead, StringComparison.Ordinal))
                {
                    front = front[..^lead.Length];
                    break;
                }
            }
            role = JoinRole(d.RolePrefix, NamesARole(front) ? front : null, d.Appositive);
            // "Nordlink, the country's second-largest mobile operator,": an appositive headed by a body's noun describes a
            // firm, so a later "it" may be this speaker.
            // "The employers' association VRS": a description whose head is a body's noun names a body, whom a later "it" is.
            bool bodyBefore = hasRole && EntityHeads.IsBodyNoun(v.Word(nameFirst - 1));
            d.SpeakerIsPerson = !bodyBefore && (hasRole || tail >= 2 || fuller is not null || d.Appositive is not { } app || !EntityHeads.IsBodyNoun(LastWord(app)));
            if (nameEnd - nameFirst == 1)
            {
                name = KnownSurname(drafts, index, name) ?? FullNameInText(v, name) ?? name;
            }
        }
        else if (d.SpeakerIsPress)
        {
            name = pressName;
        }
        else if (tail == 0 && v.IsCap(nameEnd - 1) && AntecedentByRole(drafts, index, v.SpanText(restFirst, nameEnd)) is { } titled)
        {
            // "White House Strategic Communications Coordinator said": a bare title names its last holder
            d.Speaker = titled.Speaker! with { Span = span };
            d.SpeakerIsPerson = true;
            return;
        }
        else if (ClientOfTheLawyer(v, s, nameEnd) is { } client)
        {
            // "Her client denies the charge, Mara Venn's lawyer said": the client is the one the lawyer acts for.
            d.Speaker = client.Speaker! with { Span = span };
            d.SpeakerIsPerson = true;
            return;
        }
        else if (OwnerOfThoseActingForHim(v, s, nameEnd) is { } owned)
        {
            // "Dahl was charged … his lawyers declined to comment": the lawyers speak for the person "his" names; the
            // pronoun alone dropped would leave lawyers of no one, and the person does not speak.
            d.Speaker = new Speaker(owned, -1, span, null);
            return;
        }
        else
        {
            int first = possessive >= 0 && AllCaps(v, restFirst, nameEnd) && v.IsLower(possessive - 1) ? restFirst : s;
            name = TrimDeterminer(v, first, nameEnd);
            role = JoinRole(d.RolePrefix, null, d.Appositive);
            // "the minister" is the person titled so before; "the board" of a "Safety Board member" is the body he sits on.
            // "The hospital said" after a "Hospital chief executive" is the hospital: only a person's role word names its holder.
            if (v.Is(s, "the") && v.IsLower(nameEnd - 1) && !HasCap(v, s + 1, nameEnd) && !v.InSet(nameEnd - 1, StatementLexicon.OrgWords)
                && IsPersonRole(v, nameEnd - 1) && AntecedentByRole(drafts, index, v.Word(nameEnd - 1).ToString()) is { } byRole)
            {
                d.Speaker = byRole.Speaker! with { Span = span };
                d.SpeakerIsPerson = true;
                return;
            }
        }
        d.Speaker = new Speaker(name, EntityNamed(drafts, index, name), span, string.IsNullOrEmpty(role) ? null : role);
    }

    /// <summary>The tokens of a country or organisation the recogniser named at the start of the sentence that holds the
    /// pronoun at <paramref name="pronoun"/>, when that name is the sentence's subject (no possessive or comma after it).</summary>
    private static (int First, int End)? NamedBodyOpeningTheSentence(TokenView v, int pronoun)
    {
        var doc = v.Document;
        int sentence = doc.SentencePositionAt(v.Start(pronoun));
        if (sentence < 0)
        {
            return null;
        }
        int first = doc.Sentences[sentence].FirstToken;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start != v.Start(first) || m.Type is not (EntityType.Gpe or EntityType.Org))
            {
                continue;
            }
            int end = v.Tokens.IndexAtOrAfter(m.Span.End);
            return end < pronoun && end > first && !v.IsPossessive(end) && !v.IsPunct(end) ? (first, end) : null;
        }
        return null;
    }

    /// <summary>Whether a mention the recogniser typed a person covers exactly this span.</summary>
    private static bool IsPersonMention(Document doc, TextSpan span)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start == span.Start && m.Span.End == span.End)
            {
                return m.Type == EntityType.Person;
            }
        }
        return false;
    }

    /// <summary>The entity of an earlier speaker with this name ("Mao Ning" for a later "Mao" the recogniser left unnamed), else -1.</summary>
    private static int EntityNamed(List<AttributionDraft> drafts, int index, string name)
    {
        for (int p = index - 1; p >= 0; p--)
        {
            if (drafts[p].Speaker is { Entity: >= 0 } sp && sp.Name == name)
            {
                return sp.Entity;
            }
        }
        return -1;
    }

    /// <summary>A lower-case description, a comma and a capitalised name, with or without a closing comma ("the
    /// national weather institute, Inmet,"): the name's tokens, else null.</summary>
    private static (int First, int End)? NameBetweenCommas(TokenView v, int s, int e)
    {
        int end = e;
        if (end - 1 > s && v.IsComma(end - 1))
        {
            end--;
        }
        int first = end;
        // "Zorgnet's chief executive, Anke de Vries,": a particle inside the name is part of it.
        while (first - 1 > s && (v.IsCap(first - 1) || first < end && IsParticleInName(v, first - 1, s)))
        {
            first--;
        }
        if (first == end || end - first > 5 || first - 1 <= s || !v.IsComma(first - 1) || !v.IsCap(first))
        {
            return null;
        }
        // "France's ambassador to the UN, Davit Orbeli,": a description may end on a body's name when a role heads it and
        // the recogniser read the name after the comma as a person.
        if (!v.IsLower(first - 2) && !(LowerRoleWordIn(v, s, first - 1) && IsPersonMention(v.Document, v.Span(first, end))))
        {
            return null;
        }
        for (int k = s; k < first - 1; k++)
        {
            if (v.IsPunct(k))
            {
                return null;
            }
        }
        return (first, end);
    }

    /// <summary>"Kestan's foreign ministry called the report false. Its spokesman, Aram Vekil, …": a role opened by "Its" or
    /// "Their" names the body that spoke just before (in this paragraph or the one before) as its owner ("spokesman for
    /// Kestan (foreign ministry)"); null when the role opens otherwise or no body spoke.</summary>
    private static string? WithItsOwner(TokenView v, List<AttributionDraft> drafts, int index, string description)
    {
        int space = description.IndexOf(' ');
        if (space < 0 || !(description.StartsWith("Its ", StringComparison.Ordinal) || description.StartsWith("Their ", StringComparison.Ordinal)))
        {
            return null;
        }
        int paragraph = drafts[index].Paragraph;
        for (int p = index - 1; p >= 0 && paragraph - drafts[p].Paragraph <= 1; p--)
        {
            var a = drafts[p];
            if (a.Speaker is not { } owner || a.SpeakerIsPress || !a.HasSource || v.InSet(a.SourceFirst, StatementLexicon.SubjectPronouns) && a.SourceEnd - a.SourceFirst == 1)
            {
                continue;
            }
            return a.SpeakerIsPerson ? null : description[(space + 1)..] + " for " + owner.Name + (owner.Role is { Length: > 0 } role ? " (" + role + ")" : "");
        }
        return null;
    }

    private static bool LowerRoleWordIn(TokenView v, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (v.IsLower(k) && (v.InSet(k, StatementLexicon.RoleWords) || RoleWords.IsRoleWord(v.Word(k))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Sources close to the Kremlin", "a source in the defence ministry", "two insiders at Gazprom": a source the
    /// writer does not name, then where it sits.</summary>
    private static bool IsUnnamedSourceInABody(TokenView v, int s, int e)
    {
        int head = s;
        while (head < e - 2 && (v.IsDeterminer(head) || v.IsNumber(head) || IsCardinalWord(v.Word(head))
            || v.Is(head, "senior") || v.Is(head, "several") || v.Is(head, "other")))
        {
            head++;
        }
        if (head + 2 > e || !(v.Is(head, "source") || v.Is(head, "sources") || v.Is(head, "Sources") || v.Is(head, "Source")
            || v.Is(head, "insider") || v.Is(head, "insiders") || v.Is(head, "Insiders")))
        {
            return false;
        }
        return v.Is(head + 1, "in") || v.Is(head + 1, "at") || v.Is(head + 1, "within") || v.Is(head + 1, "inside")
            || v.Is(head + 1, "close") && head + 2 < e && v.Is(head + 2, "to");
    }

    // "two", and "Two" opening a sentence.
    private static bool IsCardinalWord(ReadOnlySpan<char> w)
    {
        if (w.Length is 0 or > 12)
        {
            return false;
        }
        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return NumberWords.Cardinals.ContainsKey(lower);
    }

    /// <summary>A plural noun for people: one ending in "s" (not "ss"), or "people", "men", "women", "children" and the
    /// compounds of "-men" ("fishermen", "gunmen"; "The people of Ohio", "women in Kabul": plurals without an "s" are groups
    /// too).</summary>
    private static bool IsGroupWord(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) || word is "people" or "men" or "women" or "children"
        || word.Length > 5 && word.EndsWith("men", StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-case "-ing" participle of six letters or more that is no verb of speech ("treating", "representing",
    /// "caring"): what a group does for someone.</summary>
    private static bool IsParticipleOfService(TokenView v, int k) =>
        v.IsLower(k) && v.Word(k).Length > 5 && v.Word(k).EndsWith("ing", StringComparison.Ordinal) && !StatementLexicon.CueLookup.ContainsKey(v.Word(k));

    /// <summary>A plural common noun, "of" and a name ("Owners of Halvard SUVs"); a title before "of" ("Secretary of State …") is a role.</summary>
    private static bool IsGroupOf(TokenView v, int s, int e)
    {
        int head = v.IsDeterminer(s) ? s + 1 : s;
        // "Owners of Halvard SUVs", and people where they are: "Doctors in Goma", "residents of the city".
        if (head + 2 >= e || !(v.Is(head + 1, "of") || v.Is(head + 1, "in") || v.Is(head + 1, "at")) || !v.IsWord(head) || !v.IsCap(head + 2) && !v.IsDeterminer(head + 2))
        {
            return false;
        }
        return IsGroupWord(v.Word(head))
            && (v.IsLower(head) || head == s && head == v.Document.Sentences[Math.Max(0, v.Document.SentencePositionAt(v.Start(head)))].FirstToken)
            && !v.InSet(head, StatementLexicon.RoleWords)
            // "Residents of Varnavas" speak for themselves, not for their town; "Analysts at Nordea" for their firm.
            && (!v.InSet(head, StatementLexicon.OrgWords) || v.Is(head, "residents") || v.Is(head, "citizens") || v.Is(head, "people"));
    }

    /// <summary>"Carver wrote …" after "Health Minister Helen Carver resigned": a person named again holds the role the
    /// story last gave them.</summary>
    private static string WithoutTitleAtEnd(string words)
    {
        int space = words.LastIndexOf(' ');
        return space > 0 && IsTitleOnly(words.AsSpan(space + 1)) ? words[..space] : words;
    }

    private static bool IsTitleOnly(ReadOnlySpan<char> role) =>
        role.Trim() is var t && (RoleFinder.IsCourtesyTitle(t) || RoleFinder.IsHonorific(t) || t is "Professor");

    private static string? EarlierRole(Document doc, EntityMention named)
    {
        if (named.Type != EntityType.Person || named.Entity < 0)
        {
            return null;
        }
        string? role = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start >= named.Span.Start)
            {
                break;
            }
            if (m.Entity == named.Entity && m.Role is { } r && !IsTitleOnly(doc.Slice(r)))
            {
                role = WithoutTrailingLink(WithoutArticle(doc.Slice(r)));
            }
        }
        return string.IsNullOrWhiteSpace(role) ? null : role;
    }

    /// <summary>"Fishermen blockading Port Calder", "Students occupying the University of Vienna": tokens [s, e) that open on
    /// a plural noun for people and a participle of what they do, with a name after it, are those people; the place or body
    /// named is what they act on.</summary>
    private static bool GroupActingOnAName(TokenView v, int s, int e)
    {
        if (e - s < 3 || !v.IsWord(s) || !IsGroupWord(v.Word(s)) || v.IsDeterminer(s) || !(v.IsLower(s) || v.OpensSentence(s))
            || !IsParticipleOfService(v, s + 1))
        {
            return false;
        }
        for (int k = s + 2; k < e; k++)
        {
            if (v.IsCap(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"a lawyer for Mr. Okafor", "an aide to Ms. Reyes", "a friend of Smith": someone linked to a named person
    /// by "for", "to" or "of" speaks as themselves; a spokesperson or representative speaks as that person.</summary>
    private static bool SpeaksAboutPerson(TokenView v, TextSpan source, TextSpan name)
    {
        // "Anand's lawyer said", "the player's new agent said": someone who acts for the person, named by the person's
        // possessive, speaks; the person does not.
        int after = v.Tokens.IndexAtOrAfter(name.End);
        if (after < v.Count && v.IsPossessive(after))
        {
            for (int j = after + 1; j < v.Count && j - after <= 3 && v.End(j) <= source.End && v.IsWord(j) && v.IsLower(j); j++)
            {
                // "Brell's supporters", "Varga's congressional allies": a group around the person speaks as itself too.
                if (IsActingForNoun(v.Word(j)) || IsGroupAroundNoun(v.Word(j)))
                {
                    return true;
                }
            }
        }
        int k = v.Tokens.IndexAtOrAfter(name.Start) - 1;
        // "a former aide to Mayor Ann Holt": the title is the named person's, and the aide speaks.
        while (k >= 0 && v.Start(k) >= source.Start && (RoleFinder.IsCourtesyTitle(v.Word(k)) || v.Is(k, "Dr.") || v.Is(k, "the")
            || v.IsCap(k) && v.InSet(k, StatementLexicon.RoleWords)))
        {
            k--;
        }
        // "the lawyer for world champion Dana Voss", "an aide to former minister Ana Ruiz": what the person is, in lower
        // case, stands between the link word and the name.
        // "The agent of Dornfeld striker Emeka Okonjo": a capitalised club or firm may stand before that noun too.
        int described = k;
        while (described >= 1 && described - k > -4 && v.Start(described) >= source.Start && v.IsWord(described)
            && (v.IsLower(described) || described < k && v.IsCap(described) && v.Start(described) > source.Start && v.IsLower(described + 1))
            && !(v.Is(described, "for") || v.Is(described, "to") || v.Is(described, "of") || v.Is(described, "and")) && !v.IsDeterminer(described)
            && !StatementLexicon.CueLookup.ContainsKey(v.Word(described)))
        {
            described--;
        }
        if (described < k && described >= 1 && (v.Is(described, "for") || v.Is(described, "to") || v.Is(described, "of")))
        {
            k = described;
        }
        // "Doctors treating Ana Ruiz said", "lawyers representing the Holt family": a participle between the speakers'
        // noun and the name says what they do for the person, who does not speak.
        if (k >= 1 && v.Start(k - 1) >= source.Start && IsParticipleOfService(v, k)
            && v.IsWord(k - 1) && !v.IsDeterminer(k - 1) && (v.IsLower(k - 1) || v.Start(k - 1) == source.Start)
            && v.Word(k - 1).EndsWith('s'))
        {
            return true;
        }
        if (k < 1 || v.Start(k) < source.Start || !(v.Is(k, "for") || v.Is(k, "to") || v.Is(k, "of")) || v.Start(k - 1) < source.Start)
        {
            return false;
        }
        var head = v.Word(k - 1);
        return v.IsLower(k - 1) && !head.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) && !v.Is(k - 1, "representative")
            && !v.Is(k - 1, "office");
    }

    /// <summary>The token after a firm's trade that opens a name of two or more capitalised words ("Telco | Nordvik",
    /// "Chipmaker | Orvane Systems"), else null.</summary>
    private static int? TradeOpeningAName(TokenView v, TextSpan mention)
    {
        int first = v.Tokens.IndexAtOrAfter(mention.Start);
        int end = v.Tokens.IndexAtOrAfter(mention.End);
        if (end - first < 2 || first >= v.Count || !v.IsCap(first) || !v.IsCap(first + 1) || !IsTradeOfAFirm(v.Word(first)))
        {
            return null;
        }
        return first + 1;
    }

    /// <summary>A firm's trade, capitalised as a headline or a sentence's first word writes it ("Telco", "Chipmaker"), that
    /// no firm's name opens with (unlike "Telecom" or "Bank").</summary>
    private static bool IsTradeOfAFirm(ReadOnlySpan<char> w) =>
        w is "Telco" or "Chipmaker" or "Carmaker" or "Automaker" or "Drugmaker" or "Steelmaker" or "Insurer" or "Lender"
            or "Retailer" or "Miner" or "Broadcaster" or "Regulator" or "Watchdog" or "Operator" or "Brewer" or "Grocer"
            or "Conglomerate" or "Startup" or "Shipbuilder" or "Shipowner" or "Refiner" or "Exporter" or "Supplier"
            or "Manufacturer" or "Planemaker" or "Toymaker" or "Phonemaker";

    /// <summary>"his lawyers", "her new agent": a possessive pronoun, up to two lower-case words and a noun for those who
    /// act for a person, named with the person the pronoun points to ("Erik Dahl's lawyers"), or with the pronoun kept when
    /// no one is found; null for any other source.</summary>
    private static string? OwnerOfThoseActingForHim(TokenView v, int s, int e)
    {
        if (e - s < 2 || e - s > 4 || !v.IsWord(s) || !IsActingForNoun(v.Word(e - 1)) || !v.IsLower(e - 1))
        {
            return null;
        }
        string pronoun = v.Word(s) switch
        {
            "his" or "His" => "he",
            "her" or "Her" => "she",
            _ => "",
        };
        if (pronoun.Length == 0)
        {
            return null;
        }
        for (int k = s + 1; k < e - 1; k++)
        {
            if (!v.IsWord(k) || !v.IsLower(k))
            {
                return null;
            }
        }
        // Only the person the pronoun's sentence, or one just before it, opens with: an earlier speaker may be of either
        // sex, and a pronoun of the other sex between them says the person is not the one meant.
        var found = PersonSubjectOfItsSentence(v, s) ?? PersonOpeningASentenceBefore(v, v.Start(s), pronoun);
        return found is { Speaker: { Entity: >= 0, Span: { } named } owner } && !OtherSexBetween(v, named.End, s, pronoun == "she")
            ? owner.Name + "'s " + v.SpanText(s + 1, e)
            : v.SpanText(s, e);
    }

    /// <summary>"her client", "his clients": the person a lawyer named in the sentence or the three before acts for ("a
    /// lawyer for Mara Venn", "Mara Venn's lawyer", "representing Mara Venn", or "His lawyer" after a sentence opening on
    /// the person); null when the source is no such phrase or no one is found.</summary>
    private static AttributionDraft? ClientOfTheLawyer(TokenView v, int s, int e)
    {
        if (e - s != 2 || !(v.Is(s, "her") || v.Is(s, "his") || v.Is(s, "their") || v.Is(s, "my") || v.Is(s, "our")
                || v.Is(s, "Her") || v.Is(s, "His") || v.Is(s, "Their") || v.Is(s, "My") || v.Is(s, "Our"))
            || !(v.Is(s + 1, "client") || v.Is(s + 1, "clients")))
        {
            return null;
        }
        var doc = v.Document;
        int sentence = doc.SentencePositionAt(v.Start(s));
        if (sentence < 0)
        {
            return null;
        }
        int from = doc.Sentences[Math.Max(0, sentence - 3)].FirstToken;
        int to = doc.Sentences[sentence].EndToken;
        for (int k = to - 1; k >= from; k--)
        {
            if (!v.IsLower(k) || !IsCounselNoun(v.Word(k)))
            {
                continue;
            }
            // "lawyer for Mara Venn", "counsel to the Venn family": the person named after "for" or "to".
            if (k + 1 < to && (v.Is(k + 1, "for") || v.Is(k + 1, "to")) && PersonAt(v, k + 2) is { } named)
            {
                return named;
            }
            int owner = k - 1;
            if (owner >= from && v.IsLower(owner) && !v.IsDeterminer(owner) && !v.IsPossessive(owner) && owner - 1 >= from)
            {
                owner--; // "Mara Venn's defence lawyer"
            }
            if (owner >= from && v.IsPossessive(owner) && PersonEndingAt(v, v.Start(owner)) is { } owning)
            {
                return owning;
            }
            if (owner >= from && (v.Is(owner, "his") || v.Is(owner, "her") || v.Is(owner, "His") || v.Is(owner, "Her")))
            {
                return PersonSubjectOfItsSentence(v, owner) ?? PersonOpeningASentenceBefore(v, v.Start(owner), v.Is(owner, "his") || v.Is(owner, "His") ? "he" : "she");
            }
        }
        for (int k = to - 2; k >= from; k--)
        {
            if ((v.Is(k, "representing") || v.Is(k, "represents") || v.Is(k, "defending")) && PersonAt(v, k + 1) is { } represented)
            {
                return represented;
            }
        }
        return null;
    }

    /// <summary>A noun for a person's lawyer ("attorney", "counsel").</summary>
    private static bool IsCounselNoun(ReadOnlySpan<char> w) =>
        w is "lawyer" or "lawyers" or "attorney" or "attorneys" or "solicitor" or "solicitors" or "barrister" or "barristers" or "counsel";

    private static AttributionDraft? PersonAt(TokenView v, int t)
    {
        if (t >= v.Count)
        {
            return null;
        }
        foreach (var m in v.Document.Mentions)
        {
            if (m.Span.Start == v.Start(t) && m.Type == EntityType.Person && m.Entity >= 0 && m.Entity < v.Document.Entities.Count)
            {
                return PersonDraft(v.Document, m);
            }
        }
        return null;
    }

    private static AttributionDraft? PersonEndingAt(TokenView v, int end)
    {
        foreach (var m in v.Document.Mentions)
        {
            if (m.Span.End == end && m.Type == EntityType.Person && m.Entity >= 0 && m.Entity < v.Document.Entities.Count)
            {
                return PersonDraft(v.Document, m);
            }
        }
        return null;
    }

    private static bool OtherSexBetween(TokenView v, int from, int pronoun, bool she)
    {
        for (int k = v.Tokens.IndexAtOrAfter(from); k < pronoun; k++)
        {
            if (she ? v.Is(k, "he") || v.Is(k, "his") || v.Is(k, "him") || v.Is(k, "He") || v.Is(k, "His")
                    : v.Is(k, "she") || v.Is(k, "her") || v.Is(k, "She") || v.Is(k, "Her"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A noun for someone who acts or speaks for a person, or is close to one ("lawyer", "agent", "wife").</summary>
    private static bool IsActingForNoun(ReadOnlySpan<char> w) =>
        IsCounselNoun(w) || w is "agent" or "agents"
            or "representative" or "representatives" or "wife" or "husband" or "widow" or "widower" or "partner" or "son" or "daughter"
            or "mother" or "father" or "brother" or "sister" or "family" or "relatives" or "friend" or "friends" or "aide" or "aides"
            or "adviser" or "advisers" or "advisor" or "advisors" or "doctor" or "doctors" or "manager";

    /// <summary>A plural noun for people who stand with or against a person ("allies", "critics"): X's allies are not X.</summary>
    private static bool IsGroupAroundNoun(ReadOnlySpan<char> w) =>
        w is "allies" or "supporters" or "backers" or "critics" or "opponents" or "rivals" or "detractors" or "loyalists"
            or "colleagues" or "associates" or "confidants" or "followers" or "staffers";

    // " embassy in ", "'s mission to the ": a diplomatic body's noun, then the place it sits in, and nothing else between.
    private static bool MissionBetween(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        if (gap.EndsWith(" the", StringComparison.Ordinal))
        {
            gap = gap[..^4];
        }
        int space = gap.LastIndexOf(' ');
        if (space < 0 || gap[(space + 1)..] is not ("in" or "to" or "at"))
        {
            return false;
        }
        var before = gap[..space].TrimEnd();
        int word = before.LastIndexOf(' ');
        var noun = word < 0 ? before : before[(word + 1)..];
        return before.Length <= 24 && StatementLexicon.IsMissionAbroad(noun);
    }

    /// <summary>Whether a comma stands among the tokens that start in <c>[from, to)</c> (character offsets).</summary>
    internal static bool CommaBetween(TokenView v, int from, int to)
    {
        for (int k = v.Tokens.IndexAtOrAfter(from); k < v.Count && v.Start(k) < to; k++)
        {
            if (v.IsComma(k))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasPersonTail(TokenView v, int s, int e)
    {
        // "White House spokesman John Kirby" names a press officer, not the press
        int k = e;
        while (k - 1 >= s && v.IsCap(k - 1))
        {
            k--;
        }
        return k > s && k < e && v.IsLower(k - 1) && !v.InSet(k - 1, StatementLexicon.PressWords) && !v.IsDeterminer(k - 1);
    }

    /// <summary>
    /// The names of a coordinated source ("the PP and Vox", "Britain, France and Germany", "Both Kyiv and Washington"):
    /// capitalised runs, each may open with "the", joined by commas and one "and"; null when the phrase is one name ("Bosnia and Herzegovina", a
    /// name the recogniser found across the "and") or holds any other word.
    /// </summary>
    private static List<(int First, int End)>? Conjuncts(TokenView v, int s, int e)
    {
        int and = -1;
        for (int k = s; k < e; k++)
        {
            if (v.Is(k, "and") && v.IsLower(k))
            {
                if (and >= 0)
                {
                    return null;
                }
                and = k;
            }
        }
        if (and <= s || and >= e - 1)
        {
            return null;
        }
        var doc = v.Document;
        int andStart = v.Start(and);
        foreach (var mention in doc.Mentions)
        {
            if (mention.Span.Start < andStart && mention.Span.End > andStart)
            {
                return null;
            }
        }
        var parts = new List<(int First, int End)>();
        // "Both Kyiv and Washington", "Either party": the word that pairs the names is none of them.
        int partFirst = v.Is(s, "both") || v.Is(s, "either") || v.Is(s, "neither") ? s + 1 : s;
        for (int k = s; k <= e; k++)
        {
            if (k < e && !v.IsComma(k) && k != and)
            {
                continue;
            }
            int first = partFirst;
            if (first == k && k == and && k > s && v.IsComma(k - 1))
            {
                partFirst = k + 1; // the serial comma: "Britain, France, and Germany"
                continue;
            }
            if (first < k && v.Is(first, "the"))
            {
                first++;
            }
            if (first >= k || v.InSet(k - 1, StatementLexicon.RoleWords))
            {
                return null;
            }
            for (int m = first; m < k; m++)
            {
                if (!v.IsCap(m))
                {
                    return null;
                }
            }
            parts.Add((first, k));
            partFirst = k + 1;
        }
        // "Trade and Industry Minister Kofi Mensah": two words of a portfolio joined before a title are one title, not
        // a second speaker; a named first part ("Kyiv and NATO Secretary-General …") still speaks.
        if (parts.Count == 2 && parts[0].End - parts[0].First <= 2 && TitleInside(v, parts[1]) && !Named(doc, v.Span(parts[0].First, parts[0].End)))
        {
            return null;
        }
        return parts;
    }

    private static bool TitleInside(TokenView v, (int First, int End) part)
    {
        for (int m = part.First + 1; m < part.End - 1; m++)
        {
            if (v.InSet(m, StatementLexicon.RoleWords))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Named(Document doc, TextSpan span)
    {
        foreach (var mention in doc.Mentions)
        {
            if (mention.Span.Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Polish and German authorities", "French, Dutch and Belgian police": single capitalised words joined by commas
    /// and one "and", the last followed by lower-case words up to the source's end. The parts are the adjectives, the last
    /// with the head; the head's first token is given too. Null for any other shape.</summary>
    private static (List<(int First, int End)> Parts, int Head)? SharedHead(TokenView v, int s, int e)
    {
        var parts = new List<(int First, int End)>();
        int k = v.Is(s, "the") ? s + 1 : s;
        while (k < e && v.IsCap(k))
        {
            parts.Add((k, k + 1));
            k++;
            if (k < e && v.IsComma(k))
            {
                k++;
                if (k < e && v.Is(k, "and"))
                {
                    k++;
                }
                continue;
            }
            if (k < e && v.Is(k, "and"))
            {
                k++;
                continue;
            }
            break;
        }
        int head = k;
        if (parts.Count < 2 || head >= e || !v.IsCap(head - 1) || !v.Is(head - 2, "and") && !v.IsComma(head - 2))
        {
            return null;
        }
        for (int m = head; m < e; m++)
        {
            if (!v.IsLower(m) || v.Is(m, "and"))
            {
                return null;
            }
        }
        parts[^1] = (parts[^1].First, e);
        return (parts, head);
    }

    private static bool FromEntities(TokenView v, AttributionDraft d, TextSpan span)
    {
        var doc = v.Document;
        int best = -1;
        for (int m = 0; m < doc.Mentions.Count; m++)
        {
            var mention = doc.Mentions[m];
            // "a Washington-based think tank": a place that says where a body sits is no speaker.
            if (!span.Overlaps(mention.Span) || doc.Text.AsSpan(mention.Span.End).StartsWith("-based", StringComparison.Ordinal))
            {
                continue;
            }
            // "The builder of a dam that collapsed in Laos": a name inside a relative clause of the source says where or what,
            // not who speaks.
            if (RelativeBetween(v, span.Start, mention.Span.Start) || KnowledgeBetween(doc.Text.AsSpan(span.Start, Math.Max(0, mention.Span.Start - span.Start))))
            {
                continue;
            }
            // "IG Metall, Germany's largest union,": a name in an appositive after the comma describes the one before it.
            if (best >= 0 && mention.Span.Start > doc.Mentions[best].Span.End && CommaBetween(v, doc.Mentions[best].Span.End, mention.Span.Start)
                && !PossessorsDescriptionBefore(v, doc.Mentions[best].Span.End, mention.Span.Start))
            {
                continue;
            }
            // "the Russian embassy in Lisbon", "Iran's mission to the UN": where a country's mission sits is not whose it is.
            if (best >= 0 && mention.Span.Start > doc.Mentions[best].Span.End && MissionBetween(doc.Text.AsSpan(doc.Mentions[best].Span.End, mention.Span.Start - doc.Mentions[best].Span.End)))
            {
                continue;
            }
            // "The Met Office in London", "a court in Paris": a place right after a named body says where it sits.
            if (best >= 0 && doc.Mentions[best].Type == EntityType.Org && mention.Type is EntityType.Gpe or EntityType.Loc
                && mention.Span.Start > doc.Mentions[best].Span.End
                && doc.Text.AsSpan(doc.Mentions[best].Span.End, mention.Span.Start - doc.Mentions[best].Span.End).Trim() is "in" or "at" or "based in")
            {
                continue;
            }
            // A later mention of the same entity is its acronym in brackets ("the National Intelligence Service (NIS)").
            bool sameEntity = best >= 0 && mention.Entity >= 0 && mention.Entity == doc.Mentions[best].Entity;
            // "Ana Ruiz of Corvel", "Jo Park at Hollis": a name after "of" or "at" says where the person before it works.
            if (best >= 0 && doc.Mentions[best].Type == EntityType.Person && mention.Span.Start > doc.Mentions[best].Span.End
                && doc.Text.AsSpan(doc.Mentions[best].Span.End, mention.Span.Start - doc.Mentions[best].Span.End).Trim() is "of" or "at")
            {
                continue;
            }
            if (best < 0 || !sameEntity && (mention.Type == EntityType.Person || doc.Mentions[best].Type != EntityType.Person && mention.Span.Start > doc.Mentions[best].Span.Start)
                || BodyHeadsAfterAWord(doc, span, doc.Mentions[best], mention))
            {
                best = m;
            }
        }
        if (best < 0)
        {
            return false;
        }
        var chosen = doc.Mentions[best];
        if (BodyAfterItsPossessive(v, chosen.Span, span))
        {
            return false; // "and Velmoria's Civil Aviation Authority said": the body speaks, its place only says whose it is
        }
        if (d.SpeakerIsPress && chosen.Type is EntityType.Norp or EntityType.Gpe && chosen.Span.End < span.End)
        {
            return false; // "Portuguese newspaper Record reported": the paper speaks, not Portugal
        }
        if (chosen.Type == EntityType.Person && SpeaksAboutPerson(v, span, chosen.Span))
        {
            return false; // "A lawyer for Mr. Okafor said": the lawyer speaks; Okafor is who she speaks for
        }
        if (chosen.Type is EntityType.Person or EntityType.Loc && NamesABody(doc, chosen.Span, span))
        {
            // "The Ashford school board said": a person's or landmark's name a body's noun follows names the body.
            return false;
        }
        if (chosen.Type != EntityType.Person && TitledNameAfter(v, chosen.Span.End, span.End))
        {
            return false; // "Union chairman Kees de Vries": the titled person the recogniser missed speaks, not the union
        }
        // "Western officials", "Arab diplomats": a group word no country stands behind names no one by itself, however
        // short the phrase it opens.
        if (chosen.Type == EntityType.Norp && chosen.Span.End < span.End
            && (chosen.Entity < 0 || chosen.Entity >= doc.Entities.Count || doc.Entities[chosen.Entity].Type == EntityType.Norp))
        {
            return false;
        }
        if (chosen.Type is EntityType.Gpe or EntityType.Norp && NameAroundPlace(v, chosen.Span, span) is { } whole)
        {
            d.Speaker = new Speaker(whole, -1, span, JoinRole(d.RolePrefix, null, d.Appositive));
            return true;
        }
        if (chosen.Type is EntityType.Gpe or EntityType.Loc or EntityType.Norp && UnrecognisedNameAfterPossessor(v, chosen.Span.End, span.End) is { } described)
        {
            // "Vardia's main opposition party, the Liberal Union": the capitalised name the recogniser missed speaks; the
            // place says whose it is, and the words before the comma are its description.
            d.Speaker = new Speaker(v.SpanText(described.First, described.End), -1, span,
                JoinRole(d.RolePrefix, WithoutArticle(doc.Text[span.Start..v.Start(described.Comma)].Trim()), d.Appositive));
            d.SpeakerIsPerson = false;
            return true;
        }
        // a demonym or place inside a longer common phrase ("the North Korean government") keeps the phrase
        if (chosen.Type != EntityType.Person && chosen.Type != EntityType.Org && span.Length > chosen.Span.Length + 12 && !d.SpeakerIsPress)
        {
            var ent = chosen.Entity >= 0 && chosen.Entity < doc.Entities.Count ? doc.Entities[chosen.Entity] : null;
            if (ent is { Type: EntityType.Norp })
            {
                // "Western intelligence officials": a group word no country stands behind names no one by itself.
                return false;
            }
            if (BodyAfter(doc, chosen, span) is { } people && SpeaksForNoState(people))
            {
                // "two Ukrainian security sources", "Russian analysts": people of a country, not its government.
                return false;
            }
            var whose = BodyAfter(doc, chosen, span) ?? BodyBefore(v, chosen, span);
            if (whose is not null && SpeaksForNoState(whose))
            {
                return false; // "residents in Kherson" speak for themselves
            }
            d.Speaker = new Speaker(ent?.Name ?? doc.Slice(chosen.Span), chosen.Entity, span, JoinRole(d.RolePrefix, whose, d.Appositive));
            return true;
        }
        if (chosen.Type is EntityType.Gpe or EntityType.Loc or EntityType.Norp && (BodyAfter(doc, chosen, span) ?? BodyBefore(v, chosen, span)) is { } trade
            && SpeaksForNoState(trade))
        {
            return false; // "Laos dam builder", "Chinese steelmakers": a country's firms speak for themselves
        }
        string name = chosen.Entity >= 0 && chosen.Entity < doc.Entities.Count ? doc.Entities[chosen.Entity].Name : doc.Slice(chosen.Span);
        if (TradeOpeningAName(v, chosen.Span) is int rest)
        {
            // "Telco Nordvik says breach hit …": a headline's title case (or a sentence's first capital) gave the firm's
            // trade a capital, and the recogniser took it into the name; the trade says what the firm is.
            d.Speaker = new Speaker(v.SpanText(rest, v.Tokens.IndexAtOrAfter(chosen.Span.End)), chosen.Entity, span,
                JoinRole(d.RolePrefix, v.Word(rest - 1).ToString(), d.Appositive));
            d.SpeakerIsPerson = false;
            return true;
        }
        string? before = chosen.Span.Start > span.Start ? doc.Text[span.Start..chosen.Span.Start].Trim().TrimEnd(',') : null;
        // "Shopkeepers near the Harlow Mills factory": people beside a place do not speak for it; the source's own words
        // name them.
        if (before is not null && (LastWordIs(before, "near") || LastWordIs(before, "outside") || LastWordIs(before, "around")
            || LastWordIs(before, "beside") || LastWordIs(before, "opposite")))
        {
            return false;
        }
        if (before is not null && PersonOfPlace(before) is { } person)
        {
            // "Tom Hale of Sunbridge said": the recogniser missed the person and took the firm for one; the capitalised
            // words before "of" or "at" are who speaks.
            d.Speaker = new Speaker(person, -1, span, JoinRole(d.RolePrefix, null, d.Appositive));
            d.SpeakerIsPerson = true;
            return true;
        }
        if (before is not null)
        {
            // "the carrier's insurer, the Northern Mutual club": the article after the comma goes, and then the comma.
            before = WithoutTrailingLink(WithoutArticle(before)).TrimEnd(',');
            // A possessor ("the country's National Intelligence Service") says whose it is, not what role it has, and
            // plain adjectives ("a new Washington Post-ABC News poll") say neither: a role has a title or a capital.
            if (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal) || !NamesARole(before))
            {
                before = null;
            }
        }
        string? role = chosen.Role is { } r ? WithoutTrailingLink(WithoutArticle(doc.Slice(r))) : before ?? EarlierRole(doc, chosen);
        // "union leader Marta Ruiz", "WHO regional director Dr. Amina Sule": the recogniser's role kept only the head noun;
        // the words before the name that end with it are the whole title.
        string? title = before is null ? null : WithoutTitleAtEnd(before);
        if (role is not null && title is not null && title.Length > role.Length && title.EndsWith(role, StringComparison.OrdinalIgnoreCase)
            && title[^(role.Length + 1)] == ' ' && !title.Contains(',') && title.AsSpan().Count(' ') <= 3)
        {
            role = title;
        }
        if (role is not null && IsTitleOnly(role))
        {
            // "Dr." says how to address her, not what she does; "lead investigator Professor" keeps the words before it.
            role = title is { Length: > 0 } && !IsTitleOnly(title) && !title.Contains(',') && title.AsSpan().Count(' ') <= 3 ? title : null;
        }
        if (chosen.Type != EntityType.Person && BodyAfter(doc, chosen, span) is { } body)
        {
            role = string.IsNullOrWhiteSpace(role) ? body : role + " " + body;
        }
        d.Speaker = new Speaker(name, chosen.Entity, span, JoinRole(d.RolePrefix, string.IsNullOrWhiteSpace(role) ? null : role, d.Appositive));
        d.SpeakerIsPerson = chosen.Type == EntityType.Person;
        return true;
    }

    /// <summary>"Dairy farmers' union LTO said": a body's name that ends the source after lower-case words heads it; a one-word
    /// "person" before those words (a common word the recogniser took for a name) only describes it. "Ana Ruiz of LTO",
    /// "Ana Ruiz, spokeswoman for LTO" keep the person.</summary>
    private static bool BodyHeadsAfterAWord(Document doc, TextSpan source, EntityMention person, EntityMention body)
    {
        if (person.Type != EntityType.Person || body.Type != EntityType.Org || body.Span.End != source.End || body.Span.Start <= person.Span.End
            || doc.Slice(person.Span).Contains(' '))
        {
            return false;
        }
        var between = doc.Text.AsSpan(person.Span.End, body.Span.Start - person.Span.End).Trim();
        if (between.IsEmpty || !char.IsLower(between[0]) || between.ContainsAny(',', '(', ';'))
        {
            return false;
        }
        foreach (var range in between.Split(' '))
        {
            if (between[range] is "of" or "at" or "for" or "from" or "with" or "and" or "to")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A body's name that holds a place or a people the recogniser took alone: "Health Canada" (one capitalised word, no
    /// title or body word, right before a country that ends the source) and "the Organisation of American States" (a
    /// people between "of" after a capitalised word and a capitalised word after it); the name, else null.
    /// </summary>
    /// <summary>"Velmoria's Civil Aviation Authority": a name, its possessive and two or more capitalised words that end
    /// the source on a body's noun.</summary>
    /// <summary>"Vardia's main opposition party, the Liberal Union,", "the carrier's insurer, Northern Mutual,": the name
    /// before holds what is described ("'s" and lower-case words up to the comma), so the name after the comma is the one
    /// described, the reverse of "IG Metall, Germany's largest union".</summary>
    private static bool PossessorsDescriptionBefore(TokenView v, int possessorEnd, int nameStart)
    {
        int p = v.Tokens.IndexAtOrAfter(possessorEnd);
        if (p >= v.Count || v.Start(p) != possessorEnd || !v.IsPossessive(p))
        {
            return false;
        }
        int k = p + 1;
        int words = 0;
        while (k < v.Count && v.Start(k) < nameStart && v.IsWord(k) && v.IsLower(k))
        {
            k++;
            words++;
        }
        if (words == 0 || words > 5 || !v.IsComma(k))
        {
            return false;
        }
        k++;
        if (k < v.Count && v.IsDeterminer(k) && v.Start(k) < nameStart)
        {
            k++;
        }
        return k < v.Count && v.Start(k) == nameStart;
    }

    /// <summary>The capitalised words that end the source after a place's description of them ("Vardia's main opposition
    /// party, the Liberal Union"), with the description's comma; null when the source does not read so.</summary>
    private static (int First, int End, int Comma)? UnrecognisedNameAfterPossessor(TokenView v, int placeEnd, int sourceEnd)
    {
        int p = v.Tokens.IndexAtOrAfter(placeEnd);
        if (p >= v.Count || v.Start(p) != placeEnd || !v.IsPossessive(p))
        {
            return null;
        }
        int comma = p + 1;
        while (comma < v.Count && v.End(comma) < sourceEnd && v.IsLower(comma))
        {
            comma++;
        }
        if (comma == p + 1 || comma - p > 6 || !v.IsComma(comma) || v.End(comma) >= sourceEnd)
        {
            return null;
        }
        int first = comma + 1;
        if (v.IsDeterminer(first))
        {
            first++;
        }
        int end = first;
        while (end < v.Count && v.End(end) <= sourceEnd && v.IsCap(end))
        {
            end++;
        }
        return end > first && v.End(end - 1) == sourceEnd ? (first, end, comma) : null;
    }

    private static bool BodyAfterItsPossessive(TokenView v, TextSpan name, TextSpan source)
    {
        int p = v.Tokens.IndexAtOrAfter(name.End);
        int end = v.Tokens.IndexAtOrAfter(source.End);
        if (p >= v.Count || v.Start(p) != name.End || !v.IsPossessive(p) || end - p < 3)
        {
            return false;
        }
        for (int k = p + 1; k < end; k++)
        {
            if (!v.IsCap(k))
            {
                return false;
            }
        }
        return v.InSet(end - 1, StatementLexicon.OrgWords) || EntityHeads.IsBodyNoun(v.Word(end - 1));
    }

    private static string? NameAroundPlace(TokenView v, TextSpan place, TextSpan source)
    {
        int a = v.Tokens.IndexAtOrAfter(place.Start), b = v.Tokens.IndexAtOrAfter(place.End);
        int first = v.Tokens.IndexAtOrAfter(source.Start), end = v.Tokens.IndexAtOrAfter(source.End);
        if (a - 1 >= first && b == end && v.IsCap(a - 1) && !v.IsDeterminer(a - 1) && !v.InSet(a - 1, StatementLexicon.RoleWords)
            && !v.InSet(a - 1, StatementLexicon.OrgWords) && !IsTitleOnly(v.Word(a - 1))
            && (a - 2 < first || !v.IsCap(a - 2) || v.IsDeterminer(a - 2)))
        {
            return v.SpanText(a - 1, b);
        }
        if (a - 2 >= first && v.Is(a - 1, "of") && v.IsCap(a - 2) && !v.IsDeterminer(a - 2) && b < end && v.IsCap(b))
        {
            int s = a - 2;
            while (s - 1 >= first && v.IsCap(s - 1) && !v.IsDeterminer(s - 1))
            {
                s--;
            }
            int e = b;
            while (e < end && v.IsCap(e))
            {
                e++;
            }
            return v.SpanText(s, e);
        }
        return null;
    }

    /// <summary>Two or three capitalised words (no title, no name of a body) and "of" or "at": the words, else null.</summary>
    private static string? PersonOfPlace(string before)
    {
        int space = before.LastIndexOf(' ');
        if (space < 0 || before[(space + 1)..] is not ("of" or "at"))
        {
            return null;
        }
        string words = before[..space];
        int count = 0;
        foreach (var range in words.AsSpan().Split(' '))
        {
            var w = words.AsSpan(range);
            if (w.Length < 2 || !char.IsUpper(w[0]) || StatementLexicon.RoleWords.Contains(w) || StatementLexicon.OrgWords.Contains(w))
            {
                return null;
            }
            count++;
        }
        return count is 2 or 3 ? words : null;
    }

    /// <summary>
    /// The common nouns after a place or nationality that say which part of it speaks ("Ukrainian prosecutors", "US
    /// intelligence", "the North Korean government"): the speaker is the country, and they are its role.
    /// </summary>
    private static bool SpeaksForNoState(string body)
    {
        // "builder of a dam": the noun before an "of" phrase is the head.
        int of = body.IndexOf(" of ", StringComparison.Ordinal);
        var phrase = of > 0 ? body.AsSpan(0, of) : body.AsSpan();
        var head = phrase[(phrase.LastIndexOf(' ') + 1)..];
        // "a hospital official in Sorvik", "school officials in Kent": who serves a site speaks for it, not for the place.
        var modifiers = phrase[..Math.Max(0, phrase.Length - head.Length)].TrimEnd();
        var modifier = modifiers[(modifiers.LastIndexOf(' ') + 1)..];
        if (modifier is "hospital" or "clinic" or "school" or "prison" or "plant" or "factory" or "mine" or "airport" or "university"
            or "shelter" or "morgue" or "camp")
        {
            return true;
        }
        // "Canada's steel industry group", "Germany's exporters": bodies of a country's trade or society, not its state;
        // "growers in Andalusia", "dockers in Rotterdam": people named by what they do, unless that is governing.
        return StatementLexicon.UnofficialNouns.Contains(head)
            || head.Length > 5 && head.EndsWith("ers", StringComparison.Ordinal) && char.IsLower(head[0])
                && head is not ("ministers" or "leaders" or "lawmakers" or "officers" or "members" or "policymakers" or "rulers"
                    or "commanders" or "soldiers" or "peacekeepers" or "rangers" or "troopers" or "lawyers" or "negotiators" or "speakers") || head is "group" or "groups" or "association" or "lobby" or "chamber"
            or "industry" or "companies" or "firms" or "producers" or "manufacturers" or "exporters" or "importers" or "businesses"
            or "employers" or "union" or "unions" or "federation" or "shipowners" or "opposition" or "carmakers" or "automakers" or "steelmakers" or "farmers"
            or "builder" or "builders" or "maker" or "makers" or "operator" or "operators" or "contractor" or "contractors"
            or "developer" or "developers" or "supplier" or "suppliers" or "insurer" or "insurers" or "lenders" or "airline"
            or "airlines" or "company" or "firm" or "carmaker" or "automaker" or "steelmaker" or "miner" or "miners"
            or "fund" or "funds" or "bank" or "banks" or "lender" or "hospital" or "university" or "school" or "newspaper"
            or "broadcaster" or "club" or "clubs" or "carrier" or "carriers" or "retailer" or "retailers" or "utility"
            or "utilities" or "chipmaker" or "shipping" or "conglomerate" or "startup";
    }

    // "Two people familiar with Nordbank's plans", "sources close to the president": what the sources know about is not
    // who they are; the name after the phrase speaks no more than a name in a relative clause.
    private static bool KnowledgeBetween(ReadOnlySpan<char> before) =>
        before.Contains(" familiar with ", StringComparison.Ordinal) || before.Contains(" close to ", StringComparison.Ordinal)
        || before.Contains("knowledge of ", StringComparison.Ordinal) || before.Contains(" briefed on ", StringComparison.Ordinal)
        || before.Contains(" aware of ", StringComparison.Ordinal) || before.Contains(" involved in ", StringComparison.Ordinal);

    private static bool RelativeBetween(TokenView v, int from, int to)
    {
        for (int k = v.Tokens.IndexAtOrAfter(from) + 1; k < v.Count && v.Start(k) < to; k++)
        {
            if (v.Is(k, "that") || v.Is(k, "which") || v.Is(k, "who") || v.Is(k, "whose") || v.Is(k, "where"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Environmental prosecutors in Minas Gerais": the words before "in" or "from" and a place that closes the
    /// source are who of that place speaks.</summary>
    private static string? BodyBefore(TokenView v, EntityMention chosen, TextSpan span)
    {
        int at = v.Tokens.IndexAtOrAfter(chosen.Span.Start) - 1;
        if (chosen.Span.End < span.End || at < 1 || v.Start(at) <= span.Start || !v.IsWord(at - 1))
        {
            return null;
        }
        // "in the nearby town of Sorvik", "of the village of Dalen": a place named with its kind is where the words before
        // the kind put the speaker, as the bare name would be.
        if (v.Is(at, "of") && at - 2 > v.Tokens.IndexAtOrAfter(span.Start) && v.IsLower(at - 1) && v.InSet(at - 1, StatementLexicon.WhereaboutsNouns))
        {
            int kind = at - 1;
            int det = v.IsDeterminer(kind - 1) ? kind - 1 : v.IsLower(kind - 1) && kind - 2 >= 0 && v.IsDeterminer(kind - 2) ? kind - 2 : -1;
            if (det > 0 && v.Start(det) > span.Start)
            {
                at = det - 1;
                if (!v.IsWord(at - 1) || v.Start(at) <= span.Start)
                {
                    return null;
                }
            }
        }
        // "residents of Valdora", "many farmers of the region": people of a place, as "in" or "from" it.
        if (v.Is(at, "in") || v.Is(at, "from") || v.Is(at, "of") && v.IsLower(at - 1) && v.InSet(at - 1, StatementLexicon.UnofficialNouns))
        {
            return WithoutArticle(v.Text[span.Start..v.End(at - 1)].Trim());
        }
        // "the mayor of Kyiv said", "the governor of Texas": an office or body of a place is the role; a place that stands
        // for another entity stays in it, since a capital's mayor is not the country's government.
        if (v.Is(at, "of") && v.IsLower(at - 1) && (RoleWords.IsRoleHead(v.Word(at - 1)) || EntityHeads.IsBodyNoun(v.Word(at - 1))
            || v.Is(at - 1, "prefecture") || v.Is(at - 1, "government")))
        {
            var doc = v.Document;
            bool namedSo = chosen.Entity >= 0 && chosen.Entity < doc.Entities.Count
                && doc.Entities[chosen.Entity].Name.AsSpan().Equals(doc.Text.AsSpan(chosen.Span.Start, chosen.Span.Length), StringComparison.Ordinal);
            return WithoutArticle(v.Text[span.Start..(namedSo ? v.End(at - 1) : chosen.Span.End)].Trim());
        }
        return null;
    }

    /// <summary>"The Ashford school board", "the Kelso water authority": lowercase words closed by a body's noun right after
    /// the name, to the end of the source.</summary>
    private static bool NamesABody(Document doc, TextSpan name, TextSpan span)
    {
        if (name.End >= span.End)
        {
            return false;
        }
        var rest = doc.Text.AsSpan(name.End, span.End - name.End).Trim();
        if (rest.IsEmpty || rest.Length > 30 || !char.IsLower(rest[0]) || rest.Contains(',') || rest.StartsWith("'s", StringComparison.Ordinal)
            || rest.StartsWith("’s", StringComparison.Ordinal))
        {
            return false;
        }
        int space = rest.LastIndexOf(' ');
        var head = rest[(space + 1)..];
        return (space < 0 || rest[..space].IndexOf(' ') < 0) && (EntityHeads.IsBodyNoun(head) || StatementLexicon.OrgWords.Contains(head) || head is "trust");
    }

    private static string? BodyAfter(Document doc, EntityMention chosen, TextSpan span)
    {
        if (chosen.Type is EntityType.Person || chosen.Span.End >= span.End)
        {
            return null;
        }
        var rest = doc.Text.AsSpan(chosen.Span.End, span.End - chosen.Span.End).Trim();
        // "a senior EU diplomat", "a Hamas spokesman": after an organisation only a person's office is a role (not "poll"),
        // or a body of its own in lower case ("the United Nations refugee agency", "the Varnel defence ministry", where the
        // recogniser took the country for an organisation).
        if (chosen.Type is EntityType.Org && !(rest.Length > 0 && (RoleWords.IsRoleHead(rest[(rest.LastIndexOf(' ') + 1)..])
            || char.IsLower(rest[0]) && EntityHeads.IsBodyNoun(rest[(rest.LastIndexOf(' ') + 1)..]))))
        {
            return null;
        }
        // "Russia's defence ministry": the possessive says whose body it is.
        if (rest.StartsWith("'s ", StringComparison.Ordinal) || rest.StartsWith("\u2019s ", StringComparison.Ordinal))
        {
            rest = rest[3..].TrimStart();
        }
        if (rest.IsEmpty || rest.Length > 40)
        {
            return null;
        }
        // "embassy in Lisbon": a mission's role keeps where it sits.
        int space = rest.IndexOf(' ');
        if (space > 0 && StatementLexicon.IsMissionAbroad(rest[..space]) && MissionBetween(rest[..(rest.LastIndexOf(' ') + 1)]))
        {
            return rest.ToString();
        }
        // "Ukraine's General Staff", "Spain's Foreign Ministry": a capitalised body of a country, which the recogniser did
        // not name on its own, is its role too.
        var last = rest[(rest.LastIndexOf(' ') + 1)..];
        bool capitalisedBody = chosen.Type is EntityType.Gpe or EntityType.Norp && char.IsUpper(rest[0])
            && (EntityHeads.IsOrganisationHead(last) || last is "Staff" or "Police" or "Prosecutor");
        for (int i = 0; i < rest.Length; i++)
        {
            // "Greece's shipowners' union": a plural possessive inside the body's words ends a word; "the Lithuanian
            // prosecutor's office" holds a singular one.
            char c = rest[i];
            bool pluralPossessive = c is '\'' or '\u2019' && i > 0 && rest[i - 1] == 's' && (i + 1 == rest.Length || rest[i + 1] == ' ');
            bool possessive = c is '\'' or '\u2019' && i > 0 && char.IsLower(rest[i - 1]) && i + 2 < rest.Length && rest[i + 1] == 's' && rest[i + 2] == ' ';
            if (!char.IsLower(c) && c is not ' ' and not '-' && !pluralPossessive && !possessive && !(capitalisedBody && char.IsLetter(c)))
            {
                return null;
            }
        }
        return rest.ToString();
    }

    /// <summary>The body noun ("court") an "it" at <paramref name="pronoun"/> names: that of "The court disagreed." when a
    /// sentence of the pronoun's paragraph, after the antecedent's words and up to the pronoun's own sentence, opens with
    /// "the" and a body's noun as its subject; else null (also for any other pronoun).</summary>
    private static string? ItsBody(TokenView v, AttributionDraft? antecedent, int pronoun)
    {
        if (!v.Is(pronoun, "it") && !v.Is(pronoun, "It"))
        {
            return null;
        }
        var doc = v.Document;
        int sentence = doc.SentencePositionAt(v.Start(pronoun));
        int paragraph = doc.ParagraphPositionAt(v.Start(pronoun));
        int after = antecedent is null ? -1 : v.End(antecedent.CueEnd - 1);
        // The pronoun's own sentence too: "The ministry put the toll at 131, up from the 114 deaths it reported".
        for (int k = sentence; k >= 0 && k >= sentence - 2; k--)
        {
            int first = doc.Sentences[k].FirstToken;
            if (k == sentence && first + 3 >= pronoun)
            {
                continue;
            }
            if (v.Start(first) < after || doc.ParagraphPositionAt(v.Start(first)) != paragraph)
            {
                return null;
            }
            if (!v.Is(first, "The"))
            {
                continue;
            }
            int head = first + 1;
            while (head < first + 3 && head + 1 < doc.Sentences[k].EndToken && v.IsLower(head) && v.IsLower(head + 1) && !IsBody(v, head))
            {
                head++;
            }
            if (head + 1 < doc.Sentences[k].EndToken && v.IsLower(head) && IsBody(v, head) && v.IsLower(head + 1) && v.IsWord(head + 1)
                && !v.InSet(head + 1, StatementLexicon.RightStops) && !v.Is(head + 1, "of"))
            {
                string name = v.Word(head).ToString();
                return antecedent?.Speaker is { } known && known.Name.Contains(name, StringComparison.OrdinalIgnoreCase) ? null : name;
            }
        }
        return null;
    }

    private static bool IsBody(TokenView v, int k) => EntityHeads.IsBodyNoun(v.Word(k)) || v.InSet(k, StatementLexicon.OrgWords);

    private static AttributionDraft? Antecedent(TokenView v, List<AttributionDraft> drafts, int index, ReadOnlySpan<char> pronoun)
    {
        bool person = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("i", StringComparison.OrdinalIgnoreCase);
        bool group = pronoun.Equals("they", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("we", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("it", StringComparison.OrdinalIgnoreCase);
        bool it = pronoun.Equals("it", StringComparison.OrdinalIgnoreCase);
        int paragraph = drafts[index].Paragraph;
        // "Harbour master Ivo Lind on Tuesday released photos of cracks he said he found": the person whose clause the
        // pronoun's stands in is nearer than any speaker of a sentence before; else a person opening a sentence before.
        var subject = person && drafts[index].HasSource
            ? PersonSubjectOfItsSentence(v, drafts[index].SourceFirst) ?? PersonOpeningASentenceBefore(v, v.Start(drafts[index].SourceFirst), pronoun)
            : null;
        for (int p = index - 1; p >= 0; p--)
        {
            var a = drafts[p];
            if (paragraph - a.Paragraph > 4)
            {
                break;
            }
            if (a.Speaker is null || a.Speaker.Entity < 0 && a.Speaker.Span is { } sp && sp.Length <= 4 && Pronounish(a.Speaker.Name))
            {
                continue;
            }
            // "Anna Berg, whose Greens gained three seats, declined to say …": a source read from a relative clause is no
            // one a later pronoun names.
            if (a.HasSource && (v.Is(a.SourceFirst, "whose") || v.Is(a.SourceFirst, "who") || v.Is(a.SourceFirst, "which")))
            {
                continue;
            }
            // "the national disaster agency said. … it added": "it" may be a body the press test took for an outlet.
            if (person && (a.SpeakerIsPerson || DescribesAPerson(v, a) || UnrecognisedNameJustBefore(v, a, drafts[index])) && !OtherSex(v, a, pronoun) || group && !a.SpeakerIsPerson && (!a.SpeakerIsPress || it) && !(it && PluralSource(v, a)))
            {
                // The person opening a later sentence is nearer, unless that sentence's source is this speaker itself.
                return subject is not null && subject.Speaker!.Span!.Value.Start > v.Start(a.HasSource ? a.SourceFirst : a.CueFirst)
                    && !(a.HasSource && v.Span(a.SourceFirst, a.SourceEnd).Contains(subject.Speaker.Span.Value))
                    && !(a.Speaker.Entity >= 0 && a.Speaker.Entity == subject.Speaker.Entity) ? subject : a;
            }
        }
        return subject;
    }

    /// <summary>"Velmar rejected the charge. '…,' he told the paper": a speaker named by one or two capitalised words the
    /// recogniser typed as nothing (a surname whose full name stands in another report), opening the sentence right before
    /// the pronoun's in its paragraph, is whom "he" or "she" names; before, the pronoun skipped it for a person who spoke
    /// paragraphs earlier.</summary>
    private static bool UnrecognisedNameJustBefore(TokenView v, AttributionDraft a, AttributionDraft pronoun)
    {
        if (!pronoun.HasSource || !a.HasSource || a.SourceEnd - a.SourceFirst > 2 || a.SpeakerIsPress || a.Speaker is not { Entity: < 0 }
            || !v.OpensSentence(a.SourceFirst) || a.Paragraph != pronoun.Paragraph)
        {
            return false;
        }
        for (int k = a.SourceFirst; k < a.SourceEnd; k++)
        {
            // "Aides", "Thousands", "Nobody" opening a sentence are capitalised, not names: the tagger's proper noun is asked for.
            if (!v.IsCap(k) || v.Tokens.Tags[k] != PartOfSpeech.PROPN || v.InSet(k, StatementLexicon.OrgWords) || v.InSet(k, StatementLexicon.RoleWords)
                || v.IsAcronym(k) || IsPeoplesPlural(v, k) || v.Word(k) is [.. var one, 's'] && StatementLexicon.RoleWords.Contains(one))
            {
                return false;
            }
        }
        var doc = v.Document;
        var source = v.Span(a.SourceFirst, a.SourceEnd);
        if (Places.Names.Contains(source.Slice(doc.Text)))
        {
            return false;
        }
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Overlaps(source))
            {
                return false;
            }
        }
        int sentence = doc.SentencePositionAt(source.Start);
        return sentence >= 0 && doc.SentencePositionAt(v.Start(pronoun.SourceFirst)) == sentence + 1;
    }

    /// <summary>The person the recogniser named as the subject of the pronoun's own sentence, before it: the sentence (past a
    /// wire's dateline) opens on the name or on up to four words of a role ("Harbour master"), and a lower-case word follows
    /// the name; null when there is none.</summary>
    private static AttributionDraft? PersonSubjectOfItsSentence(TokenView v, int pronoun)
    {
        var doc = v.Document;
        int sentence = doc.SentencePositionAt(v.Start(pronoun));
        if (sentence < 0 || !v.IsWord(pronoun) || !(v.Is(pronoun, "he") || v.Is(pronoun, "she") || v.Is(pronoun, "his") || v.Is(pronoun, "her")))
        {
            return null;
        }
        int u0 = v.AfterDateline(doc.Sentences[sentence].FirstToken, pronoun);
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start < v.Start(u0))
            {
                continue;
            }
            if (m.Span.Start >= v.Start(pronoun) || m.Type != EntityType.Person)
            {
                return null;
            }
            int first = v.Tokens.IndexAtOrAfter(m.Span.Start);
            int end = v.Tokens.IndexAtOrAfter(m.Span.End);
            if (m.Entity < 0 || m.Entity >= doc.Entities.Count || first - u0 > 4 || end >= pronoun || !v.IsWord(end) || !v.IsLower(end) || v.InQuote(first)
                || StatementLexicon.CueLookup.ContainsKey(v.Word(end)))
            {
                return null;
            }
            for (int k = u0; k < first; k++)
            {
                // "The Obama administration's waiver system": a name after an article is a modifier, no subject.
                // "Asked by Matt Lauer whether …", "Along with Bush and Powell, he …": only the words of a role stand before.
                if (!v.IsWord(k) || v.IsDeterminer(k) || v.IsLower(k) && StatementLexicon.CueLookup.ContainsKey(v.Word(k))
                    || doc.Tokens.Tags[k] is not (PartOfSpeech.NOUN or PartOfSpeech.PROPN or PartOfSpeech.ADJ))
                {
                    return null;
                }
            }
            return PersonDraft(doc, m);
        }
        return null;
    }

    /// <summary>A draft standing for the recognised person <paramref name="m"/> names, to be taken as a pronoun's antecedent.</summary>
    private static AttributionDraft PersonDraft(Document doc, EntityMention m) => new()
    {
        Speaker = new Speaker(doc.Entities[m.Entity].Name, m.Entity, m.Span, null),
        SpeakerIsPerson = true,
    };

    /// <summary>"Mira Costa, whose party gained four seats, declined to say whether … '…,' she told the daily": a named person
    /// opening a sentence before the pronoun's, in its paragraph or the one before, is the nearer antecedent than an earlier
    /// speaker, though the rules read no statement of hers; null when there is none.</summary>
    private static AttributionDraft? PersonOpeningASentenceBefore(TokenView v, int at, ReadOnlySpan<char> pronoun)
    {
        var doc = v.Document;
        int sentence = doc.SentencePositionAt(at);
        int paragraph = doc.ParagraphPositionAt(at);
        for (int i = doc.Mentions.Count - 1; i >= 0; i--)
        {
            var m = doc.Mentions[i];
            if (m.Span.Start >= at)
            {
                continue;
            }
            int where = doc.SentencePositionAt(m.Span.Start);
            if (where == sentence)
            {
                continue;
            }
            if (where < sentence - 2 || paragraph - doc.ParagraphPositionAt(m.Span.Start) > 1)
            {
                return null;
            }
            if (m.Type == EntityType.Person && m.Entity >= 0 && m.Entity < doc.Entities.Count && where >= 0
                && (doc.Sentences[where].Span.Start == m.Span.Start || AfterAnOpeningPhrase(doc.Text, doc.Sentences[where].Span.Start, m.Span.Start, pronoun))
                && m.Span.End < doc.Text.Length
                && (doc.Text[m.Span.End] == ',' || doc.Text[m.Span.End] == ' ' && m.Span.End + 1 < doc.Text.Length && char.IsLower(doc.Text[m.Span.End + 1])))
            {
                return PersonDraft(doc, m);
            }
        }
        return null;
    }

    /// <summary>"The firm's chief executive, Anna Berg, apologised" or "On Monday, Anna Berg …": the name right after a short
    /// opening phrase and its comma (no other comma or quotation mark in it) is the sentence's subject too.</summary>
    private static bool AfterAnOpeningPhrase(string text, int sentenceStart, int name, ReadOnlySpan<char> pronoun)
    {
        bool she = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase);
        bool sexed = she || pronoun.Equals("he", StringComparison.OrdinalIgnoreCase);
        int comma = name - 1;
        while (comma > sentenceStart && text[comma] == ' ')
        {
            comma--;
        }
        if (comma <= sentenceStart || text[comma] != ',' || comma == name - 1)
        {
            return false;
        }
        int words = 1;
        int word = sentenceStart;
        for (int i = sentenceStart; i <= comma; i++)
        {
            char c = text[i];
            if (c is '"' or '“' or '”' or ';' or ':' or '(' || c == ',' && i < comma || c == ' ' && ++words > 8)
            {
                return false;
            }
            // "A spokesman for the council, Tomas Reuven," is no "she".
            if (c is ' ' or ',')
            {
                if (sexed && SexWordOtherThan(text.AsSpan(word, i - word), she))
                {
                    return false;
                }
                word = i + 1;
            }
        }
        return true;
    }

    /// <summary>"A spokeswoman said … He added": a source whose own words give the other sex than the pronoun's is not whom
    /// the pronoun means.</summary>
    private static bool OtherSex(TokenView v, AttributionDraft a, ReadOnlySpan<char> pronoun)
    {
        bool she = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase);
        if (!a.HasSource || !she && !pronoun.Equals("he", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (int k = a.SourceFirst; k < a.SourceEnd; k++)
        {
            if (SexWordOtherThan(v.Word(k), she))
            {
                return true;
            }
        }
        // "A spokesman for the authority, Nils Brandvold, said": the source may be the name alone, its role apposed.
        if (a.Speaker?.Role is { } role)
        {
            foreach (var range in role.AsSpan().Split(' '))
            {
                if (SexWordOtherThan(role.AsSpan()[range], she))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool SexWordOtherThan(ReadOnlySpan<char> w, bool she) =>
        she ? w is "spokesman" or "chairman" or "businessman" or "congressman" or "councilman" or "Mr" or "Mr."
            : w is "spokeswoman" or "chairwoman" or "businesswoman" or "congresswoman" or "councilwoman" or "Mrs" or "Ms" or "Mrs." or "Ms.";

    /// <summary>"Some residents said …": a source whose head is a lower-case plural ("residents", "farmers") is not what a
    /// later "it" names.</summary>
    /// <summary>The draft, in the paragraph of the source at <paramref name="s"/> or the one before, whose plural group a
    /// source "One of them / One of those" picks from; null when the source is not that or no group spoke.</summary>
    private static AttributionDraft? OneOfThem(TokenView v, List<AttributionDraft> drafts, int index, int s, int e)
    {
        if (e - s != 3 || !(v.Is(s, "One") || v.Is(s, "one")) || !v.Is(s + 1, "of") || !(v.Is(s + 2, "them") || v.Is(s + 2, "those")))
        {
            return null;
        }
        int paragraph = drafts[index].Paragraph;
        for (int p = index - 1; p >= 0 && paragraph - drafts[p].Paragraph <= 1; p--)
        {
            var a = drafts[p];
            if (a.Speaker is { Name: { Length: > 3 } name } && a.HasSource && !a.SpeakerIsPress && PluralSource(v, a) && !name.StartsWith("one of", StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }
        return null;
    }

    private static bool PluralSource(TokenView v, AttributionDraft a)
    {
        if (!a.HasSource)
        {
            return false;
        }
        var head = v.Word(a.SourceEnd - 1);
        return v.IsLower(a.SourceEnd - 1) && head.Length > 3 && head[^1] == 's' && head[^2] is not ('s' or 'u' or 'i' or '\'')
            && !head.Equals("news", StringComparison.Ordinal) && !head.Equals("series", StringComparison.Ordinal);
    }

    /// <summary>"A government official, who …, denied …. 'That is not true,' he said": an unnamed source whose head noun is a
    /// person's ("official", "source", "witness") is who the next "he" or "she" is. So is a body's unnamed spokesperson ("A
    /// Rio Verde spokesman said … He declined to say"), whose speaker is the body.</summary>
    private static bool DescribesAPerson(TokenView v, AttributionDraft a)
    {
        // "A Hanbit spokeswoman told …": the body speaks, but through the person its role names.
        if (!a.HasSource || a.Speaker is not { } speaker || !v.IsDeterminer(a.SourceFirst) && !v.Is(a.SourceFirst, "one") && !v.Is(a.SourceFirst, "One"))
        {
            return false;
        }
        // "a spokeswoman for the airline": the head is the noun before the words that say whom she serves.
        int head = a.SourceEnd - 1;
        for (int k = a.SourceFirst + 1; k < a.SourceEnd - 1; k++)
        {
            // "a lawyer representing a group of …": a participle after the head says whom the person works for.
            if (v.Is(k, "for") || v.Is(k, "of") || v.Is(k, "at") || v.Is(k, "with") || v.Is(k, "from") || v.Is(k, "representing")
                || v.Is(k, "advising") || v.Is(k, "acting") || v.Is(k, "working"))
            {
                head = k - 1;
                break;
            }
        }
        return v.IsLower(head) && (v.InSet(head, StatementLexicon.PersonNouns) || IsPersonRole(v, head))
            && (speaker.Entity < 0 || speaker.Role is not { } role || LastWordIs(role, v.Word(head).ToString()));
    }

    /// <summary>
    /// A definite description ("the minister", "the South Korean minister") whose head is a person's role names the last
    /// speaker whose role holds that head and every capitalised word of the description.
    /// </summary>
    private static AttributionDraft? Described(TokenView v, List<AttributionDraft> drafts, int index, int s, int e)
    {
        if (e - s < 2 || !v.Is(s, "the") || !v.IsLower(e - 1) || !IsPersonRole(v, e - 1))
        {
            return null;
        }
        for (int k = s + 1; k < e - 1; k++)
        {
            if (!v.IsWord(k) || v.IsPossessive(k))
            {
                return null;
            }
        }
        string head = v.Word(e - 1).ToString();
        for (int p = index - 1; p >= 0; p--)
        {
            var a = drafts[p];
            if (!HoldsRole(a, head))
            {
                continue;
            }
            bool fits = true;
            for (int k = s + 1; k < e - 1 && fits; k++)
            {
                fits = !v.IsCap(k) || a.Speaker!.Role!.AsSpan().Contains(v.Word(k), StringComparison.OrdinalIgnoreCase);
            }
            if (fits)
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>"the 58-year-old engineer", "the 61-year-old": the person named last before the source, in its sentence or
    /// the two before it, when the source is "the", an age and lower-case words; else null.</summary>
    private static Speaker? AgedPersonBefore(TokenView v, int s, int e)
    {
        if (e - s < 2 || !v.Is(s, "the") && !v.Is(s, "The"))
        {
            return null;
        }
        var doc = v.Document;
        var words = doc.Text.AsSpan(v.Start(s + 1), v.End(e - 1) - v.Start(s + 1));
        int age = words.IndexOf("-year-old", StringComparison.Ordinal);
        if (age <= 0 || !char.IsAsciiDigit(words[age - 1]) && !char.IsLower(words[age - 1]) || !v.IsLower(e - 1) && !v.IsNumber(e - 1))
        {
            return null;
        }
        for (int k = s + 1; k < e; k++)
        {
            if (v.IsCap(k))
            {
                return null; // "the 58-year-old Czech engineer" may be another
            }
        }
        int sentence = doc.SentencePositionAt(v.Start(s));
        if (sentence < 0)
        {
            return null;
        }
        int from = doc.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        int floor = from < v.Count ? v.Start(from) : 0;
        for (int m = doc.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = doc.Mentions[m];
            if (mention.Span.Start >= v.Start(s))
            {
                continue;
            }
            if (mention.Span.Start < floor)
            {
                break;
            }
            if (mention.Type == EntityType.Person)
            {
                // "Jo Hale, 45, was charged. … the 30-year-old victim said": an age the story gave the person that is not
                // this one describes someone else.
                var after = doc.Text.AsSpan(mention.Span.End, Math.Min(6, doc.Text.Length - mention.Span.End));
                if (after.StartsWith(", ", StringComparison.Ordinal) && after.Length > 3 && char.IsAsciiDigit(after[2]))
                {
                    var given = after[2..];
                    int digits = given.IndexOfAnyExceptInRange('0', '9');
                    if (!words[..age].SequenceEqual(digits < 0 ? given : given[..digits]))
                    {
                        return null;
                    }
                }
                string name = mention.Entity >= 0 && mention.Entity < doc.Entities.Count ? doc.Entities[mention.Entity].Name : doc.Slice(mention.Span);
                string role = doc.Text[v.Start(s + 1)..v.End(e - 1)];
                return new Speaker(name, mention.Entity, null, role);
            }
        }
        return null;
    }

    /// <summary>"the striker", "the chief executive": the one person named earlier in the text whose roles end on these
    /// lower-case words ("striker Emeka Okonjo" gave Okonjo the role "striker"); null when none or more than one, or when
    /// the words name a body.</summary>
    private static Speaker? OnlyHolderOfTheRole(TokenView v, int s, int e)
    {
        if (e - s is < 2 or > 3 || !v.Is(s, "the") && !v.Is(s, "The"))
        {
            return null;
        }
        for (int k = s + 1; k < e; k++)
        {
            if (!v.IsWord(k) || !v.IsLower(k) || v.InSet(k, StatementLexicon.OrgWords) || EntityHeads.IsBodyNoun(v.Word(k)))
            {
                return null;
            }
        }
        var doc = v.Document;
        var words = doc.Text.AsSpan(v.Start(s + 1), v.End(e - 1) - v.Start(s + 1));
        int found = -1;
        string? held = null;
        for (int i = 0; i < doc.Entities.Count; i++)
        {
            var entity = doc.Entities[i];
            if (entity.Type != EntityType.Person)
            {
                continue;
            }
            foreach (var role in entity.Roles)
            {
                if (EndsOnWords(role, words) && MentionedBefore(doc, i, v.Start(s)))
                {
                    if (found >= 0 && found != i)
                    {
                        return null;
                    }
                    found = i;
                    held ??= role;
                }
            }
        }
        return found < 0 ? null : new Speaker(doc.Entities[found].Name, found, null, held);
    }

    // "Dornfeld striker" and "the chief executive of Corvo" end on their head ("striker", "chief executive") before any
    // "of"; "Airport chief executive" does not name an airport.
    private static bool EndsOnWords(string role, ReadOnlySpan<char> words)
    {
        var text = role.AsSpan();
        int of = text.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
        {
            text = text[..of];
        }
        return text.EndsWith(words, StringComparison.OrdinalIgnoreCase) && (text.Length == words.Length || text[text.Length - words.Length - 1] == ' ');
    }

    private static bool MentionedBefore(Document doc, int entity, int offset)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.Entity == entity && m.Span.Start < offset)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the group", "the gang": the one entity whose aliases hold these two words (the alias stage gives them to
    /// a body named with that noun); else null.</summary>
    private static int? AliasedBody(TokenView v, int s, int e)
    {
        if (e - s != 2 || !v.Is(s, "the") || !v.IsLower(e - 1))
        {
            return null;
        }
        var entities = v.Document.Entities;
        var head = v.Word(e - 1);
        int? found = null;
        for (int i = 0; i < entities.Count; i++)
        {
            foreach (var alias in entities[i].Aliases)
            {
                if (alias.Length == head.Length + 4 && alias.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && alias.AsSpan(4).SequenceEqual(head)
                    && NamedBefore(v, i, v.Start(s)))
                {
                    if (found is not null && found != i)
                    {
                        return null; // two bodies answer to it: the words name neither
                    }
                    found = i;
                }
            }
        }
        return found;
    }

    // "The group said …" before the story names the group it means is no group named later.
    private static bool NamedBefore(TokenView v, int entity, int offset)
    {
        foreach (var m in v.Document.Mentions)
        {
            if (m.Span.Start >= offset)
            {
                return false;
            }
            if (m.Entity == entity)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"a spokesman", "a spokeswoman": the speaker of the statement just before, in the same or the previous
    /// paragraph, when that speaker is a body (no person, no outlet), or a body that opened a sentence since; else null.</summary>
    private static Speaker? SpokespersonOfTheBodyBefore(TokenView v, List<AttributionDraft> drafts, int index, int s, int e)
    {
        if (e - s is not (2 or 3) || !v.Is(s, "a") || !(v.Is(e - 1, "spokesman") || v.Is(e - 1, "spokeswoman") || v.Is(e - 1, "spokesperson"))
            || index == 0 || e - s == 3 && !v.IsLower(s + 1))
        {
            return null;
        }
        if (BodyJustBefore(v, drafts, index, s, paragraphs: 1) is not { Speaker: { Span: { } written } } before)
        {
            return null;
        }
        // "a company spokesman", "a club spokeswoman": the word between says what kind of body speaks; "company" and "firm"
        // fit any firm, another word only a body whose name holds it ("a ministry spokesman" is not the carmaker's).
        if (e - s == 3 && ((v.Is(s + 1, "company") || v.Is(s + 1, "firm"))
                ? before.Speaker.Entity < 0 || before.Speaker.Entity >= v.Document.Entities.Count || v.Document.Entities[before.Speaker.Entity].Type != EntityType.Org
                : !HasWord(before.Speaker.Name, v.Word(s + 1)) && !CalledTheWord(v.Document, before.Speaker.Entity, v.Word(s + 1))))
        {
            return null;
        }
        // "… as the Commission had claimed. Brandt welcomed the ruling … 'We will appeal,' a spokesperson said": the last
        // name to open a sentence in between has spoken since, even where no rule drafted its speech; a body's spokesperson
        // speaks for it, a person's is left unnamed.
        EntityMention? since = null;
        foreach (var m in v.Document.Mentions)
        {
            if (m.Span.Start >= written.End && m.Span.End <= v.Start(s) && m.Type is EntityType.Org or EntityType.Person
                && m.Entity != before.Speaker.Entity && v.Document.SentencePositionAt(m.Span.Start) is int at and >= 0
                && v.Document.Sentences[at].Span.Start == m.Span.Start)
            {
                since = m;
            }
        }
        if (since is not { } opener)
        {
            return before.Speaker;
        }
        return opener.Type == EntityType.Org && opener.Entity >= 0 ? new Speaker(v.Document.Entities[opener.Entity].Name, opener.Entity, null, null) : null;
    }

    /// <summary>"Dornfeld Athletic … the club …": the alias stage gave the entity the alias "the" + <paramref name="word"/>.</summary>
    private static bool CalledTheWord(Document doc, int entity, ReadOnlySpan<char> word)
    {
        if (entity < 0 || entity >= doc.Entities.Count)
        {
            return false;
        }
        foreach (var alias in doc.Entities[entity].Aliases)
        {
            if (alias.Length == word.Length + 4 && alias.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                && alias.AsSpan(4).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The statement just before, when its speaker is written in the text before <paramref name="s"/>, is no person,
    /// no outlet and no group of several, and stands at most <paramref name="paragraphs"/> paragraphs back; else null.</summary>
    private static AttributionDraft? BodyJustBefore(TokenView v, List<AttributionDraft> drafts, int index, int s, int paragraphs)
    {
        var before = drafts[index - 1];
        return before.Speaker is { Span: { } written, With: null } && written.End <= v.Start(s) && !before.SpeakerIsPerson && !before.SpeakerIsPress
            && drafts[index].Paragraph - before.Paragraph <= paragraphs
            ? before
            : null;
    }

    /// <summary>"the agency", "the company", "the official", "the spokesperson": the last earlier speaker that is no named
    /// person and whose name or role has that word ("the state's civil defense agency", "a senior Western official", a
    /// company with the role "spokesperson").</summary>
    private static AttributionDraft? DescribedBody(TokenView v, List<AttributionDraft> drafts, int index, int s, int e)
    {
        // "The regional education board announced … the board said": heads of public bodies the recogniser's list of body
        // nouns (kept for acronyms after them) does not hold.
        if (e - s != 2 || !v.Is(s, "the") || !v.IsLower(e - 1)
            || !(EntityHeads.IsBodyNoun(v.Word(e - 1)) || IsPersonRole(v, e - 1) || v.InSet(e - 1, StatementLexicon.PersonNouns)
                || v.Word(e - 1) is "board" or "authority" or "commission" or "department" or "bureau" or "panel"))
        {
            return null;
        }
        var head = v.Word(e - 1);
        int paragraph = drafts[index].Paragraph;
        for (int p = index - 1; p >= 0; p--)
        {
            var a = drafts[p];
            if (paragraph - a.Paragraph > 6)
            {
                break;
            }
            if (a.Speaker is not { } sp || a.SpeakerIsPerson || sp.Span is { } own && own.Start >= v.Start(s)
                || !HasWord(sp.Name, head) && !(sp.Role is { } role && (HasWord(role, head) || role.AsSpan().Equals(head, StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }
            // "according to a ministry statement … The ministry disputed": a word that only describes the noun after it
            // ("ministry statement", "agency report") does not name the body that spoke.
            if (OnlyModifiesANoun(sp.Name, head) && !(sp.Role is { } held && HasWord(held, head)))
            {
                continue;
            }
            return a;
        }
        return null;
    }

    /// <summary>"the company", "the lender": the organisation the recogniser named where the trailing report's content opens
    /// ("Nordbank has dropped its appeal, the lender said"), or, within the last three paragraphs, the one an appositive
    /// described with the same noun ("Varda Hydro, the state-owned company that runs the dam,"); else null.</summary>
    private static Speaker? FirmNamedBefore(TokenView v, AttributionDraft d, int s, int e)
    {
        if (e - s != 2 || !(v.Is(s, "the") || v.Is(s, "The"))
            || !(v.Word(e - 1) is "company" or "firm" or "airline" or "carrier" or "bank" or "lender" or "insurer" or "operator" or "retailer"
                or "carmaker" or "broadcaster" or "utility" or "manufacturer" or "miner" or "developer" or "group" or "watchdog" or "regulator"))
        {
            return null;
        }
        var doc = v.Document;
        var head = v.Word(e - 1);
        int paragraph = doc.ParagraphPositionAt(v.Start(s));
        // The content opens on a run of capitalised words its verb follows, which the recogniser did not type.
        int open = v.Tokens.IndexAtOrAfter(d.Content.Start);
        if (d.Content.End <= v.Start(s) && open < s && v.IsCap(open) && v.Start(open) == d.Content.Start
            && !StatementLexicon.SubjectPronouns.Contains(v.Word(open)) && !v.IsDeterminer(open))
        {
            int end = open + 1;
            while (end < s && end - open < 3 && v.IsCap(end))
            {
                end++;
            }
            // "Hackers have demanded …": a capitalised common noun opening the sentence names no firm.
            bool proper = true;
            for (int k = open; k < end; k++)
            {
                proper &= v.Tokens.Tags[k] == PartOfSpeech.PROPN;
            }
            if (proper && end < s && v.IsLower(end) && v.InSet(end, StatementLexicon.Auxiliaries) && !OtherThanABodyAt(doc, d.Content.Start))
            {
                return new Speaker(v.SpanText(open, end), -1, v.Span(open, end), null);
            }
        }
        for (int i = doc.Mentions.Count - 1; i >= 0; i--)
        {
            var m = doc.Mentions[i];
            if (m.Span.Start >= v.Start(s))
            {
                continue;
            }
            if (paragraph - doc.ParagraphPositionAt(m.Span.Start) > 3)
            {
                break;
            }
            if (m.Type != EntityType.Org || m.Entity < 0 || m.Entity >= doc.Entities.Count)
            {
                continue;
            }
            // "The Varda Competition Board has opened …, the regulator said": the content may open on the name's article.
            bool opensTheContent = d.Content.End <= v.Start(s) && (m.Span.Start == d.Content.Start
                || open + 1 < s && v.Start(open) == d.Content.Start && v.Is(open, "The") && v.Start(open + 1) == m.Span.Start);
            // "… by Halvorsen Group, the regulator said": the words after the name's comma are this very source, not an
            // apposition describing the name.
            bool sourceAfterIt = v.Tokens.IndexAtOrAfter(m.Span.End) + 1 == s;
            if (opensTheContent || !sourceAfterIt && DescribedAs(doc.Text.AsSpan(m.Span.End, Math.Min(60, doc.Text.Length - m.Span.End)), head))
            {
                return new Speaker(doc.Entities[m.Entity].Name, m.Entity, m.Span, null);
            }
        }
        return null;
    }

    // Whether the recogniser named a person, a place or a group (anything but a body) starting at the offset.
    private static bool OtherThanABodyAt(Document doc, int start)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start == start && m.Type != EntityType.Org)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Ostmark Landesbank … The bank said", "Harwick Savings lent … The lender said": the nearest run of two or
    /// more capitalised words, within the three paragraphs before, that ends on a word of the head's trade, whatever the
    /// recogniser made of it (it often types such a name a place or a person, or misses it); null when none.</summary>
    private static Speaker? NamedByItsTrade(TokenView v, int s, int e)
    {
        if (e - s != 2 || !(v.Is(s, "the") || v.Is(s, "The")) || !v.IsLower(e - 1))
        {
            return null;
        }
        var head = v.Word(e - 1);
        var doc = v.Document;
        int paragraph = doc.ParagraphPositionAt(v.Start(s));
        for (int k = s - 1; k >= 1; k--)
        {
            if (paragraph - doc.ParagraphPositionAt(v.Start(k)) > 3)
            {
                break;
            }
            if (!v.IsCap(k) || !IsTradeWord(head, v.Word(k)) || v.IsCap(k + 1) && k + 1 < s)
            {
                continue;
            }
            int first = k;
            while (first - 1 >= 0 && v.IsCap(first - 1) && !v.IsDeterminer(first - 1))
            {
                first--;
            }
            if (first == k)
            {
                continue;
            }
            var name = v.Span(first, k + 1);
            foreach (var m in doc.Mentions)
            {
                // "the Reserve Bank of Malawi": a name the recogniser did read is the entity's whole name.
                if (m.Span.Overlaps(name) && m.Entity >= 0 && m.Entity < doc.Entities.Count && m.Type == EntityType.Org)
                {
                    return new Speaker(doc.Entities[m.Entity].Name, m.Entity, m.Span, null);
                }
            }
            return new Speaker(name.Slice(v.Text), -1, name, null);
        }
        return null;
    }

    /// <summary>The last word of a firm's name that says the firm is of the trade "the bank", "the airline" … names.</summary>
    private static bool IsTradeWord(ReadOnlySpan<char> head, ReadOnlySpan<char> w) => head switch
    {
        "bank" or "lender" => w is "Bank" or "Bancorp" or "Banco" or "Banque" or "Savings" or "Landesbank" or "Sparkasse" or "Bankshares",
        "airline" or "carrier" => w is "Airlines" or "Airways" or "Air" or "Aviation",
        "insurer" => w is "Insurance" or "Assurance" or "Re",
        "utility" => w is "Water" or "Energy" or "Power" or "Electric" or "Utilities" or "Gas",
        "miner" => w is "Mining" or "Minerals" or "Resources" or "Metals",
        "carmaker" => w is "Motors" or "Automotive" or "Cars",
        "broadcaster" => w is "Broadcasting" or "Television" or "Radio" or "TV",
        "company" or "firm" or "group" => w is "Group" or "Holdings" or "Logistics" or "Shipping" or "Industries" or "Chemicals"
            or "Chemical" or "Pharma" or "Foods" or "Systems" or "Technologies" or "Corporation" or "Company",
        _ => false,
    };

    // ", the state-owned company that …", ", the country's second-largest lender,": an appositive whose first noun is the head.
    private static bool DescribedAs(ReadOnlySpan<char> after, ReadOnlySpan<char> head)
    {
        if (!after.StartsWith(", the ", StringComparison.Ordinal))
        {
            return false;
        }
        var rest = after[6..];
        for (int words = 0; words < 4 && rest.Length > 0; words++)
        {
            int space = rest.IndexOfAny(' ', ',');
            var word = space < 0 ? rest : rest[..space];
            if (word.Equals(head, StringComparison.Ordinal))
            {
                return true;
            }
            if (space < 0 || rest[space] == ',' || word.Length == 0 || char.IsUpper(word[0]) && words > 0)
            {
                return false;
            }
            rest = rest[(space + 1)..];
        }
        return false;
    }

    /// <summary>"the company", "the firm": the speaker of the statement just before in the same paragraph, when that is a
    /// named organisation whose name says nothing else of what it is ("Cloudrift", "Halvorsen Pharma", not "the
    /// Commission"); else null.</summary>
    private static Speaker? FirmThatJustSpoke(TokenView v, List<AttributionDraft> drafts, int index, int s, int e)
    {
        // "Icelandair said … The airline said it would …": a trade's noun names the firm as "the company" does.
        if (e - s != 2 || !(v.Is(s, "the") || v.Is(s, "The")) || index == 0
            || !(v.Word(e - 1) is "company" or "firm" or "airline" or "carrier" or "bank" or "lender" or "insurer" or "operator" or "retailer"
                or "carmaker" or "broadcaster" or "club" or "utility" or "manufacturer" or "miner" or "developer"))
        {
            return null;
        }
        // "Halvik Hydro, which operates the dam, said …. '…,' the company said": a name with "which" after it is a thing, not
        // the person the recogniser may have typed it.
        if (drafts[index - 1] is { Speaker: { Span: { } thing, With: null } named } just && thing.End <= v.Start(s) && drafts[index].Paragraph == just.Paragraph
            && v.Tokens.IndexAtOrAfter(thing.End) is int after && after + 1 < v.Count && v.IsComma(after) && v.Is(after + 1, "which") && v.Start(after) == thing.End)
        {
            return named;
        }
        if ((BodyJustBefore(v, drafts, index, s, paragraphs: 0) ?? FirmSpokeParagraphsBefore(v, drafts, index, s))?.Speaker is not { Entity: >= 0 } sp
            || v.Document.Entities[sp.Entity].Type != EntityType.Org && !SpokeThroughASpokesperson(v, sp))
        {
            return null;
        }
        // "The pilots' union BFV said … The airline said": a body the text called by another kind's noun is not the one
        // this noun means, nor is it when the alias stage gave the noun to another body named before.
        if (DescribedAsAnotherKind(v, sp, v.Word(e - 1)) || AliasedBody(v, s, e) is int aliased && aliased != sp.Entity)
        {
            return null;
        }
        var name = sp.Name.AsSpan();
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return EntityHeads.IsOrganisationHead(last) && !EntityHeads.IsCompanyHead(last) && !last.Equals(v.Word(e - 1), StringComparison.OrdinalIgnoreCase) ? null : sp;
    }

    /// <summary>Whether the words the speaker was written with hold, before its name, a lower-case noun for a body that is no
    /// firm of any trade ("union", "ministry", "agency", "council"), unlike <paramref name="head"/>.</summary>
    private static bool DescribedAsAnotherKind(TokenView v, Speaker sp, ReadOnlySpan<char> head)
    {
        if (sp.Span is not { } written)
        {
            return false;
        }
        for (int k = v.Tokens.IndexAtOrAfter(written.Start); k < v.Count && v.End(k) <= written.End; k++)
        {
            if (!v.IsLower(k))
            {
                continue;
            }
            var w = v.Word(k);
            if (EntityHeads.IsBodyNoun(w) && !w.SequenceEqual(head)
                && w is not ("company" or "firm" or "group" or "airline" or "carrier" or "bank" or "operator" or "network" or "consortium"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"A Rio Verde spokesman said … [a paragraph of analysts at a bank] … The company said": with no body speaking
    /// just before in the same paragraph, the latest organisation that spoke in the two paragraphs before, skipping
    /// people and groups speaking from a firm of their own ("Analysts at Jefferies"); null when another body spoke after
    /// it in those paragraphs, since then which one is meant is not clear.</summary>
    private static AttributionDraft? FirmSpokeParagraphsBefore(TokenView v, List<AttributionDraft> drafts, int index, int s)
    {
        int paragraph = drafts[index].Paragraph;
        for (int p = index - 1; p >= 0 && paragraph - drafts[p].Paragraph <= 2; p--)
        {
            var a = drafts[p];
            if (a.Speaker is not { Span: { } written } sp || written.End > v.Start(s) || a.SpeakerIsPress || sp.With is not null)
            {
                continue;
            }
            if (SpeakFromAFirm(v, written))
            {
                continue;
            }
            return sp.Entity >= 0 && (v.Document.Entities[sp.Entity].Type == EntityType.Org || SpokeThroughASpokesperson(v, sp)) ? a : null;
        }
        return null;
    }

    /// <summary>"Analysts at Jefferies estimate …, they wrote": a source that opens on a plural noun for people or on
    /// "they" is the firm's people, not the firm speaking.</summary>
    internal static bool SpeakFromAFirm(TokenView v, TextSpan written)
    {
        var text = v.Text.AsSpan(written.Start, written.Length);
        int space = text.IndexOf(' ');
        var first = space < 0 ? text : text[..space];
        return first.Equals("they", StringComparison.OrdinalIgnoreCase)
            || first.Length > 4 && first[^1] == 's' && first[^2] != 's' && StatementLexicon.NamesAPersonsRole(first[..^1]);
    }

    /// <summary>"A Cobrex spokesman said": a name whose speaker's role is its spokesperson is a body, whatever type the
    /// recogniser gave the name (it reads a name before "spokesman" as a person's as often as not).</summary>
    private static bool SpokeThroughASpokesperson(TokenView v, Speaker sp)
    {
        var written = sp.Span is { } span ? v.Text.AsSpan(span.Start, span.Length) : sp.Role.AsSpan();
        var last = written[(written.LastIndexOf(' ') + 1)..];
        return last.Equals("spokesman", StringComparison.OrdinalIgnoreCase) || last.Equals("spokeswoman", StringComparison.OrdinalIgnoreCase)
            || last.Equals("spokesperson", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when every time <paramref name="word"/> stands in <paramref name="name"/> a lower-case noun follows it
    /// ("ministry statement", "agency officials"), so the word describes that noun rather than heading the name; a
    /// preposition after it ("ministry of health") leaves it the head.</summary>
    private static bool OnlyModifiesANoun(string name, ReadOnlySpan<char> word)
    {
        bool any = false;
        int at = name.AsSpan().IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                var rest = name.AsSpan(end);
                if (rest.IsEmpty || rest[0] != ' ')
                {
                    return false;
                }
                rest = rest[1..];
                int space = rest.IndexOf(' ');
                var next = space < 0 ? rest : rest[..space];
                if (next.IsEmpty || !char.IsLower(next[0]) || next is "of" or "for" or "in" or "at" or "on" or "to" or "and" or "with" or "from")
                {
                    return false;
                }
                any = true;
            }
            int again = name.AsSpan(end).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = again < 0 ? -1 : end + again;
        }
        return any;
    }

    private static bool HasWord(string name, ReadOnlySpan<char> word)
    {
        int at = name.AsSpan().IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return !name.Equals(word, StringComparison.OrdinalIgnoreCase);
            }
            int next = name.AsSpan(end).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    private static bool HasCap(TokenView v, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (v.IsCap(k))
            {
                return true;
            }
        }
        return false;
    }

    private static AttributionDraft? AntecedentByRole(List<AttributionDraft> drafts, int index, string head)
    {
        for (int p = index - 1; p >= 0; p--)
        {
            if (HoldsRole(drafts[p], head))
            {
                return drafts[p];
            }
        }
        return null;
    }

    private static bool LastWordIs(string words, string word)
    {
        var w = WithoutArticleAtEnd(words);
        return w.EndsWith(word, StringComparison.Ordinal) && (w.Length == word.Length || w[^(word.Length + 1)] == ' ');
    }

    private static ReadOnlySpan<char> WithoutArticleAtEnd(string words)
    {
        var w = words.AsSpan().TrimEnd();
        return w.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? w[..^4].TrimEnd() : w;
    }

    private static bool HoldsRole(AttributionDraft a, string head) =>
        a.SpeakerIsPerson && a.Speaker?.Role is { } role && role.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase);

    // "A spokesperson for the ECB", "a spokesman for Mr. Okafor": the role is the title; the words that tie it to whom it
    // serves are not part of it.
    private static string WithoutTrailingLink(string words)
    {
        while (true)
        {
            int space = words.LastIndexOf(' ');
            var last = words.AsSpan(space + 1);
            if (space < 0 || !(last.Equals("the", StringComparison.OrdinalIgnoreCase) || last.SequenceEqual("for") || last.SequenceEqual("of")
                || last.SequenceEqual("at") || last.SequenceEqual("to") || last.SequenceEqual("from") || last.SequenceEqual("with")
                || last.SequenceEqual("in") || RoleFinder.IsCourtesyTitle(last)))
            {
                return words;
            }
            words = words[..space].TrimEnd();
        }
    }

    private static bool Pronounish(string name) =>
        name.Length <= 4 && (name.Equals("he", StringComparison.OrdinalIgnoreCase) || name.Equals("she", StringComparison.OrdinalIgnoreCase)
            || name.Equals("they", StringComparison.OrdinalIgnoreCase) || name.Equals("we", StringComparison.OrdinalIgnoreCase)
            || name.Equals("it", StringComparison.OrdinalIgnoreCase) || name.Equals("i", StringComparison.OrdinalIgnoreCase)
            || name.Equals("you", StringComparison.OrdinalIgnoreCase));

    private static string? KnownSurname(List<AttributionDraft> drafts, int index, string surname)
    {
        for (int p = 0; p < drafts.Count; p++)
        {
            if (p == index || drafts[p].Speaker is not { } sp || !drafts[p].SpeakerIsPerson)
            {
                continue;
            }
            var n = sp.Name;
            // The family name comes last in most names and first in others ("Mao" of "Mao Ning", "Kim" of "Kim Jong Un"),
            // as the alias stage reads them.
            if (n.Length > surname.Length + 1 && (n.EndsWith(surname, StringComparison.Ordinal) && n[n.Length - surname.Length - 1] == ' '
                || n.StartsWith(surname, StringComparison.Ordinal) && n[surname.Length] == ' '))
            {
                return n;
            }
        }
        return null;
    }

    /// <summary>"Milley" → "Mark Milley" when the article writes the full name somewhere (a capitalised word right before the surname that is no title).</summary>
    private static string? FullNameInText(TokenView v, string surname)
    {
        var text = v.Text;
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf(surname, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
            from = at + surname.Length;
            int end = at + surname.Length;
            if (end < text.Length && char.IsLetterOrDigit(text[end]) || at < 2 || text[at - 1] != ' ')
            {
                continue;
            }
            int ws = at - 2;
            while (ws >= 0 && (char.IsLetter(text[ws]) || text[ws] == '-'))
            {
                ws--;
            }
            ws++;
            var first = text.AsSpan(ws, at - 1 - ws);
            if (first.Length >= 2 && char.IsUpper(first[0]) && !StatementLexicon.RoleWords.Contains(first) && !Places.Names.Contains(first.ToString())
                && !StatementLexicon.Determiners.Contains(first) && !StatementLexicon.OrgWords.Contains(first))
            {
                return text.Substring(ws, end - ws);
            }
        }
        return null;
    }

    private static bool AllCaps(TokenView v, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (v.IsLower(k) && !v.Is(k, "of") && !v.Is(k, "and") && !v.Is(k, "for"))
            {
                return false;
            }
        }
        return end > first;
    }

    // A role a person holds ("minister", "official"), not a body's word that also opens roles ("ministry", "council").
    private static bool IsPersonRole(TokenView v, int t) => v.InSet(t, StatementLexicon.RoleWords) && !v.InSet(t, StatementLexicon.OrgWords);

    /// <summary>A role word followed by a capitalised word between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool TitledNameAfter(TokenView v, int from, int to)
    {
        for (int t = v.Tokens.IndexAtOrAfter(from); t + 1 < v.Count && v.End(t + 1) <= to; t++)
        {
            if (v.IsWord(t) && IsPersonRole(v, t) && v.IsCap(t + 1)
                && !v.InSet(t + 1, StatementLexicon.RoleWords))
            {
                return true;
            }
        }
        return false;
    }

    // "Kees de Vries", "Ana van der Berg": a particle between capitalised words is part of the name.
    private static bool IsParticleInName(TokenView v, int t, int restFirst)
    {
        if (!v.IsLower(t) || !NameParticles.Contains(v.Word(t)))
        {
            return false;
        }
        int k = t - 1;
        while (k >= restFirst && v.IsLower(k) && NameParticles.Contains(v.Word(k)))
        {
            k--;
        }
        return k >= restFirst && v.IsCap(k);
    }

    /// <summary>"The Danish operator of a ferry that sank off Norway last week": a source holding a "that" or "which" clause
    /// (no comma before it) is written whole, and the words before the clause name the speaker.</summary>
    private static (int First, int End)? BeforeRestrictiveClause(TokenView v, int first, int end)
    {
        for (int k = first + 2; k < end - 1; k++)
        {
            if (v.IsComma(k - 1) || v.InQuote(k))
            {
                return null;
            }
            if ((v.Is(k, "that") || v.Is(k, "which")) && v.IsWord(k - 1) && !v.IsDeterminer(k - 1))
            {
                return (first, k);
            }
        }
        return null;
    }

    /// <summary>The "of" after a person's name of two or three title-case words that opens the source and is followed by a
    /// body ("the union", "Goldman Sachs"); null when the words are no person's name (a role, a body's or a place's word, a
    /// name the recogniser read across "of" as "Bank of America").</summary>
    private static int? PersonBeforeOf(TokenView v, int s, int e)
    {
        int of = s;
        while (of < e && of - s < 4 && v.IsCap(of) && v.Word(of).Length > 1 && char.IsLower(v.Word(of)[^1]))
        {
            of++;
        }
        if (of - s < 2 || of - s > 3 || of + 1 >= e || !v.Is(of, "of") || e - of > 7)
        {
            return null;
        }
        for (int k = s; k < of; k++)
        {
            var w = v.Word(k);
            if (v.InSet(k, StatementLexicon.RoleWords) || v.InSet(k, StatementLexicon.OrgWords) || EntityHeads.IsBodyNoun(w)
                || RoleWords.IsRoleWord(w) || Places.Names.Contains(w.ToString()))
            {
                return null;
            }
        }
        bool body = v.IsCap(of + 1) || v.Is(of + 1, "the") && of + 2 < e && (EntityHeads.IsBodyNoun(v.Word(e - 1)) || v.InSet(e - 1, StatementLexicon.OrgWords));
        if (!body)
        {
            return null;
        }
        foreach (var m in v.Document.Mentions)
        {
            if (m.Span.Start > v.Start(s))
            {
                break;
            }
            if (m.Span.End > v.End(of))
            {
                return null;
            }
        }
        return of;
    }

    private static string TrimDeterminer(TokenView v, int first, int end)
    {
        while (first < end - 1 && v.IsDeterminer(first))
        {
            first++;
        }
        return v.SpanText(first, end);
    }

    // The front role, the mention's role and the appositive often repeat one title ("an expert at X" / "expert at X",
    // "Chairman of X" inside "Chairman of X, US General"): each is listed once, inside the longest part that holds it.
    private static string? JoinRole(string? prefix, string? role, string? appositive)
    {
        string? r = null;
        ReadOnlySpan<string?> parts = [prefix, role, appositive];
        for (int i = 0; i < parts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(parts[i]) || HeldElsewhere(parts, i))
            {
                continue;
            }
            // "Dr. Helen Osei, the agency's chief safety officer": an honorific yields to the role the text gives.
            if (RoleFinder.IsHonorific(parts[i]) && HasOther(parts, i))
            {
                continue;
            }
            string tidied = Tidied(parts[i]!);
            if (tidied.Length == 0)
            {
                continue;
            }
            r = r is null ? tidied : r + ", " + tidied;
        }
        return r;
    }

    /// <summary>"Athens-based Kallisto Maritime": a word that says where a body sits ("-based", "-headquartered",
    /// "-registered") tells its seat, not its role, so the role is what remains ("Athens-based shipping firm" → "shipping
    /// firm"; nothing when that was all).</summary>
    private static string WithoutSeat(string role)
    {
        int start = 0;
        while (start < role.Length)
        {
            int space = role.IndexOf(' ', start);
            var word = role.AsSpan(start, (space < 0 ? role.Length : space) - start);
            if (!(word.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-headquartered", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("-registered", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }
            start = space < 0 ? role.Length : space + 1;
        }
        return start == 0 ? role : role[start..].Trim();
    }

    /// <summary>"lead investigator Professor" → "lead investigator": a role says what someone is, without the title of
    /// address that leads into the name.</summary>
    private static string Tidied(string role) => WithoutTitleAtEnd(AfterCopula(WithoutSeat(role)));

    /// <summary>"Among the critics was former senator Paul Brant": a source read back over an inverted copula holds the
    /// subject's words before the verb; the role is what follows it.</summary>
    private static string AfterCopula(string role)
    {
        int cut = -1;
        foreach (var copula in (ReadOnlySpan<string>)[" was ", " is ", " were ", " are "])
        {
            int at = role.LastIndexOf(copula, StringComparison.Ordinal);
            if (at >= 0 && at + copula.Length > cut)
            {
                cut = at + copula.Length;
            }
        }
        return cut > 0 && cut < role.Length ? role[cut..] : role;
    }

    private static bool HasOther(ReadOnlySpan<string?> parts, int i)
    {
        for (int k = 0; k < parts.Length; k++)
        {
            if (k != i && !string.IsNullOrWhiteSpace(parts[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HeldElsewhere(ReadOnlySpan<string?> parts, int i)
    {
        string part = WithoutArticle(parts[i]!);
        for (int k = 0; k < parts.Length; k++)
        {
            if (k == i || string.IsNullOrWhiteSpace(parts[k]))
            {
                continue;
            }
            string other = WithoutArticle(parts[k]!);
            bool same = string.Equals(other, part, StringComparison.OrdinalIgnoreCase);
            if (same ? k < i : other.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesARole(string words)
    {
        foreach (var range in words.AsSpan().Split(' '))
        {
            var word = words.AsSpan(range);
            // "local shopkeeper", "hydrologist": the language core's role heads and nouns for a person name one too.
            if (word.Length > 0 && (char.IsUpper(word[0]) || StatementLexicon.NamesAPersonsRole(word)))
            {
                return true;
            }
        }
        return false;
    }

    // An article alone before a name ("the White House said") leaves an empty string, which JoinRole skips as no role.
    private static string WithoutArticle(string text)
    {
        foreach (var article in (ReadOnlySpan<string>)["the", "a", "an"])
        {
            if (text.Equals(article, StringComparison.OrdinalIgnoreCase))
            {
                return "";
            }
            if (text.Length > article.Length && text.StartsWith(article, StringComparison.OrdinalIgnoreCase) && text[article.Length] == ' ')
            {
                return text[(article.Length + 1)..];
            }
        }
        return text;
    }
}
