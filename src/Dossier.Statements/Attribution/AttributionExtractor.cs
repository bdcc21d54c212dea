using Dossier.Core;
using Dossier.Language.Entities;
using Dossier.Core.Entities;
using Dossier.Core.Statements;
using Dossier.Statements.Lexicon;

namespace Dossier.Statements.Attribution;

/// <summary>Finds attributions (source, cue, content) in a document's tokens with rules over reporting words and quotes.</summary>
/// <remarks>
/// Works on "units": sentences joined where a quotation runs across the splitter's boundary or the next sentence
/// starts in lower case ("…?” he said"). Patterns: subject + cue + content ("X said that …"), content + cue + subject
/// ("…,” said X" / "…, X said"), "according to X", passives ("it was reported that"), and "called … 'fake'".
/// </remarks>
internal static class AttributionExtractor
{
    private const int MaxSourceTokens = 16;

    public static List<AttributionDraft> Extract(TokenView v, List<(int First, int End, int Paragraph)> units)
    {
        var drafts = new List<AttributionDraft>();
        for (int u = 0; u < units.Count; u++)
        {
            var (u0, u1, paragraph) = units[u];
            int firstInUnit = drafts.Count;
            for (int t = u0; t < u1; t++)
            {
                if (v.InQuote(t) || !v.IsWord(t))
                {
                    continue;
                }
                AttributionDraft? d = null;
                if (v.Is(t, "according") && v.Is(t + 1, "to") && t + 2 < u1)
                {
                    d = AccordingTo(v, t, u0, u1);
                    t++;
                }
                else if (v.Is(t, "citing") && !v.InQuote(t) || RecallsItsOwnForecast(v, t, u0, u1))
                {
                    continue;
                }
                else
                {
                    d = VerbCue(v, t, u0, u1, drafts, firstInUnit);
                }
                if (d is not null)
                {
                    TrailingCiting(v, d, u1);
                    d.Unit = u;
                    d.Paragraph = paragraph;
                    drafts.Add(d);
                    t = Math.Max(t, d.CueEnd - 1);
                }
            }
            ClipContents(v, drafts, firstInUnit, u1);
        }
        return drafts;
    }

    /// <summary>"The agency stood by its figure of 42,000", "stands by the report": to stand by one's own figure, report or
    /// account is to say it again; the cue is "stood by" and what is stood by is the content.</summary>
    private static bool StandsByAClaim(TokenView v, int t, int u1)
    {
        if (!(v.Is(t, "stood") || v.Is(t, "stands") || v.Is(t, "stand") || v.Is(t, "standing")) || t + 3 >= u1 || !v.Is(t + 1, "by"))
        {
            return false;
        }
        int n = t + 2;
        if (!(v.Is(n, "its") || v.Is(n, "their") || v.Is(n, "his") || v.Is(n, "her") || v.Is(n, "the") || v.Is(n, "our") || v.Is(n, "my")))
        {
            return false;
        }
        n++;
        if (n + 1 < u1 && v.IsLower(n) && !IsClaimNoun(v.Word(n)))
        {
            n++; // "its original figure", "the earlier estimate"
        }
        return n < u1 && IsClaimNoun(v.Word(n));
    }

    private static bool IsClaimNoun(ReadOnlySpan<char> w) =>
        w is "figure" or "figures" or "estimate" or "estimates" or "report" or "reporting" or "reports" or "story" or "account"
            or "claim" or "claims" or "statement" or "statements" or "findings" or "assessment" or "forecast" or "count" or "tally"
            or "numbers" or "data" or "version" or "allegations" or "remarks" or "comments" or "comment" or "conclusion" or "conclusions";

    /// <summary>"a day after", "two weeks before", "hours after", "days since": a length of time that places the clause
    /// against another event.</summary>
    private static bool IsSpanOfTimeBefore(TokenView v, int k)
    {
        int unit = v.Is(k, "a") || v.Is(k, "an") || v.Is(k, "one") || v.Is(k, "two") || v.Is(k, "three") || v.Is(k, "few") || v.IsNumber(k) ? k + 1 : k;
        if (v.Is(unit, "few"))
        {
            unit++;
        }
        return unit < v.Count && NumberWords.LengthsOfTime.Contains(v.Word(unit)) && unit + 1 < v.Count && (v.Is(unit + 1, "after") || v.Is(unit + 1, "before") || v.Is(unit + 1, "since"));
    }

    /// <summary>"The heat will peak on Tuesday, the agency said, as it had forecast last week": an "as" clause whose cue
    /// takes nothing but a time after it points back at the speech of the sentence; it says nothing of its own.</summary>
    internal static bool RecallsItsOwnForecast(TokenView v, int t, int u0, int u1)
    {
        int p = t - 1;
        while (p > u0 && v.IsLower(p) && v.InSet(p, StatementLexicon.Auxiliaries))
        {
            p--;
        }
        // The word tests before the set look-up: this runs for every word of a unit.
        if (p <= u0 || !v.Is(p - 1, "as") || p - 2 < u0 || !v.IsComma(p - 2) || !v.InSet(p, StatementLexicon.SubjectPronouns))
        {
            return false;
        }
        for (int k = t + 1; k < u1 && !v.IsComma(k); k++)
        {
            if (v.IsWord(k) && !v.InSet(k, StatementLexicon.TailStarters) && !v.InSet(k, StatementLexicon.DayWords)
                && !v.Is(k, "week") && !v.Is(k, "month") && !v.Is(k, "year") && !v.Is(k, "earlier") || v.InQuote(k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Builds units: a paragraph's sentences, joined where a quote spans a boundary or a sentence starts in lower case.</summary>
    public static List<(int First, int End, int Paragraph)> Units(TokenView v)
    {
        var doc = v.Document;
        var units = new List<(int, int, int)>();
        if (doc.Sentences.Length == 0)
        {
            for (int pi = 0; pi < doc.Paragraphs.Length; pi++)
            {
                var p = doc.Paragraphs[pi];
                int first = v.Tokens.IndexAtOrAfter(p.Span.Start);
                int end = first;
                while (end < v.Count && v.Start(end) < p.Span.End)
                {
                    end++;
                }
                if (end > first)
                {
                    units.Add((first, end, pi));
                }
            }
            return units;
        }
        int curFirst = -1, curEnd = -1, curPara = -1;
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount == 0)
            {
                continue;
            }
            int position = Math.Max(0, doc.ParagraphPositionAt(s.Span.Start));
            bool join = curFirst >= 0 && position == curPara
                && (v.InQuote(s.FirstToken) && v.QuoteOf(s.FirstToken) == v.QuoteOf(curEnd - 1) && !v.ClosesQuote(curEnd - 1)
                    || v.IsLower(s.FirstToken)
                    || v.IsComma(s.FirstToken));
            if (join)
            {
                curEnd = s.EndToken;
                continue;
            }
            if (curFirst >= 0)
            {
                units.Add((curFirst, curEnd, curPara));
            }
            curFirst = AfterAnEntryStamp(v, s.FirstToken, s.EndToken);
            curEnd = s.EndToken;
            curPara = position;
        }
        if (curFirst >= 0)
        {
            units.Add((curFirst, curEnd, curPara));
        }
        return units;
    }

    // "16:05 Tarvia's foreign minister, Elena Vasko, has rejected …": a live page's entry opens on the clock time it was
    // written, which is no part of the sentence's subject; the unit starts after it.
    private static int AfterAnEntryStamp(TokenView v, int first, int end)
    {
        int start = v.Start(first);
        int p = v.Document.ParagraphPositionAt(start);
        if (p < 0 || v.Document.Paragraphs[p].Span.Start != start
            || Dossier.Time.Recognition.EntryStamp.OpeningLength(v.Text, start) is not (> 0 and var length))
        {
            return first;
        }
        int k = first;
        while (k + 1 < end && v.Start(k) < start + length)
        {
            k++;
        }
        return k;
    }

    private static AttributionDraft? AccordingTo(TokenView v, int t, int u0, int u1)
    {
        int srcFirst = t + 2;
        // "according to two people familiar with the investigation": how they know is part of who they are.
        int srcEnd = RightNp(v, srcFirst, u1);
        // "according to reports in Spain", "according to media reports": after "according to" a plural noun of speech is
        // the source's head, not a verb that ends it.
        if (srcEnd < u1 && v.IsLower(srcEnd) && v.Word(srcEnd) is "reports" or "estimates" or "claims" or "statements" or "accounts")
        {
            srcEnd = srcEnd + 1 < u1 && v.IsLower(srcEnd + 1) && !v.InSet(srcEnd + 1, StatementLexicon.RightStops) ? RightNp(v, srcEnd + 1, u1) : srcEnd + 1;
        }
        srcEnd = ThroughKnowledgePhrase(v, srcEnd, u1);
        if (srcEnd <= srcFirst)
        {
            return null;
        }
        // The whole phrase, which the source may end inside of; the speech starts after it.
        int phraseEnd = srcEnd;
        Relay? seenBy = null;
        // "according to an indictment unsealed in a Dutch court", "documents seen by Reuters": the document ends the source.
        for (int k = srcFirst + 1; k < srcEnd; k++)
        {
            if (v.IsLower(k - 1) && v.InSet(k - 1, StatementLexicon.DocumentNouns) && v.IsLower(k)
                && (v.Word(k).EndsWith("ed", StringComparison.Ordinal) || v.Is(k, "seen") || v.Is(k, "shown") || v.Is(k, "given")))
            {
                // "according to a screenshot seen by the Oslo Herald": the outlet that saw the document passes it on.
                if (k + 2 < u1 && v.Is(k + 1, "by") && (v.Is(k, "seen") || v.Is(k, "obtained") || v.Is(k, "reviewed"))
                    && RightNp(v, k + 2, u1) is int byEnd && byEnd > k + 2 && IsPress(v, k + 2, byEnd, out var outlet))
                {
                    seenBy = new Relay(outlet, v.Span(k + 2, byEnd), "report");
                    phraseEnd = Math.Max(phraseEnd, byEnd);
                }
                srcEnd = k;
                // "…, released by the White House, Sullivan said": the participle's phrase runs to the comma.
                for (int c = k + 1; c < u1 && c <= k + 10 && !v.InQuote(c); c++)
                {
                    if (v.IsComma(c))
                    {
                        phraseEnd = c;
                        break;
                    }
                }
                break;
            }
        }
        // "according to a statement from the cyber agency": the agency speaks through its statement.
        // "a review of the database by the Detroit Free Press": what was reviewed is no issuer; who reviewed it is.
        if (srcEnd + 1 < u1 && (v.Is(srcEnd, "from") || v.Is(srcEnd, "by")) && HasDocumentNoun(v, srcFirst, srcEnd)
            && RightNp(v, srcEnd + 1, u1) is int issuerEnd && issuerEnd > srcEnd + 1)
        {
            srcFirst = srcEnd + 1;
            srcEnd = issuerEnd;
            phraseEnd = Math.Max(phraseEnd, issuerEnd);
        }
        // "according to the company, Andes Polymetal SA.": a description, then the name it stands for between a comma and
        // the clause's end; the name speaks and the description is its role.
        string? described = null;
        if (srcEnd + 2 < u1 && phraseEnd == srcEnd && v.IsComma(srcEnd) && srcEnd - srcFirst is >= 2 and <= 4 && v.IsDeterminer(srcFirst)
            && AllLower(v, srcFirst + 1, srcEnd))
        {
            int n = srcEnd + 1;
            while (n < u1 && v.IsCap(n) && n - srcEnd <= 6)
            {
                n++;
            }
            if ((n - srcEnd - 1 >= 2 || v.IsAcronym(srcEnd + 1)) && (n >= u1 || v.IsComma(n) || v.IsChar(n, '.')))
            {
                described = v.SpanText(v.Is(srcFirst, "the") || v.Is(srcFirst, "a") || v.Is(srcFirst, "an") ? srcFirst + 1 : srcFirst, srcEnd);
                srcFirst = srcEnd + 1;
                srcEnd = n;
                phraseEnd = n;
            }
        }
        var d = new AttributionDraft
        {
            CueFirst = t, CueEnd = t + 2, SourceFirst = srcFirst, SourceEnd = srcEnd,
            Act = SpeechAct.Assert, Class = CueClass.Verb, Hedge = Certainty.Certain, Appositive = described,
        };
        if (seenBy is { } relay)
        {
            d.Relays.Add(relay);
        }
        bool atStart = t == u0 || (v.IsComma(t - 1) && (t - 1 == u0 || v.Is(t - 2, "that") || LooksLikeOpener(v, u0, t - 1)));
        // "Payments failed across the country, according to monitoring site PowerCheck, which logged …": a relative
        // clause after the source's comma describes the source; the speech is the short clause before the cue.
        if (atStart && v.IsComma(phraseEnd) && phraseEnd + 1 < u1 && !(t > u0 && (v.Is(phraseEnd + 1, "which") || v.Is(phraseEnd + 1, "who"))))
        {
            d.Content = ContentRight(v, phraseEnd + 1, u1);
        }
        else if (t > u0)
        {
            int end = v.IsComma(t - 1) ? t - 1 : t;
            d.Content = LeftContent(v, u0, end);
            d.Trailing = true;
            // "…, according to Sky Sports, citing sources close to the club": the cited speak, the outlet relays them.
            if (phraseEnd + 2 < u1 && v.IsComma(phraseEnd) && v.Is(phraseEnd + 1, "citing"))
            {
                int citedEnd = ThroughKnowledgePhrase(v, RightNp(v, phraseEnd + 2, u1), u1);
                if (citedEnd > phraseEnd + 2)
                {
                    d.CitedBy = v.SpanText(phraseEnd + 2, citedEnd);
                    d.CitedBySpan = v.Span(phraseEnd + 2, citedEnd);
                }
            }
        }
        else
        {
            d.Content = ContentRight(v, phraseEnd, u1);
        }
        return d.Content.IsEmpty ? null : d;
    }

    private static bool AllLower(TokenView v, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (!v.IsLower(k))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasDocumentNoun(TokenView v, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (v.IsLower(k) && v.InSet(k, StatementLexicon.DocumentNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A short opener before the first comma: "In July,", "Earlier,", "On September 4,".</summary>
    private static bool LooksLikeOpener(TokenView v, int u0, int comma)
    {
        if (comma - u0 > 5)
        {
            return false;
        }
        for (int k = u0; k < comma; k++)
        {
            if (StatementLexicon.CueLookup.ContainsKey(v.Word(k)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Analysts at Nordea estimate the blockade could …", "we estimate that …": the plural subject's "estimate",
    /// which the cue lexicon leaves out because it is mostly a noun ("an estimate", "the official estimate of …"). It is the
    /// verb only after a plural subject (a pronoun, a lower-case plural, or a name closing "analysts at X") and before words
    /// that open a clause.</summary>
    /// <remarks>Kept out of the lexicon so that the tagger's cue feature for the noun, which the committed model learned,
    /// does not change.</remarks>
    private static bool PluralSubjectsEstimate(TokenView v, int t, int u0, int u1)
    {
        if (!v.Is(t, "estimate") || !v.IsLower(t) || t - 1 < u0 || t + 1 >= u1)
        {
            return false;
        }
        int p = t - 1;
        var pw = v.Word(p);
        bool plural = v.Is(p, "we") || v.Is(p, "they")
            || v.IsLower(p) && pw.Length > 4 && pw[^1] == 's' && pw[^2] != 's' && StatementLexicon.NamesAPersonsRole(pw[..^1]);
        if (!plural && v.IsCap(p))
        {
            // "Analysts at Keefe, Bruyette & Woods estimate": a name after "at / from / with" a plural noun for people.
            for (int k = p - 1; k > u0 && p - k <= 6; k--)
            {
                if ((v.Is(k, "at") || v.Is(k, "from") || v.Is(k, "with")) && v.IsWord(k - 1) && v.Word(k - 1).Length > 4 && v.Word(k - 1)[^1] == 's'
                    && StatementLexicon.NamesAPersonsRole(v.Word(k - 1)[..^1]))
                {
                    plural = true;
                    break;
                }
            }
        }
        int n = t + 1;
        return plural && (v.Is(n, "that") || v.IsNumber(n) || v.IsDeterminer(n) && !v.Is(n, "a") && !v.Is(n, "an")
            || v.InSet(n, StatementLexicon.SubjectPronouns) || v.IsCap(n) || v.Is(n, "as") && v.Is(n + 1, "many") || v.Is(n, "about") || v.Is(n, "around"));
    }

    private static AttributionDraft? VerbCue(TokenView v, int t, int u0, int u1, List<AttributionDraft> drafts, int firstInUnit)
    {
        if (v.Is(t, "quoted") && QuotedAsSaying(v, t, u0, u1) is { } quotedAs)
        {
            return quotedAs;
        }
        var w = v.Word(t);
        bool passiveKnown = false;
        int documentSubject = -1;
        bool standsBy = false;
        if (!StatementLexicon.CueLookup.TryGetValue(w, out var info))
        {
            // "it became known that", "it emerged that"
            if ((v.Is(t, "known") && (v.Is(t - 1, "became") || v.Is(t - 1, "become") || v.Is(t - 1, "is") || v.Is(t - 1, "was")) && v.Is(t - 2, "it"))
                || (v.Is(t, "emerged") && v.Is(t - 1, "it")))
            {
                passiveKnown = true;
                info = new CueInfo(SpeechAct.Assert, CueClass.Verb, Certainty.Certain, false);
            }
            else if (v.Is(t, "showed") || v.Is(t, "shows") || v.Is(t, "found") || v.Is(t, "finds"))
            {
                // "…, a survey by IBRiS for the daily Rzeczpospolita showed", "the study found that": what a document
                // shows or finds is its statement; what a video shows or the police found is not.
                documentSubject = DocumentSubjectBefore(v, t, u0);
                if (documentSubject < 0)
                {
                    return null;
                }
                info = new CueInfo(SpeechAct.Assert, CueClass.Report, Certainty.Certain, false);
            }
            else if (PluralSubjectsEstimate(v, t, u0, u1))
            {
                info = new CueInfo(SpeechAct.Believe, CueClass.Verb, Certainty.Belief, false);
            }
            else if (StandsByAClaim(v, t, u1))
            {
                standsBy = true;
                info = new CueInfo(SpeechAct.Assert, CueClass.Verb, Certainty.Certain, false);
            }
            else
            {
                return null;
            }
        }
        // "a Washington-based think tank said": the noun "think tank", not the verb.
        if (!v.IsLower(t) || IsThinkTank(v, t))
        {
            return null;
        }
        int prev = t - 1;
        if (prev >= u0 && v.IsDeterminer(prev) && !v.Is(prev, "that"))
        {
            return null;
        }
        // "the first confirmed cases", "the only reported death": after an article and an ordinal or "newly" the participle
        // describes the noun that follows it.
        if (prev - 1 >= u0 && v.IsDeterminer(prev - 1) && t + 1 < u1 && v.IsLower(t + 1)
            && v.Word(prev) is "first" or "second" or "third" or "last" or "only" or "latest" or "newly" or "officially" or "recently")
        {
            return null;
        }
        if (prev >= u0 && v.IsPossessive(prev))
        {
            return null;
        }
        if (InAnObjectRelative(v, t, u0, u1))
        {
            return null;
        }
        if (info.NounToo && prev >= u0 && v.IsLower(prev) && !v.InSet(prev, StatementLexicon.SubjectPronouns) && !v.InSet(prev, StatementLexicon.Auxiliaries)
            && !(v.Is(t + 1, "that") || v.IsComma(t + 1) || v.IsChar(t + 1, ':'))
            && !(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (t + 1 >= u1 || v.IsChar(t + 1, '.'))))
        {
            return null; // "intelligence reports about Russia"; "…, the report estimated." is past tense, no noun
        }
        if (info.NounToo && prev >= u0 && v.IsLower(prev) && v.Word(prev).EndsWith("ed", StringComparison.Ordinal) && !v.InSet(prev, StatementLexicon.Auxiliaries))
        {
            return null; // "it had received reports that …": the object of a verb, not a report made
        }
        // "as (first) reported by X": X relays a statement of the sentence, or, when the sentence has none, X says it.
        int asAt = v.Is(prev, "as") ? prev : prev - 1 >= u0 && v.Is(prev - 1, "as") && IsRelayAdverb(v, prev) ? prev - 1 : -1;
        if (asAt >= 0 && (v.Is(t + 1, "by") || v.IsCap(t + 1) == false))
        {
            if (drafts.Count > firstInUnit || !v.Is(t + 1, "by") || asAt - 1 <= u0 || !v.IsComma(asAt - 1))
            {
                return null;
            }
            int byEnd = RightNp(v, t + 2, u1);
            if (byEnd <= t + 2)
            {
                return null;
            }
            var reported = new AttributionDraft
            {
                CueFirst = asAt, CueEnd = t + 2, SourceFirst = t + 2, SourceEnd = byEnd,
                Act = SpeechAct.Assert, Class = CueClass.Report, Hedge = Certainty.Certain, Trailing = true,
                Content = LeftContent(v, u0, asAt - 1),
            };
            // "The safety board, as reported by Northline, is examining whether …": the aside splits its subject from its
            // verb, so what was reported runs on after it.
            if (!reported.Content.IsEmpty && byEnd + 1 < u1 && v.IsComma(byEnd) && v.IsLower(byEnd + 1) && !v.InSet(byEnd + 1, StatementLexicon.TailStarters)
                && !v.Is(byEnd + 1, "who") && !v.Is(byEnd + 1, "which") && SubjectOnly(v, u0, asAt - 1))
            {
                var rest = ContentRight(v, byEnd + 1, u1);
                if (!rest.IsEmpty)
                {
                    reported.Content = new TextSpan(reported.Content.Start, rest.End);
                }
            }
            return reported.Content.IsEmpty ? null : reported;
        }
        if ((w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("projected", StringComparison.OrdinalIgnoreCase)
            || w.Equals("estimated", StringComparison.OrdinalIgnoreCase) || w.Equals("alleged", StringComparison.OrdinalIgnoreCase)
            || w.Equals("thought", StringComparison.OrdinalIgnoreCase) || w.Equals("believed", StringComparison.OrdinalIgnoreCase))
            && (v.Is(t + 1, "to") || (v.Is(t - 1, "is") || v.Is(t - 1, "are") || v.Is(t - 1, "was") || v.Is(t - 1, "were")) && !v.Is(t - 2, "it")))
        {
            return null; // "is expected to", "the alleged deal", "were believed to"
        }
        if (info.Class == CueClass.Object && (w.StartsWith("call", StringComparison.OrdinalIgnoreCase)) && !CalledIsSpeech(v, t, u1))
        {
            return null;
        }
        if (IsNonSpeechUse(v, t, u1))
        {
            return null;
        }

        if (w.Equals("questioned", StringComparison.OrdinalIgnoreCase) || w.Equals("asked", StringComparison.OrdinalIgnoreCase))
        {
            if (!v.Is(t + 1, "whether") && !v.Is(t + 1, "why") && !v.Is(t + 1, "if") && !v.IsComma(t + 1) && !v.OpensQuote(Math.Min(t + 1, u1 - 1)))
            {
                return null;
            }
        }

        var d = new AttributionDraft { CueFirst = t, CueEnd = standsBy ? t + 2 : t + 1, Act = info.Act, Class = info.Class, Hedge = info.Hedge };
        if (passiveKnown)
        {
            d.CueFirst = t - 1;
        }
        // Auxiliaries, negation and adverbs in front belong to the cue ("has since denied", "does not believe").
        int a = d.CueFirst - 1;
        bool passive = passiveKnown;
        while (a >= u0 && !v.InQuote(a) && v.IsLower(a) && (v.InSet(a, StatementLexicon.Auxiliaries) || IsMannerAdverb(v, a, u0) || IsSoFar(v, a, u0)))
        {
            if (v.Is(a, "was") || v.Is(a, "were") || v.Is(a, "is") || v.Is(a, "are") || v.Is(a, "been") || v.Is(a, "be") || v.Is(a, "being"))
            {
                passive = true;
            }
            a--;
        }
        d.CueFirst = a + 1;
        bool negated = false;
        for (int k = d.CueFirst; k < d.CueEnd; k++)
        {
            if (v.IsNegation(k))
            {
                negated = true;
            }
        }
        if (negated && DoubtsWhenNegated(w))
        {
            d.Act = SpeechAct.Doubt;
            d.Hedge = Certainty.Doubtful;
        }

        if (passive)
        {
            return Passive(v, d, t, u0, u1, passiveKnown);
        }

        int j = d.CueFirst - 1;
        // subject on the left
        if (j >= u0 && !v.InQuote(j))
        {
            if (v.IsWord(j) && v.InSet(j, StatementLexicon.SubjectPronouns))
            {
                d.SourceFirst = j;
                d.SourceEnd = j + 1;
            }
            else if (v.IsComma(j))
            {
                TryAppositive(v, d, j, u0);
                if (!d.HasSource)
                {
                    TryNameAfterDescription(v, d, j, u0);
                }
                if (!d.HasSource)
                {
                    TrySubjectBeforeRelativeClause(v, d, j, u0);
                }
                // "The foreign minister, in an interview with Bloomberg, said": an aside naming the interview or statement
                // the words came in stands between the subject and the cue, and relays them.
                if (!d.HasSource && InterviewAside(v, j, u0) is int open && LeftNp(v, open - 1, u0) is int speaker && speaker < open
                    && !OpensVerbPhrase(v, speaker))
                {
                    d.SourceFirst = speaker;
                    d.SourceEnd = open;
                    for (int k = open + 1; k < j; k++)
                    {
                        TailPhrase(v, d, ref k, j, open + 1);
                    }
                }
                // "The state weather bureau, known as PAGASA, said": the alias between commas belongs to the subject.
                if (!d.HasSource && KnownAsBefore(v, j, u0) is int alias && LeftNp(v, alias - 1, u0) is int head && head < alias)
                {
                    d.SourceFirst = head;
                    d.SourceEnd = j;
                }
                if (!d.HasSource && SkipParentheticalAdverb(v, j, u0) is int inner and >= 0)
                {
                    int k = LeftNp(v, inner, u0);
                    if (k <= inner && v.IsCap(inner))
                    {
                        d.SourceFirst = k;
                        d.SourceEnd = inner + 1;
                    }
                }
            }
            else
            {
                int k = LeftNp(v, j, u0);
                // "House Speaker Paul Ryan on Thursday declared": the date is not the subject, the phrase before "on" is.
                if (k <= j && k - 2 >= u0 && v.Is(k - 1, "on") && IsDate(v, k, j + 1))
                {
                    if (LeftNp(v, k - 2, u0) is int before && before <= k - 2)
                    {
                        j = k - 2;
                        k = before;
                    }
                    // "The company that operated the ferry, which sank this week, on Friday rejected": after an aside the
                    // date stands alone; the noun phrase the sentence opens with, before its relative clause, speaks.
                    else if (v.IsComma(k - 2) && OpeningSubject(v, u0, k - 2) is var (subjectFirst, subjectEnd))
                    {
                        j = subjectEnd - 1;
                        k = subjectFirst;
                    }
                }
                // "A company that operates the dam denied …": what the scan found is a relative clause; its noun speaks.
                if (k < j && k - 2 >= u0 && v.IsLower(k) && !v.IsDeterminer(k) && (v.Is(k - 1, "that") || v.Is(k - 1, "who") || v.Is(k - 1, "which"))
                    && !v.Word(k - 2).EndsWith("ed", StringComparison.Ordinal) && !StatementLexicon.CueLookup.ContainsKey(v.Word(k - 2))
                    && LeftNp(v, k - 2, u0) is int head && head < k - 1 && (v.IsDeterminer(head) || v.IsCap(head)))
                {
                    k = head;
                }
                // "Two employees who spoke to Reuters on condition of anonymity said": what follows a preposition is no
                // subject; the noun phrase before the relative pronoun is.
                // So is one inside "that"/"which" clause: "The builder of a dam that collapsed in Laos this week said".
                if (k <= j && k - 1 > u0 && v.IsLower(k - 1) && (v.Is(k - 1, "of") || v.Is(k - 1, "to") || v.Is(k - 1, "with") || v.Is(k - 1, "on")
                        || v.Is(k - 1, "in") || v.Is(k - 1, "at") || v.Is(k - 1, "near") || v.Is(k - 1, "from") || v.Is(k - 1, "off") || v.Is(k - 1, "into"))
                    && WhoBefore(v, k - 1, u0) is int who && LeftNp(v, who - 1, u0) is int subject && subject < who)
                {
                    // "the builder | of | a dam that …": the noun the clause describes may close an "of" phrase.
                    if (!v.Is(who, "who") && subject - 2 >= u0 && v.Is(subject - 1, "of") && LeftNp(v, subject - 2, u0) is int owner && owner < subject - 1)
                    {
                        subject = owner;
                    }
                    k = subject;
                    // A "who" clause after the speaker's noun is left out of the source, as before; a "that" or "which"
                    // clause stays in it (the speaker is read from the words before it).
                    j = v.Is(who, "who") ? who - 1 : j;
                }
                // "An official who asked not to be named said", "a diplomat who declined to be identified told": a scan
                // stopped by the "be" of a "who" clause found its participle; the noun before "who" speaks, without the clause.
                if (k <= j && k - 1 > u0 && v.IsLower(k) && (v.Is(k - 1, "be") || v.Is(k - 1, "been")) && WhoBefore(v, k - 1, u0) is int whoAt
                    && v.Is(whoAt, "who") && LeftNp(v, whoAt - 1, u0) is int named && named < whoAt)
                {
                    k = named;
                    j = whoAt - 1;
                }
                // "Residents interviewed by local broadcaster Globo said": the people interviewed speak, and whoever
                // interviewed or quoted them carries the speech.
                if (k <= j && InterviewerBefore(v, k, u0) is int by && LeftNp(v, by - 2, u0) is int people && people < by - 1)
                {
                    int relayEnd = j + 1;
                    d.Relays.Add(new Relay(PressName(v, by + 1, relayEnd), v.Span(by + 1, relayEnd), v.Is(by - 1, "interviewed") ? "interview" : "report"));
                    k = people;
                    j = by - 2;
                }
                // "Environmental prosecutors in Minas Gerais said": a place after "in" or "from" is where the people before it are.
                // "The Russian embassy in Lisbon rejected": a country's mission abroad is named by where it sits, too.
                if (k <= j && k - 2 >= u0 && (v.IsCap(k) || v.Is(k, "the") && k < j && v.IsCap(k + 1)) && (v.Is(k - 1, "in") || v.Is(k - 1, "from")) && (v.IsLower(k - 2) || k - 2 == u0)
                    && (v.Word(k - 2).EndsWith('s') || StatementLexicon.IsMissionAbroad(v.Word(k - 2))) && LeftNp(v, k - 2, u0) is int group && group < k - 1)
                {
                    k = group;
                }
                // "a ferry that sank off Norway last week said": a scan that ran through a relative clause may have stopped at
                // an "of" phrase the described noun closes; the source opens with the noun that owns it ("The Danish
                // operator of a ferry that …").
                for (int r = k + 1; r <= j && k < j; r++)
                {
                    if (v.Is(r, "that") || v.Is(r, "which") || v.Is(r, "who"))
                    {
                        if (k - 2 >= u0 && v.Is(k - 1, "of") && LeftNp(v, k - 2, u0) is int owner && owner < k - 1)
                        {
                            k = owner;
                        }
                        break;
                    }
                }
                // "… had received | reports": a scan that opens on an auxiliary or adverb found a verb phrase, not a subject.
                // "…, well above the figure first reported": an amount is what was reported, never who reported it.
                if (k <= j && !OpensVerbPhrase(v, k) && !(v.IsLower(j) && IsAmountNoun(v.Word(j))))
                {
                    d.SourceFirst = Math.Max(u0, v.WithItsNumber(k));
                    d.SourceEnd = j + 1;
                }
            }
        }
        if (documentSubject >= 0)
        {
            d.SourceFirst = documentSubject; // the whole document phrase: "a survey by IBRiS for the daily Rzeczpospolita"
            d.SourceEnd = d.CueFirst;
        }
        if (d.HasSource)
        {
            FrontRole(v, d, u0);
            // "In an interview with the BBC, the head of …, Dr Ryan, warned": a relay phrase may open the sentence.
            for (int k = u0; k < d.SourceFirst - 1; k++)
            {
                TailPhrase(v, d, ref k, d.SourceFirst, u0);
            }
            // "Two employees who spoke to Reuters on condition of anonymity said": the relative clause names the outlet.
            if (v.Is(d.SourceEnd, "who"))
            {
                for (int k = d.SourceEnd + 1; k < d.CueFirst; k++)
                {
                    TailPhrase(v, d, ref k, d.CueFirst, d.SourceEnd);
                }
            }
        }

        if (d.HasSource && d.Act == SpeechAct.Deny && ClauseEndsAt(v, d.CueEnd, u1))
        {
            int? comma = RelativeBeforeSource(v, d.SourceFirst, u0) is int which ? which - 1 : null;
            // "…, a position an international tribunal rejected in 2016": a noun that sums up the clause before stands
            // where "which" would, and the scan took it into the source.
            int article = v.Is(d.SourceFirst, "a") || v.Is(d.SourceFirst, "an") ? d.SourceFirst : d.SourceFirst - 1;
            if (comma is null && article - 1 > u0 && v.IsComma(article - 1) && (v.Is(article, "a") || v.Is(article, "an"))
                && v.IsLower(article + 1) && article + 2 < d.SourceEnd && (v.IsDeterminer(article + 2) || v.IsCap(article + 2)))
            {
                comma = article - 1;
                d.SourceFirst = article + 2;
            }
            if (comma is int relativeComma)
            {
                ObjectOfRelative(v, d, relativeComma, u0, drafts, firstInUnit);
                return d.Content.IsEmpty ? null : d;
            }
        }

        int after = d.CueEnd;
        if (d.Class == CueClass.Object)
        {
            after = SkipObject(v, d, after, u1);
        }
        int leftBoundary = d.HasSource ? d.SourceFirst - 1 : d.CueFirst - 1;
        if (d.HasSource && (QuoteBeforeRole(v, u0, leftBoundary) ?? DescriptionBeforeName(v, d, u0, leftBoundary)) is int quote)
        {
            leftBoundary = quote; // '"…," his attorney, Rachel Stein, told': the speech ends before the role, which is hers
        }
        bool boundaryIsBreak = leftBoundary >= u0 && (v.IsComma(leftBoundary) || v.ClosesQuote(leftBoundary) || v.IsChar(leftBoundary, '-') || v.IsChar(leftBoundary, '—') || v.IsChar(leftBoundary, '–'));

        if (!d.HasSource && boundaryIsBreak && after < u1 && (v.IsCap(after) || v.IsDeterminer(after) || v.IsWord(after) && v.InSet(after, StatementLexicon.SubjectPronouns)
            || DescribedName(v, after, u1)))
        {
            // inverted: "…,” said Kirby" / ", says White House"
            int end = v.InSet(after, StatementLexicon.SubjectPronouns) ? after + 1 : RightNp(v, after, u1);
            if (end > after && NameAfterDescription(v, after, end, u1) is int named)
            {
                end = named;
            }
            var probe = new AttributionDraft();
            int next = end > after ? RightAppositive(v, probe, end, u1) : end;
            // "A researcher who …, and who asked not to be named, said the files appeared on a forum": a phrase after the cue
            // that ends on a past verb is the subject and verb of what was said, not a speaker put after its cue.
            bool endsOnAPastVerb = end - 1 > after && v.IsLower(end - 1) && v.Word(end - 1) is { Length: > 4 } last
                && last.EndsWith("ed", StringComparison.Ordinal);
            // "…, said Berg, but its costs are low": a clause after "but" goes on past the inverted speaker (PolNeAR joins it to
            // the speech before as a second fragment); the name is the speaker, not the start of what was said.
            bool butAfter = next + 2 < u1 && v.IsComma(next) && v.Is(next + 1, "but") && !v.InQuote(next + 1);
            if (end > after && (TailIsAdjunct(v, next, u1) || butAfter) && !InfinitiveAfterObject(v, next, u1) && !endsOnAPastVerb)
            {
                d.SourceFirst = after;
                d.SourceEnd = end;
                d.Appositive = probe.Appositive;
                d.Trailing = true;
                d.Content = LeftContent(v, u0, leftBoundary);
                ScanTail(v, d, next, u1);
                SplitQuoteContinuation(v, d, next, u1);
                return d.Content.IsEmpty ? null : d;
            }
        }

        if (d.HasSource && boundaryIsBreak && TailIsAdjunct(v, after, u1) && leftBoundary > u0)
        {
            d.Trailing = true;
            d.Content = LeftContent(v, u0, leftBoundary);
            ScanTail(v, d, after, u1);
            SplitQuoteContinuation(v, d, after, u1);
            return d.Content.IsEmpty ? null : d;
        }

        if (d.HasSource && boundaryIsBreak && v.IsComma(leftBoundary) && after + 1 < u1 && v.IsComma(after) && leftBoundary > u0
            && !v.InSet(after + 1, StatementLexicon.TailStarters) && !v.Is(after + 1, "citing") && !v.Is(after + 1, "saying") && !v.Is(after + 1, "adding") && !v.InQuote(after + 1))
        {
            d.Content = ContentRight(v, u0, u1);
            d.Trailing = true;
            return d.Content.IsEmpty ? null : d;
        }

        if (!d.HasSource)
        {
            // coordinated verb: "he said that …, but doubts that …"
            for (int p = drafts.Count - 1; p >= firstInUnit; p--)
            {
                if (drafts[p].HasSource && (v.Is(j, "but") || v.Is(j, "and") || v.IsComma(j)))
                {
                    d.Coordinated = p;
                    break;
                }
            }
            if (d.Coordinated < 0 && j > u0 && (v.Is(j, "and") || v.Is(j, "but")) && SubjectOfFirstVerb(v, u0, j) is int subjectEnd)
            {
                // "U.S. officials have tied the group to the Guard and said it …": the sentence's subject says it.
                d.SourceFirst = u0;
                d.SourceEnd = subjectEnd;
            }
            else if (d.Coordinated < 0 && !(j >= u0 && v.IsComma(j) && (v.Is(t, "saying") || v.Is(t, "adding") || v.Is(t, "claiming") || v.Is(t, "warning") || v.Is(t, "arguing") || v.Is(t, "noting"))))
            {
                return null;
            }
        }

        int c = ScanTail(v, d, after, u1);
        while (c < u1 && (v.Is(c, "that") && !v.IsDemonstrativeThat(c) || v.IsComma(c) || v.IsChar(c, ':')) && !v.InQuote(c))
        {
            c++;
        }
        if (c >= u1 && v.IsChar(u1 - 1, ':'))
        {
            return d; // content follows in the next unit; filled by the assembler
        }
        d.Content = ContentRight(v, c, u1);
        if (d.Content.IsEmpty)
        {
            return null;
        }
        if (d.Class == CueClass.Report && (v.Is(t, "reports") || v.Is(t, "writes")))
        {
            d.PresentReport = true;
        }
        return d;
    }

    /// <summary>"far more than the \"small number\" it reported last week", "the 35 it gave on Monday": a pronoun and a cue
    /// with nothing after it but a time, right after a noun phrase opened by a determiner, are a relative clause whose
    /// object is that noun phrase; what was said then is not written here.</summary>
    internal static bool InAnObjectRelative(TokenView v, int t, int u0, int u1)
    {
        int pronoun = t - 1;
        if (pronoun - 2 < u0 || !(v.Is(pronoun, "it") || v.Is(pronoun, "he") || v.Is(pronoun, "she") || v.Is(pronoun, "they") || v.Is(pronoun, "we")))
        {
            return false;
        }
        int next = t + 1;
        while (next < u1 && next - t <= 3 && (v.Is(next, "last") || v.Is(next, "this") || v.Is(next, "on") || v.Is(next, "earlier")
            || v.Is(next, "week") || v.Is(next, "month") || v.Is(next, "year") || v.Is(next, "yesterday") || StatementLexicon.IsWeekdayName(v.Word(next))))
        {
            next++;
        }
        if (next < u1 && !(v.IsChar(next, '.') || v.IsComma(next) || v.IsChar(next, ';') || v.Is(next, "and") || v.Is(next, "but")))
        {
            return false;
        }
        // Back over the noun phrase to its determiner: words, numbers and quotation marks, none a verb of speech or "that".
        for (int k = pronoun - 1; k >= u0 && pronoun - k <= 5; k--)
        {
            if (v.Is(k, "the") || v.Is(k, "a") || v.Is(k, "an") || v.Is(k, "those") || v.Is(k, "these"))
            {
                return k < pronoun - 1;
            }
            if (v.IsComma(k) || v.IsPunct(k) && !v.IsQuoteMark(k) || v.Is(k, "that") || v.IsWord(k) && (v.InSet(k, StatementLexicon.Auxiliaries)
                || v.InSet(k, StatementLexicon.SubjectPronouns) || StatementLexicon.CueLookup.ContainsKey(v.Word(k))))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A reporting verb used for something else: a product recall and a posted file ("Carmaker recalls 1.2 million SUVs",
    /// "documents posted on the agency's website") unless words follow that introduce speech ("recalled that …", ", she
    /// recalled."); going on ("rivers continued to rise", "talks continued on Monday"; ", he continued." is speech).
    /// </summary>
    private static bool IsOrdinal(ReadOnlySpan<char> w) =>
        w.Length >= 3 && char.IsDigit(w[0]) && (w.EndsWith("th", StringComparison.OrdinalIgnoreCase) || w.EndsWith("st", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase));

    /// <summary>"The Courier reported that the club had sacked its coach, citing people close to the board": a "citing"
    /// phrase that ends the content after the cue names who the outlet had it from; the content ends before it.</summary>
    private static void TrailingCiting(TokenView v, AttributionDraft d, int u1)
    {
        if (d.CitedBy is not null || d.Content.IsEmpty || d.CueEnd <= 0 || d.Content.Start < v.End(d.CueEnd - 1))
        {
            return;
        }
        int first = v.Tokens.IndexAtOrAfter(d.Content.Start);
        for (int k = first + 1; k + 2 < u1 && v.Start(k) < d.Content.End; k++)
        {
            if (!v.IsComma(k) || !v.Is(k + 1, "citing") || v.InQuote(k))
            {
                continue;
            }
            int end = ThroughKnowledgePhrase(v, RightNp(v, k + 2, u1), u1);
            // "citing two aides to the mayor": a phrase attached to the cited runs on to the content's end.
            while (end > k + 2 && end < u1 && v.End(end - 1) < d.Content.End && v.IsWord(end))
            {
                end++;
            }
            if (end > k + 2 && v.End(end - 1) >= d.Content.End)
            {
                d.CitedBy = v.SpanText(k + 2, end);
                d.CitedBySpan = v.Span(k + 2, end);
                d.Content = new TextSpan(d.Content.Start, v.End(k - 1));
            }
            return;
        }
    }

    /// <summary>"…, the union said, halting production of …", "…, forcing 3,000 people to leave": a participle after a comma
    /// that says what a deed brought about; it tells nothing (PolNeAR train marks none after a comma).</summary>
    internal static bool IsEffectAfterComma(TokenView v, int t) =>
        t >= 1 && v.IsComma(t - 1) && v.IsLower(t) && (v.Word(t) is "halting" or "forcing" or "shutting" or "sparking" or "triggering" or "stranding"
            or "suspending" or "stopping" or "affecting" or "disrupting" or "causing");

    private static bool IsVerbOfEffect(ReadOnlySpan<char> w) =>
        w is "affect" or "affects" or "affected" or "affecting" or "impacted" or "impacting" or "disrupt" or "disrupts" or "disrupted"
            or "disrupting" or "caused" or "causing";

    private static bool AsideClosesBeforeVerb(TokenView v, int from, int u1)
    {
        for (int k = from; k < u1 && k - from < 12; k++)
        {
            if (v.InQuote(k) || v.IsPunct(k) && !v.IsComma(k))
            {
                return false;
            }
            if (v.IsComma(k))
            {
                return k + 1 < u1 && v.IsLower(k + 1) && !v.IsConnective(k + 1) && !v.InSet(k + 1, StatementLexicon.Determiners);
            }
        }
        return false;
    }

    // What one declares into force: "a 60-day state of emergency", "war on …", "a curfew", "bankruptcy", "a ceasefire".
    private static bool DeclaredState(TokenView v, int k, int u1)
    {
        for (int j = k; j < u1 && j - k < 5; j++)
        {
            if (v.Word(j) is "state" or "war" or "curfew" or "bankruptcy" or "ceasefire" or "truce" or "emergency" or "lockdown" or "holiday"
                or "insolvency" or "independence" or "martial" or "disaster")
            {
                return true;
            }
            if (!v.IsWord(j) && !v.IsNumber(j) && !v.IsChar(j, '-') || v.Is(j, "that") || v.InQuote(j))
            {
                return false;
            }
        }
        return false;
    }

    // An event one calls, opened by "a" or "an" and closing its phrase ("a two-day strike for …", "an emergency meeting of
    // …", "a snap election."): a complement after it ("a strike a betrayal") would make the call a judgement.
    private static bool CalledEvent(TokenView v, int k, int u1)
    {
        // "PM calls snap election for November": a headline drops the article.
        bool article = v.Is(k, "a") || v.Is(k, "an");
        if (!article && (!v.IsLower(k) || v.InSet(k, StatementLexicon.Determiners) || v.InSet(k, StatementLexicon.SubjectPronouns)
            || v.Word(k) is "for" or "on" or "off" or "in" or "to" or "out" or "up" or "him" or "her" or "them" or "us" or "me" or "it"))
        {
            return false;
        }
        for (int j = article ? k + 1 : k; j < u1 && j - k < (article ? 6 : 3); j++)
        {
            if (v.Word(j) is "strike" or "walkout" or "stoppage" or "election" or "referendum" or "vote" or "meeting" or "summit" or "session"
                or "recess" or "halt" or "ballot" or "inquiry" or "review" or "hearing")
            {
                return j + 1 >= u1 || v.IsPunct(j + 1) || v.Word(j + 1) is "for" or "on" or "in" or "of" or "to" or "from" or "after" or "over"
                    or "at" or "against" or "across" or "with" or "and" or "as" or "until" or "this" or "next" or "last";
            }
            if (!v.IsWord(j) && !v.IsNumber(j) && !v.IsChar(j, '-') || v.Is(j, "that") || v.InQuote(j))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsNamingParticiple(TokenView v, int k) =>
        v.Is(k, "named") || v.Is(k, "identified") || v.Is(k, "quoted") || v.Is(k, "cited");

    // "patient records feared stolen; ministry silent", "files feared leaked": a participle closing the phrase is the state
    // the thing is feared to be in, as "feared dead" is; no one is named as fearing it.
    private static bool IsPassiveFear(TokenView v, int t, int u1) =>
        t + 1 < u1 && v.IsLower(t + 1)
        && (v.Word(t + 1).EndsWith("ed", StringComparison.Ordinal) && v.Word(t + 1).Length > 4 || Quantities.QuantityExtractor.IsIrregularParticiple(v.Word(t + 1)))
        && (t + 2 >= u1 || v.IsPunct(t + 2) && !v.IsChar(t + 2, ':') || v.Is(t + 2, "as") || v.Is(t + 2, "after") || v.Is(t + 2, "in"));

    internal static bool IsNonSpeechUse(TokenView v, int t, int u1)
    {
        // ", quoted by Interfax,": the aside names who carried the speech of the clause around it (a relay of that clause).
        if (v.Is(t, "quoted") && v.Is(t + 1, "by") && t >= 1 && v.IsComma(t - 1))
        {
            return true;
        }
        var w = v.Word(t);
        // "It was felt as far away as Lima": a shaking felt in the passive is sensed, not believed ("it was felt that …" is).
        if (w is "felt" && t >= 1 && v.Word(t - 1) is "was" or "were" or "been" or "be" or "being" && !v.Is(t + 1, "that"))
        {
            return true;
        }
        // "declared a state of emergency", "declared war", "declared bankruptcy": to declare a state puts it in force.
        if (w is "declared" or "declares" or "declaring" && t + 1 < u1 && DeclaredState(v, t + 1, u1))
        {
            return true;
        }
        // "who asked not to be named", "who declined to be identified": the formula of an anonymous source, no speech.
        if (w is "asked" or "declined" or "refused" or "requested" && t + 3 < u1
            && (v.Is(t + 1, "to") && v.Is(t + 2, "be") && IsNamingParticiple(v, t + 3)
                || t + 4 < u1 && v.Is(t + 1, "not") && v.Is(t + 2, "to") && v.Is(t + 3, "be") && IsNamingParticiple(v, t + 4)))
        {
            return true;
        }
        // "called a 48-hour general strike for May 4", "called a snap election", "called off the talks": to call an event
        // sets it going or stops it; "called for a strike" and "called the strike illegal" are speech.
        if (w is "called" or "calls" or "calling" or "call" && t + 1 < u1 && (v.Is(t + 1, "off") || CalledEvent(v, t + 1, u1)))
        {
            return true;
        }
        // "…, affecting what the bank described as …", "flights disrupted by the strike": a verb of effect says what an
        // event did to someone; PolNeAR train marks none of its 60 uses as a cue.
        if (IsVerbOfEffect(w))
        {
            return true;
        }
        if (IsEffectAfterComma(v, t))
        {
            return true;
        }
        // "no talks planned with Manila", "the talks with Oslo", "peace talks": after "no", a determiner, a possessive or
        // a number "talks" are negotiations; the verb ("she talks about …") follows its subject. ("locked in talks about
        // endorsing …": PolNeAR marks a discussion "about" something as a cue, whatever the word before.)
        if (v.Is(t, "talks") && t >= 1 && !v.Is(t + 1, "about") && (v.Is(t - 1, "no") || v.IsDeterminer(t - 1) || v.IsPossessive(t - 1) || v.IsNumber(t - 1)
            || v.Word(t - 1) is "their" or "his" or "her" or "its" or "our" or "of" or "in" or "during" or "for" or "after" or "before"))
        {
            return true;
        }
        // "the two suspects were known to police": a plural after a number and before its own verb counts people or
        // things; the verb ("she suspects that …") never follows a number ("no one says" keeps its verb).
        if (t >= 1 && w.Length > 3 && w[^1] == 's' && v.IsLower(t) && t + 1 < u1 && v.IsLower(t + 1) && v.InSet(t + 1, StatementLexicon.Auxiliaries)
            && (v.IsNumber(t - 1) && char.IsDigit(v.Word(t - 1)[^1]) || v.IsLower(t - 1) && !v.Is(t - 1, "one") && NumberWords.Cardinals.ContainsKey(v.Word(t - 1))))
        {
            return true;
        }
        // "as rescue hopes fade", "hopes of a deal": the plural noun; the verb takes "to", "that", "for" or a clause.
        if (v.Is(t, "hopes") && t >= 1 && v.IsLower(t - 1) && !v.InSet(t - 1, StatementLexicon.SubjectPronouns) && t + 1 < u1 && v.IsLower(t + 1)
            && !v.Is(t + 1, "to") && !v.Is(t + 1, "that") && !v.Is(t + 1, "for") && !v.IsDeterminer(t + 1) && !v.InSet(t + 1, StatementLexicon.SubjectPronouns))
        {
            return true;
        }
        // "a private messaging group called "the table"", "a plan nicknamed Project Falcon": after a common noun, the
        // verb gives a thing its name; nobody speaks.
        if (t >= 1 && v.IsLower(t - 1) && !v.InSet(t - 1, StatementLexicon.Auxiliaries) && !v.InSet(t - 1, StatementLexicon.SubjectPronouns)
            && t + 1 < u1 && (v.Is(t, "nicknamed") || v.Is(t, "dubbed") || (v.Is(t, "called") || v.Is(t, "named")) && v.OpensQuote(t + 1)))
        {
            return true;
        }
        // "had denied other companies the chance to compete", "denied him access": to deny someone something withholds it.
        if (w.StartsWith("den", StringComparison.Ordinal) && (v.Is(t, "denied") || v.Is(t, "denies") || v.Is(t, "deny") || v.Is(t, "denying"))
            && WithheldThing(v, t + 1, u1))
        {
            return true;
        }
        // "Coach Ben Alder, asked about the goalkeeper, refused to …": the aside tells what the named person was asked; the
        // question is not theirs, and their answer is the clause's own verb.
        if (v.Is(t, "asked") && t >= 2 && v.IsComma(t - 1) && v.IsCap(t - 2) && AsideClosesBeforeVerb(v, t + 1, u1))
        {
            return true;
        }
        // "The satellite was meant to improve forecasts": what a thing was for, not what anyone meant by words.
        if (v.Is(t, "meant") && v.Is(t + 1, "to") && t >= 1 && (v.Is(t - 1, "was") || v.Is(t - 1, "were") || v.Is(t - 1, "is") || v.Is(t - 1, "are")))
        {
            return true;
        }
        // "minister denies claims", "rejects reports": right after a verb of denial the word is its object, a noun.
        if (t >= 1 && (v.Is(t, "claims") || v.Is(t, "reports") || v.Is(t, "says")) && v.IsLower(t - 1)
            && v.Word(t - 1) is "denies" or "denied" or "rejects" or "rejected" or "dismisses" or "dismissed" or "disputes" or "disputed"
                or "deny" or "reject" or "dismiss" or "dispute")
        {
            return true;
        }
        // "at about 11:40 p.m.", "about 40 tons": before a number "about" says how many, not what was spoken of.
        if (v.Is(t, "about") && t + 1 < u1 && v.IsNumber(t + 1))
        {
            return true;
        }
        // "they were not authorized to discuss the inquiry": why a source is anonymous, not speech.
        if (t >= 2 && v.Is(t - 1, "to") && (v.Is(t - 2, "authorized") || v.Is(t - 2, "authorised") || v.Is(t - 2, "allowed")
            || v.Is(t - 2, "permitted") || v.Is(t - 2, "cleared")))
        {
            return true;
        }
        // "who asked not to be named", "requested anonymity": how a source wished to be quoted, not what it said.
        if ((v.Is(t, "asked") || v.Is(t, "requested") || v.Is(t, "asking") || v.Is(t, "requesting"))
            && (v.Is(t + 1, "not") && v.Is(t + 2, "to") && v.Is(t + 3, "be") || v.Is(t + 1, "anonymity") || v.Is(t + 1, "for") && v.Is(t + 2, "anonymity")))
        {
            return true;
        }
        // "in a televised address": a participle after an article modifies its noun.
        if (t > 0 && w.EndsWith("ed", StringComparison.Ordinal) && (v.Is(t - 1, "a") || v.Is(t - 1, "an") || v.Is(t - 1, "the")))
        {
            return true;
        }
        // "shrinks more than expected", "cut rates, as expected": a comparison with what was expected, not speech.
        if (t > 0 && (v.Is(t - 1, "than") || v.Is(t - 1, "as") && (t + 1 >= u1 || v.IsPunct(t + 1)))
            && (v.Is(t, "expected") || v.Is(t, "forecast") || v.Is(t, "anticipated") || v.Is(t, "predicted") || v.Is(t, "estimated")
                || v.Is(t, "feared") || v.Is(t, "thought") || v.Is(t, "hoped") || v.Is(t, "planned") || v.Is(t, "projected")))
        {
            return true;
        }
        // "Former treasurer was sentenced to 12 years", "were jailed for": a court's ruling on the subject, not speech.
        if ((v.Is(t, "sentenced") || v.Is(t, "jailed") || v.Is(t, "convicted")) && t > 0 && v.InSet(t - 1, StatementLexicon.Auxiliaries))
        {
            return true;
        }
        // "1,240 cases and 37 deaths reported since May": a participle after a counted thing that cannot speak says the
        // count was recorded, not who reported it ("two officials reported that …" still speaks).
        if ((v.Is(t, "reported") || v.Is(t, "recorded") || v.Is(t, "confirmed") || v.Is(t, "registered")) && t >= 2 && v.IsLower(t - 1)
            && v.IsNumber(t - 2) && !CanSpeak(v.Word(t - 1))
            && (v.Is(t + 1, "since") || v.Is(t + 1, "so") || v.Is(t + 1, "in") || v.Is(t + 1, "across") || v.Is(t + 1, "over")
                || v.Is(t + 1, "this") || v.Is(t + 1, "last") || t + 1 >= u1 || v.IsPunct(t + 1) && !v.IsChar(t + 1, ':')))
        {
            return true;
        }
        // "said Marta Ruiz, addressing the crowd from a truck": to whom she spoke, not what.
        if ((v.Is(t, "addressing") || v.Is(t, "addressed")) && t + 2 < u1 && (v.Is(t + 1, "the") || v.Is(t + 1, "a"))
            && v.InSet(t + 2, StatementLexicon.AudienceNouns))
        {
            return true;
        }
        // "profit beats forecasts", "beating analyst estimates", "came in above expectations": the figures a result is
        // measured against, not anyone's speech.
        if (v.Is(t, "forecasts") || v.Is(t, "forecast") || v.Is(t, "estimates") || v.Is(t, "estimate") || v.Is(t, "expectations") || v.Is(t, "projections"))
        {
            for (int k = t - 1; k >= 0 && k >= t - 3 && v.IsWord(k) && v.IsLower(k); k--)
            {
                if (v.Word(k) is "beat" or "beats" or "beating" or "missed" or "misses" or "missing" or "topped" or "tops" or "topping"
                    or "exceeded" or "exceeds" or "exceeding" or "surpassed" or "surpassing" or "above" or "below" or "lagged" or "trailed")
                {
                    return true;
                }
            }
        }
        // "Flight diverted …, smoke reported in cabin": a bare noun that cannot speak before "reported in" is what was
        // reported, in a headline's shorthand; "the company reported in its filing" keeps its article.
        if (v.Is(t, "reported") && t >= 1 && v.IsLower(t - 1) && !CanSpeak(v.Word(t - 1)) && !v.IsDeterminer(t - 1)
            && (t - 1 == 0 || v.IsComma(t - 2) || v.Document.SentencePositionAt(v.Start(t - 1)) is int sentence and >= 0 && v.Document.Sentences[sentence].FirstToken == t - 1)
            && (v.Is(t + 1, "in") || v.Is(t + 1, "at") || v.Is(t + 1, "on") || v.Is(t + 1, "near") || v.Is(t + 1, "across")))
        {
            return true;
        }
        // "Under questioning from counsel", "under oath": the setting of testimony, not speech.
        if (v.Is(t, "under") && (v.Is(t + 1, "questioning") || v.Is(t + 1, "cross-examination") || v.Is(t + 1, "oath"))
            || v.Is(t, "questioning") && t > 0 && v.Is(t - 1, "under"))
        {
            return true;
        }
        // "EU agrees new sanctions package", "ambassadors agreed on Wednesday a 16th package": agreeing on a thing decides it;
        // only "agreed that …" reports speech.
        if (v.Is(t, "agreed") || v.Is(t, "agrees") || v.Is(t, "agree"))
        {
            int k = t + 1;
            if (v.Is(k, "on") && k + 1 < u1 && v.InSet(k + 1, StatementLexicon.DayWords))
            {
                k += 2;
            }
            else if (v.Is(k, "on") || v.Is(k, "upon"))
            {
                k++;
            }
            if (k < u1 && (v.IsDeterminer(k) && !v.Is(k, "that") || v.IsNumber(k) || IsOrdinal(v.Word(k))))
            {
                return true;
            }
        }
        // "who spoke on condition of anonymity for fear of reprisals": a reason, not what is said.
        if (v.Is(t, "for") && (v.Is(t + 1, "fear") || v.Is(t + 1, "fears")) && (v.Is(t + 2, "of") || v.Is(t + 2, "that")))
        {
            return true;
        }
        // "His condition was not known": a patient's state; only "on condition of anonymity" tells how a source spoke.
        if (v.Is(t, "condition") && !(t > 0 && v.Is(t - 1, "on")))
        {
            return true;
        }
        // "the state weather bureau, known as PAGASA,": a name, not speech.
        if (v.Is(t, "known") && v.Is(t + 1, "as"))
        {
            return true;
        }
        // "who spoke on condition of anonymity", "speaking anonymously", "who spoke to Reuters on condition of anonymity": how, not what.
        if (v.Is(t, "spoke") || v.Is(t, "speaking") || v.Is(t, "spoken") || v.Is(t, "talked") || v.Is(t, "talking"))
        {
            for (int k = t + 1; k < u1 && k <= t + 5; k++)
            {
                if (v.Is(k, "on") && v.Is(k + 1, "condition") || v.Is(k, "anonymously"))
                {
                    return true;
                }
                if (!v.IsWord(k))
                {
                    break;
                }
            }
        }
        // "weaker-than-expected demand", "long-promised reforms": a reporting verb inside a compound modifier reports nothing.
        int dash = w.LastIndexOf('-');
        if (dash > 0 && dash < w.Length - 1 && StatementLexicon.CueLookup.ContainsKey(w[(dash + 1)..]) && !StatementLexicon.CueLookup.ContainsKey(w))
        {
            return true;
        }
        // "Former official charged with taking bribes", "a man accused of fraud": the participle names what someone is
        // charged with; the noun before it is the accused, not an accuser.
        if ((v.Is(t, "charged") || v.Is(t, "accused")) && (v.Is(t + 1, "with") || v.Is(t + 1, "of")) && t > 0 && v.IsWord(t - 1)
            && v.IsLower(t - 1) && !v.InSet(t - 1, StatementLexicon.SubjectPronouns) && !v.InSet(t - 1, StatementLexicon.Auxiliaries))
        {
            return true;
        }
        // "dam collapse feared as death toll rises", "three feared dead": a headline's passive names what is feared.
        if ((v.Is(t, "feared") || v.Is(t, "suspected") || v.Is(t, "believed") || v.Is(t, "thought")) && t > 0 && v.IsWord(t - 1)
            && (v.IsLower(t - 1) || v.IsNumber(t - 1)) && !v.InSet(t - 1, StatementLexicon.SubjectPronouns) && !v.InSet(t - 1, StatementLexicon.Auxiliaries)
            && !v.Word(t - 1).EndsWith("ly", StringComparison.Ordinal)
            && (t + 1 >= u1 || v.IsPunct(t + 1) && !v.IsChar(t + 1, ':') || v.Is(t + 1, "as") || v.Is(t + 1, "after") || v.Is(t + 1, "dead")
                || v.Is(t + 1, "killed") || v.Is(t + 1, "missing") || v.Is(t + 1, "lost") || IsPassiveFear(v, t, u1)))
        {
            return true;
        }
        // "Visitor records are feared stolen": the passive names no one who fears it ("it is feared that …" still reports).
        if ((w is "feared" or "believed" or "thought" or "presumed") && t >= 2 && v.Word(t - 1) is "is" or "are" or "was" or "were" or "been"
            && IsPassiveFear(v, t, u1))
        {
            return true;
        }
        // "The phone poll questioned 1,500 residents": a poll's questioning of a counted group gathers answers; it doubts
        // nothing ("questioned the figures", "questioned 12 of the claims" keep an object that is not people counted).
        if (w is "questioned" or "surveyed" or "polled" or "interviewed" && t + 2 < u1 && v.IsLower(t) && IsCountOfPeople(v, t + 1, u1))
        {
            return true;
        }
        // "The post included what appeared to be scans of forms": the writer's hedge on what a thing is; nobody says it.
        if ((w is "appeared" or "appears" or "seemed" or "seems") && t >= 1 && v.Is(t - 1, "what") && v.Is(t + 1, "to") && v.Is(t + 2, "be"))
        {
            return true;
        }
        // "denied his request for bail", "rejected the appeal": a ruling on a request, not a denial of a claim.
        if (w.StartsWith("deni", StringComparison.OrdinalIgnoreCase) || w.StartsWith("deny", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("reject", StringComparison.OrdinalIgnoreCase))
        {
            for (int k = t + 1; k < u1 && k <= t + 3; k++)
            {
                // "denied having any access to the accounts": a gerund opens what is denied, whatever it names.
                if (k == t + 1 && v.IsIngForm(k))
                {
                    return false;
                }
                if (v.IsLower(k) && v.InSet(k, StatementLexicon.RequestNouns))
                {
                    return true;
                }
                if (!v.IsWord(k) || !v.IsLower(k))
                {
                    break;
                }
            }
            return false;
        }
        if (!(w.StartsWith("recall", StringComparison.OrdinalIgnoreCase) || w.Equals("posted", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("continu", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        // "…,” Mr. Clarke recalled of the proceedings": the speech came before; "continued to call for …" goes on speaking.
        if (QuoteClosesBefore(v, t) || t + 2 < u1 && v.Is(t + 1, "to") && (StatementLexicon.CueLookup.ContainsKey(v.Word(t + 2)) || v.InSet(t + 2, StatementLexicon.SpeechVerbs)))
        {
            return false;
        }
        return !SpeechFollows(v, t + 1, u1);
    }

    // "1,500 residents", "about 900 adults", "two thousand voters": a count whose noun (after at most one modifier) is
    // people, who answer a poll; not "12 of the claims".
    private static bool IsCountOfPeople(TokenView v, int k, int u1)
    {
        if (v.Word(k) is "about" or "around" or "some" or "nearly" or "almost" or "roughly" or "more")
        {
            k++;
        }
        if (k + 1 >= u1 || !(v.IsNumber(k) || NumberWords.Cardinals.ContainsKey(v.Word(k))))
        {
            return false;
        }
        k++;
        if (k + 1 < u1 && NumberWords.Magnitudes.ContainsKey(v.Word(k)))
        {
            k++;
        }
        for (int n = k; n < u1 && n <= k + 1; n++)
        {
            if (!v.IsWord(n) || !v.IsLower(n))
            {
                return false;
            }
            if (CanSpeak(v.Word(n)) || v.Word(n) is "adults" or "voters" or "residents" or "respondents" or "parents" or "households"
                or "customers" or "patients" or "students" or "workers" or "employees" or "citizens" or "members" or "readers" or "users")
            {
                return true;
            }
        }
        return false;
    }

    private static bool CanSpeak(ReadOnlySpan<char> noun)
    {
        var one = noun.EndsWith("s", StringComparison.Ordinal) ? noun[..^1] : noun;
        return StatementLexicon.PersonNouns.Contains(noun) || StatementLexicon.PersonNouns.Contains(one)
            || StatementLexicon.RoleWords.Contains(noun) || StatementLexicon.RoleWords.Contains(one)
            || one.Equals("official", StringComparison.OrdinalIgnoreCase) || one.Equals("people", StringComparison.OrdinalIgnoreCase);
    }

    private static bool QuoteClosesBefore(TokenView v, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 6; k--)
        {
            if (v.ClosesQuote(k))
            {
                return true;
            }
            if (v.IsChar(k, '.'))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Words after a cue that can only introduce or close speech: "that", "how", a quotation, a colon, the end of a clause.</summary>
    private static bool SpeechFollows(TokenView v, int k, int u1)
    {
        // "posted on Telegram that …", "recalled in an interview how …", "continued to insist that …", "posted a comment":
        // a short place, medium or verb phrase may come first.
        int limit = Math.Min(u1, k + 6);
        for (int m = k; m < limit; m++)
        {
            if (v.InQuote(m) || v.IsChar(m, ':') || v.Is(m, "that") || v.Is(m, "how") || v.Is(m, "when") || v.Is(m, "what")
                || v.IsLower(m) && v.InSet(m, StatementLexicon.SpeechNouns))
            {
                return true;
            }
            if (m == k && v.IsPunct(m))
            {
                return true;
            }
            if (!(v.Is(m, "on") || v.Is(m, "in") || v.Is(m, "to") || v.Is(m, "an") || v.Is(m, "a") || v.Is(m, "the") || v.Is(m, "his")
                || v.Is(m, "her") || v.Is(m, "their") || v.Is(m, "its") || m > k && v.IsWord(m) && !v.IsNumber(m)))
            {
                return false;
            }
        }
        return k >= u1;
    }

    private static bool CalledIsSpeech(TokenView v, int t, int u1)
    {
        if (v.Is(t + 1, "for") || v.Is(t + 1, "on"))
        {
            return true;
        }
        for (int k = t + 1; k < Math.Min(u1, t + 10); k++)
        {
            if (v.OpensQuote(k) || v.InSet(k, StatementLexicon.DenialWords))
            {
                return true;
            }
        }
        return false;
    }

    private static AttributionDraft? Passive(TokenView v, AttributionDraft d, int t, int u0, int u1, bool known)
    {
        int subj = d.CueFirst - 1;
        bool itSubject = v.Is(subj, "it") || known;
        bool thisSubject = v.Is(subj, "this") || v.Is(subj, "that") || (v.Is(subj, "information") && v.Is(subj - 1, "this"));
        int c = t + 1;
        if (v.Is(c, "by") && c + 1 < u1)
        {
            int end = RightNp(v, c + 1, u1);
            if (end <= c + 1)
            {
                return null;
            }
            if (thisSubject && !v.Is(end, "that"))
            {
                // "This was reported by The Guardian." relays the previous statement
                d.SourceFirst = c + 1;
                d.SourceEnd = end;
                d.Class = CueClass.Report;
                d.Passive = true;
                d.Content = default;
                d.CueEnd = c + 1;
                d.Orphan = true;
                return d;
            }
            if (!itSubject)
            {
                return null;
            }
            d.SourceFirst = c + 1;
            d.SourceEnd = end;
            c = end;
        }
        else if (!itSubject)
        {
            return null;
        }
        d.CueFirst = Math.Max(u0, subj);
        d.Passive = true;
        while (c < u1 && (v.Is(c, "that") || v.IsComma(c)) && !v.InQuote(c))
        {
            c++;
        }
        d.Content = ContentRight(v, c, u1);
        return d.Content.IsEmpty ? null : d;
    }

    /// <summary>"Al Jazeera, meanwhile, argued": the token before the adverb set off by commas, or -1.</summary>
    private static int SkipParentheticalAdverb(TokenView v, int comma, int u0)
    {
        int k = comma - 1;
        int n = 0;
        while (k >= u0 && v.IsWord(k) && v.IsLower(k) && !v.InQuote(k) && n < 3)
        {
            k--;
            n++;
        }
        return n > 0 && k > u0 && v.IsComma(k) ? k - 1 : -1;
    }

    /// <summary>"Oleksandr Kraiev, an expert at …, believes": the name before an apposition set off by commas.</summary>
    private static void TryAppositive(TokenView v, AttributionDraft d, int comma, int u0)
    {
        int k = comma - 1;
        int limit = Math.Max(u0, comma - 16);
        while (k >= limit && !v.IsComma(k) && !v.InQuote(k))
        {
            k--;
        }
        if (k < limit || !v.IsComma(k) || k == comma - 1)
        {
            return;
        }
        int appFirst = k + 1;
        // "Mwangi, 27, denied …": an age between commas after a name is an appositive too, though no role.
        bool age = appFirst == comma - 1 && v.IsNumber(appFirst) && v.Word(appFirst).Length <= 3;
        // "Almost half of respondents, 48%, said": the share restates the group's size; the group speaks.
        bool share = appFirst == comma - 2 && v.IsNumber(appFirst) && (v.IsChar(comma - 1, '%') || v.Is(comma - 1, "percent"));
        bool appositive = v.IsDeterminer(appFirst) || v.IsLower(appFirst) && v.InSet(appFirst, StatementLexicon.RoleWords)
            || v.IsCap(appFirst) && v.InSet(appFirst, StatementLexicon.RoleWords) || age || share;
        if (!appositive || v.Is(appFirst, "that") || v.Is(appFirst, "this"))
        {
            return;
        }
        for (int m = appFirst; m < comma; m++)
        {
            if (StatementLexicon.CueLookup.ContainsKey(v.Word(m)) && v.IsLower(m))
            {
                return;
            }
        }
        int nameEnd = k;
        int nameFirst = LeftNp(v, nameEnd - 1, u0);
        if (nameFirst > nameEnd - 1 || !v.IsCap(nameEnd - 1) && !(share && nameFirst < nameEnd - 1 && IsPluralNoun(v, nameEnd - 1)))
        {
            return;
        }
        d.SourceFirst = nameFirst;
        // The source runs over the share, as PolNeAR marks it; the speaker's name leaves it out (SpeakerResolver).
        d.SourceEnd = share ? comma : nameEnd;
        // "Mark Dunn, a geologist at X who was not involved in the study, said": the relative clause says what he did,
        // not what he is.
        int appEnd = appFirst + 1;
        while (appEnd < comma && !(v.IsLower(appEnd) && (v.Is(appEnd, "who") || v.Is(appEnd, "which") || v.Is(appEnd, "whose"))))
        {
            appEnd++;
        }
        d.Appositive = age || share ? null : v.SpanText(appFirst, appEnd);
    }

    /// <summary>"The head of the emergency programme, Dr Mike Ryan, warned": a description, then the name between commas; the
    /// name speaks and the description is its role.</summary>
    private static void TryNameAfterDescription(TokenView v, AttributionDraft d, int comma, int u0)
    {
        int k = comma - 1;
        // "Marieke de Vries": a name particle between capitalised words is part of the name.
        while (k >= u0 && comma - k <= 6 && (v.IsCap(k) || v.IsChar(k, '.') && k - 1 >= u0 && v.IsCap(k - 1)
            || k < comma - 1 && k - 1 >= u0 && v.IsLower(k) && v.IsCap(k - 1) && NameParticles.Contains(v.Word(k))))
        {
            k--;
        }
        // "His challenger, Elin Marsh of the Green Coalition,": a person's name with the body the person is of.
        int of = v.Is(k, "the") && k - 1 > u0 && v.Is(k - 1, "of") ? k - 1 : v.Is(k, "of") ? k : -1;
        if (of > u0 && k < comma - 1 && v.IsCap(of - 1) && v.IsCap(k + 1))
        {
            k = of - 1;
            while (k >= u0 && of - k <= 3 && v.IsCap(k))
            {
                k--;
            }
            if (of - k < 3)
            {
                return; // one word before "of" ("Bank of …") is a body's name, not a person's
            }
        }
        // "The airline's main creditor, the Pellan Savings Bank,": a body's name of two or more words may keep its article.
        if (v.Is(k, "the") && k - 1 >= u0 && v.IsComma(k - 1) && comma - k > 2)
        {
            k--;
        }
        int nameFirst = k + 1;
        // One word is a name only as an acronym ("The EU's cybersecurity agency, ENISA,"): a lone capitalised word
        // between commas is as often an aside.
        if (k < u0 || !v.IsComma(k) || comma - nameFirst < 2 && !v.IsAcronym(nameFirst) && !RecognisedName(v, nameFirst) || v.InQuote(k))
        {
            return;
        }
        int first = k - 1;
        // "The nurses' union, RCN,": a plural's apostrophe is inside the description.
        while (first - 1 >= u0 && !v.IsComma(first - 1) && (!v.IsPunct(first - 1) || v.IsPluralPossessive(first - 1)) && k - first < 16)
        {
            first--;
        }
        // "…, which a police spokesman, Inspector Ruth Njeri, denied": the description opens after the relative pronoun.
        // "…, but a port official, Lars Holt, said": so does a clause opened by a conjunction after another's speech.
        if ((v.Is(first, "which") || v.Is(first, "but") || v.Is(first, "and") || v.Is(first, "while") || v.Is(first, "whereas")
            || v.Is(first, "though") || v.Is(first, "although") || v.Is(first, "yet")) && first + 1 < k)
        {
            first++;
        }
        // "The head of …, Dr Mike Ryan,", and "His lawyer, Dimitar Kolev,": a description opens with a determiner or a possessive.
        bool possessive = v.Is(first, "his") || v.Is(first, "her") || v.Is(first, "their") || v.Is(first, "its") || v.Is(first, "our");
        // "Pereira's agent, Marcos Ribeiro,", "Real Madrid's coach, X,": a named owner's possessive opens it as "his" does.
        int owner = first;
        while (owner < k && v.IsCap(owner) && owner - first < 4)
        {
            owner++;
        }
        bool namedOwner = owner > first && owner + 1 < k && v.IsPossessive(owner) && v.IsLower(owner + 1);
        possessive |= namedOwner;
        // "One parent, Joel Amsel, said", "Another resident, Paula Grant,": one of a group, then the name, opens it as "a" does.
        bool oneOf = (v.Is(first, "One") || v.Is(first, "one") || v.Is(first, "Another")) && first + 1 < k && v.IsLower(first + 1);
        if (first >= k || !(v.IsDeterminer(first) || possessive || oneOf) || v.InQuote(first))
        {
            return;
        }
        for (int m = first; m < k; m++)
        {
            // "the mediator for the dispute": a cue word after an article is a noun of the description.
            if (v.IsLower(m) && StatementLexicon.CueLookup.ContainsKey(v.Word(m)) && !(m > first && v.IsDeterminer(m - 1)))
            {
                return; // "the report said, X, …": not a description
            }
        }
        d.SourceFirst = nameFirst;
        d.SourceEnd = comma;
        d.Appositive = v.SpanText(v.Is(first, "the") || v.Is(first, "a") || v.Is(first, "an") || oneOf ? first + 1 : first, k);
        // '"…," the mill's owner, Arne Vold, told reporters': after a quotation the description is the source's as when
        // inverted ("said the mill's owner, Arne Vold"), not the quotation's last words.
        if (first - 1 >= u0 && v.IsQuoteMark(first - 1) && v.InQuote(first - 1))
        {
            d.SourceFirst = first;
        }
        if (namedOwner)
        {
            // The source is the whole description and name, which the resolver reads as a name between commas (the
            // owner is no speaker); the description is then its role.
            d.SourceFirst = first;
            d.Appositive = null;
        }
    }

    // "The miners' union, Gornik, said": a lone word between commas the recogniser took for a person's or an
    // organisation's whole name is the name the description gives, not an aside.
    private static bool RecognisedName(TokenView v, int t)
    {
        var mentions = v.Document.Mentions;
        int start = v.Start(t), end = v.Tokens.Ends[t];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Span.Start == start && m.Span.End == end)
            {
                return m.Type is EntityType.Person or EntityType.Org;
            }
        }
        return false;
    }

    /// <summary>"A government official, who spoke on condition of anonymity, denied …": the subject stands before the
    /// relative clause. "Syrian state media, citing the health ministry, reported …": likewise, and the cited body is recorded
    /// (the assembler makes it the speaker and the subject its relay).</summary>
    private static void TrySubjectBeforeRelativeClause(TokenView v, AttributionDraft d, int comma, int u0)
    {
        int k = comma - 1;
        int limit = Math.Max(u0, comma - 40);
        while (k >= limit && !v.IsComma(k) && !v.InQuote(k))
        {
            k--;
        }
        bool citing = v.Is(k + 1, "citing") && k + 2 < comma;
        // "Foreign Minister Sergei Lavrov, quoted by Interfax, said": the agency that quoted the speaker carried the speech.
        bool quoted = v.Is(k + 1, "quoted") && v.Is(k + 2, "by") && k + 3 < comma;
        // "A senior official, speaking on condition of anonymity, said …": how the subject spoke, set off like a relative clause.
        // "The regional government, run by the PP, has announced …": so is a participle saying who runs or owns it.
        bool manner = IsMannerAside(v, k + 1) || IsParticipleAside(v, k + 1, comma);
        if (k < limit + 1 || !v.IsComma(k) || !(v.Is(k + 1, "who") || v.Is(k + 1, "which") || v.Is(k + 1, "whose") || citing || manner || quoted) || !v.IsWord(k - 1))
        {
            return;
        }
        int subjectFirst = LeftNp(v, k - 1, u0);
        if (subjectFirst <= k - 1)
        {
            d.SourceFirst = subjectFirst;
            d.SourceEnd = k;
            if (quoted)
            {
                d.Relays.Add(new Relay(PressName(v, k + 3, comma), v.Span(k + 3, comma), "report"));
            }
            if (citing)
            {
                d.CitedBy = v.SpanText(k + 2, comma);
                d.CitedBySpan = v.Span(k + 2, comma);
            }
        }
    }

    /// <summary>Whether a scanned subject opening at <paramref name="k"/> is a verb phrase: an auxiliary or adverb ("had
    /// received | reports"), or a past form before its object's article ("lowered its revenue | forecast").</summary>
    internal static bool OpensVerbPhrase(TokenView v, int k) =>
        v.IsLower(k) && (v.InSet(k, StatementLexicon.Auxiliaries)
            || v.Word(k).EndsWith("ed", StringComparison.Ordinal) && k + 1 < v.Count && v.IsDeterminer(k + 1) && !v.Is(k + 1, "all") && !v.Is(k + 1, "both"));

    // The "by" of "interviewed by", "quoted by", "cited by" a few words before token <paramref name="k"/>, or null.
    private static int? InterviewerBefore(TokenView v, int k, int u0)
    {
        for (int b = k - 1; b - 1 > u0 && k - b <= 4; b--)
        {
            if (v.Is(b, "by") && v.IsLower(b))
            {
                return v.Is(b - 1, "interviewed") || v.Is(b - 1, "quoted") || v.Is(b - 1, "cited") || v.Is(b - 1, "contacted")
                    || v.Is(b - 1, "questioned") || v.Is(b - 1, "surveyed") || v.Is(b - 1, "polled") ? b : null;
            }
            if (!v.IsWord(k - 1) || v.IsComma(b))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The "who" of a relative clause without commas ("two employees who spoke to Reuters …") within a few words
    /// before <paramref name="t"/>; otherwise null.</summary>
    private static int? WhoBefore(TokenView v, int t, int u0)
    {
        for (int k = t - 1; k > u0 && t - k <= 12; k--)
        {
            if (v.IsComma(k) || v.InQuote(k) || !v.IsWord(k))
            {
                return null;
            }
            if ((v.Is(k, "who") || v.Is(k, "that") || v.Is(k, "which")) && v.IsLower(k))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>"Chairman of the Joint Chiefs of Staff, US General Mark Milley said": a role phrase opening the sentence.</summary>
    private static void FrontRole(TokenView v, AttributionDraft d, int u0)
    {
        int comma = d.SourceFirst - 1;
        if (comma <= u0 || !v.IsComma(comma) || !v.IsCap(u0) || !v.InSet(u0, StatementLexicon.RoleWords))
        {
            return;
        }
        for (int k = u0; k < comma; k++)
        {
            if (!v.IsWord(k) || (v.IsLower(k) && !v.Is(k, "of") && !v.Is(k, "the") && !v.Is(k, "for") && !v.Is(k, "and")))
            {
                return;
            }
        }
        d.RolePrefix = v.SpanText(u0, comma);
    }

    /// <summary>The closing quotation mark before '"…," his attorney, | Name', or the comma before "…, its spokesman, |
    /// Name", when only a short role phrase (lower-case words ending in a title or person noun) stands between it and the
    /// comma at <paramref name="comma"/>; otherwise null.</summary>
    private static int? QuoteBeforeRole(TokenView v, int u0, int comma)
    {
        int k = comma - 1;
        if (comma <= u0 + 1 || !v.IsComma(comma) || !v.IsLower(k) || !(v.InSet(k, StatementLexicon.RoleWords) || v.InSet(k, StatementLexicon.PersonNouns)))
        {
            return null;
        }
        while (k > u0 && comma - k <= 5 && (v.IsLower(k) || v.Is(k, "'s") || v.Is(k, "’s")) && !v.InQuote(k))
        {
            k--;
        }
        if (v.ClosesQuote(k))
        {
            return k;
        }
        // "…, its spokesman, Yiannis Artopios, said.": a role between commas that opens with an article or a possessive
        // belongs to the source, not to the speech before it.
        bool opensRole = v.Is(k + 1, "its") || v.Is(k + 1, "his") || v.Is(k + 1, "her") || v.Is(k + 1, "their") || v.Is(k + 1, "the")
            || v.Is(k + 1, "a") || v.Is(k + 1, "an");
        return k > u0 && v.IsComma(k) && opensRole ? k : null;
    }

    /// <summary>The comma before "…, | the United Nations envoy for the region, | Sofia Ardent, said" when the words between it
    /// and <paramref name="comma"/> are the description <see cref="TryNameAfterDescription"/> gave the name (any length, with
    /// capitals); otherwise null.</summary>
    /// <remarks>After a clause the description is the speaker's, as "its spokesman" is in <see cref="QuoteBeforeRole"/>;
    /// left in the content, it made the speech end on the speaker's office.</remarks>
    private static int? DescriptionBeforeName(TokenView v, AttributionDraft d, int u0, int comma)
    {
        if (d.Appositive is not { Length: > 0 } description || comma <= u0 + 1 || !v.IsComma(comma))
        {
            return null;
        }
        int k = comma - 1;
        while (k > u0 && comma - k <= 16 && !v.IsComma(k) && !v.InQuote(k))
        {
            k--;
        }
        if (k <= u0 || !v.IsComma(k) || k + 1 >= comma)
        {
            return null;
        }
        int first = v.Is(k + 1, "the") || v.Is(k + 1, "a") || v.Is(k + 1, "an") ? k + 2 : k + 1;
        return first < comma && v.Text.AsSpan(v.Start(first), v.End(comma - 1) - v.Start(first)).SequenceEqual(description) ? k : null;
    }

    /// <summary>The "which" of ", which | a police spokesman, Inspector Ruth Njeri, | denied" before a source starting at
    /// <paramref name="first"/> (across at most a short role between commas); otherwise null.</summary>
    private static int? RelativeBeforeSource(TokenView v, int first, int u0)
    {
        int k = first - 1;
        if (k > u0 && v.IsComma(k))
        {
            int m = k - 1;
            while (m > u0 && k - m <= 6 && v.IsWord(m) && !v.Is(m, "which"))
            {
                m--;
            }
            k = m;
        }
        return k - 1 > u0 && v.Is(k, "which") && v.IsComma(k - 1) ? k : null;
    }

    /// <summary>Whether the clause ends at token <paramref name="t"/>: the unit's end or a stop, comma or semicolon outside a quotation.</summary>
    private static bool ClauseEndsAt(TokenView v, int t, int u1)
    {
        // "… rejected in 2016.", "… denied on Monday,": a date after the verb still ends the clause.
        if (t + 1 < u1 && (v.Is(t, "in") || v.Is(t, "on") || v.Is(t, "last")))
        {
            int k = t + 1;
            while (k < u1 && k - t <= 3 && (v.IsNumber(k) || v.IsWord(k) && (v.InSet(k, StatementLexicon.DayWords) || v.InSet(k, StatementLexicon.Months)
                || v.Is(k, "week") || v.Is(k, "month") || v.Is(k, "year"))))
            {
                k++;
            }
            t = k > t + 1 ? k : t;
        }
        return t >= u1 || !v.InQuote(t) && (v.IsComma(t) || v.IsChar(t, '.') || v.IsChar(t, ';'));
    }

    /// <summary>
    /// "… officers fired live ammunition, which a police spokesman, Inspector Ruth Njeri, denied.": what is denied is the
    /// clause before ", which" — from the start of the statement it ends (or of the unit) — and that statement's content
    /// ends before the comma.
    /// </summary>
    private static void ObjectOfRelative(TokenView v, AttributionDraft d, int comma, int u0, List<AttributionDraft> drafts, int firstInUnit)
    {
        int start = v.Start(u0);
        for (int p = firstInUnit; p < drafts.Count; p++)
        {
            var c = drafts[p].Content;
            if (!c.IsEmpty && c.Start < v.Start(comma) && c.End >= v.Start(comma))
            {
                start = Math.Max(start, c.Start);
                drafts[p].Content = new TextSpan(c.Start, v.End(comma - 1));
            }
        }
        // "… said it had received reports that officers fired …, which X denied": what X denies is the reported clause.
        for (int k = v.Tokens.IndexAtOrAfter(start) + 1; k < comma - 1; k++)
        {
            if (v.Is(k, "that") && v.IsLower(k - 1) && v.IsWord(k - 1))
            {
                start = v.Start(k + 1);
                break;
            }
        }
        d.Trailing = true;
        d.Content = start < v.End(comma - 1) ? new TextSpan(start, v.End(comma - 1)) : default;
    }

    /// <summary>'said local farmer Ana Ruiz', 'said senior analyst Tom Lee': up to three lower-case words of a description
    /// whose last is a role or a noun for a person, then a name.</summary>
    private static bool DescribedName(TokenView v, int first, int u1)
    {
        for (int k = first; k < u1 && k < first + 3; k++)
        {
            if (!v.IsWord(k) || !v.IsLower(k) || v.InSet(k, StatementLexicon.RightStops))
            {
                return false;
            }
            if (k + 1 < u1 && v.IsCap(k + 1))
            {
                return StatementLexicon.NamesAPersonsRole(v.Word(k));
            }
        }
        return false;
    }

    /// <summary>'"…," said the union's general secretary, Maria Delgado.': after an inverted description ("the …" or "a …"
    /// with a lowercase head) the name set off by its comma names the same speaker, so the source runs through it; the end
    /// of the name, or null when no name of one to four capitalised words closes the clause there.</summary>
    private static int? NameAfterDescription(TokenView v, int first, int end, int u1)
    {
        if (end + 1 >= u1 || !v.IsComma(end) || !v.IsDeterminer(first) || !v.IsLower(end - 1) || !v.IsWord(end - 1))
        {
            return null;
        }
        int k = end + 1;
        while (k < u1 && k - end <= 4 && v.IsWord(k) && v.IsCap(k) && !v.InQuote(k))
        {
            k++;
        }
        if (k == end + 1 || k - end > 4 || k < u1 && !v.IsChar(k, '.') && !v.IsComma(k))
        {
            return null;
        }
        return k;
    }

    /// <summary>After an inverted source: ", the Pentagon Press Secretary," as its role.</summary>
    private static int RightAppositive(TokenView v, AttributionDraft d, int end, int u1)
    {
        if (!v.IsComma(end) || end + 1 >= u1)
        {
            return end;
        }
        int a = end + 1;
        if (!(v.IsDeterminer(a) || v.InSet(a, StatementLexicon.RoleWords)) || v.Is(a, "as") || v.Is(a, "according"))
        {
            return end;
        }
        int k = a;
        while (k < u1 && !v.IsComma(k) && !v.IsChar(k, '.') && !v.InQuote(k))
        {
            if (v.IsLower(k) && (StatementLexicon.CueLookup.ContainsKey(v.Word(k)) || v.Is(k, "as") || v.Is(k, "who") || v.Is(k, "which")))
            {
                return end;
            }
            k++;
        }
        if (k - a > 12)
        {
            return end;
        }
        d.Appositive = v.SpanText(a, k);
        return k;
    }

    /// <summary>"reporters late Friday": the day words after an object say when, not who.</summary>
    private static int WithoutTrailingTime(TokenView v, int first, int end)
    {
        int e = end;
        while (e - 1 > first && v.IsWord(e - 1) && (v.InSet(e - 1, StatementLexicon.DayWords) || v.Is(e - 1, "late") || v.Is(e - 1, "early")
            || v.Is(e - 1, "last") || v.Is(e - 1, "this") || v.Is(e - 1, "on")))
        {
            e--;
        }
        return e;
    }

    /// <summary>Skips the object of "told reporters", "accused Russia (of)", "called the finding" and records press objects as relays.</summary>
    private static int SkipObject(TokenView v, AttributionDraft d, int after, int u1)
    {
        if (after >= u1 || v.InQuote(after))
        {
            return after;
        }
        if (v.Is(d.CueFirst + (d.CueEnd - d.CueFirst - 1), "called") && v.Is(after, "for") || v.Is(after, "on"))
        {
            return after + 1;
        }
        int end = WithoutTrailingTime(v, after, RightNp(v, after, u1));
        if (end <= after)
        {
            return after;
        }
        // "told reporters the federation had …": with "that" left out, a determiner after the hearers opens the speech's
        // subject ("members of the committee" keeps its "the" after "of").
        for (int k = after + 1; k < end; k++)
        {
            // "told reporters outside the court that": where they were told ends the hearers.
            if (v.Is(k, "outside") || v.Is(k, "inside") || v.Is(k, "near") || v.Is(k, "during") || v.Is(k, "after") || v.Is(k, "before"))
            {
                end = k;
                break;
            }
            if (v.IsLower(k) && v.IsDeterminer(k) && !v.Is(k - 1, "of") && !v.Is(k - 1, "for") && !v.Is(k - 1, "at") && !v.Is(k - 1, "from")
                && !v.Is(k - 1, "and") && !v.Is(k - 1, "in"))
            {
                end = k;
                break;
            }
        }
        // "told a news conference", "told a press briefing": the meeting is whom the words were told to, and the relay is
        // named as written (before the press test, which would take "press conference" for an outlet); "said at a news
        // conference" names no hearer, so there the reporters it was held for stay the relay.
        bool conference = end - after >= 2 && IsPressConference(v, end - 1);
        if (!conference && IsPress(v, after, end, out var name))
        {
            d.Relays.Add(new Relay(name, v.Span(after, end), "press"));
        }
        else if (d.Act != SpeechAct.Accuse)
        {
            d.HasListener = true;
            if (conference)
            {
                d.Relays.Add(new Relay(v.SpanText(after, end), v.Span(after, end), v.Word(end - 1).ToString()));
            }
        }
        if (d.Act == SpeechAct.Accuse)
        {
            return after; // "accused Russia of …": the accused belongs to the content
        }
        if (v.Is(end, "of") || v.Is(end, "as"))
        {
            return end + 1;
        }
        return end;
    }

    /// <summary>True when the tokens after a cue hold no content: only time, place, medium or relay phrases.</summary>
    private static bool TailIsAdjunct(TokenView v, int k, int u1)
    {
        int n = 0;
        int first = k;
        while (first < u1 && v.IsComma(first))
        {
            first++;
        }
        // "…,” said the company, adding that …": a second cue as a participle starts a statement of its own.
        if (first > k && IsParticipleCue(v, first, u1))
        {
            return true;
        }
        // '"…," he said, but added that …': a second cue of the same speaker after "but" / "and" starts a statement of its own.
        if (first > k && IsCoordinatedCue(v, first, u1))
        {
            return true;
        }
        // "…, two officials said, though the operator insisted …": a contrasting clause is another's speech or the story's.
        if (first > k && first < u1 && (v.Is(first, "though") || v.Is(first, "although") || v.Is(first, "while") || v.Is(first, "whereas")))
        {
            return true;
        }
        // "…, officials told Reuters, speaking on condition of anonymity": how the source spoke, not what it said.
        if (first > k && first < u1 && IsMannerAside(v, first))
        {
            return true;
        }
        // "…, the institute said, a day after Spain logged its own record": how long after another event is the story's.
        if (first > k && first + 2 < u1 && IsSpanOfTimeBefore(v, first))
        {
            return true;
        }
        // "…, the court said, dealing a fresh blow to …": a participle that is no reporting verb goes on with the story.
        if (first > k && first < u1 && v.IsLower(first) && IsPlainParticiple(v, first))
        {
            return true;
        }
        // "…, the union said, nearly twice as many as on Monday": a comparison after the source sums up the figure before.
        if (first > k && first + 1 < u1 && v.IsLower(first) && (v.Is(first, "twice") || v.Is(first, "double") || v.Is(first, "triple")
            || (v.Is(first, "nearly") || v.Is(first, "almost") || v.Is(first, "roughly")) && (v.Is(first + 1, "twice") || v.Is(first + 1, "double")
                || v.Is(first + 1, "half") || v.Is(first + 1, "triple"))))
        {
            return true;
        }
        // "Its chairman, Piet Hoorn, said as many as 4,000 jobs …": "as many as" hedges a figure in what was said; it opens
        // no clause of the story's own as "said, as rivers rose" does.
        if (first < u1 && first + 2 < u1 && v.Is(first, "as") && v.Is(first + 2, "as")
            && v.Word(first + 1) is "many" or "much" or "few" or "little" or "high" or "low" or "long" or "early" or "late" or "recently" or "far")
        {
            return false;
        }
        // ", which represents 8,000 workers": a relative clause after the source describes it, as an appositive does.
        bool relative = first > k && (v.Is(first, "which") || v.Is(first, "who") || v.Is(first, "whose"));
        if (first < u1 && v.IsWord(first) && !v.InSet(first, StatementLexicon.TailStarters) && !v.InQuote(first) && !relative)
        {
            return false;
        }
        if (first < u1 && v.InSet(first, StatementLexicon.Determiners) && !v.Is(first, "this") && !v.Is(first, "last"))
        {
            return false;
        }
        // "The union's secretary, Irene Dahl, denied this.": "this" with no period of time after it is what was said (the
        // speech before it), not "this week".
        if (first == k && first < u1 && v.Is(first, "this") && !(first + 1 < u1 && v.IsWord(first + 1)
            && (v.InSet(first + 1, StatementLexicon.DayWords) || v.InSet(first + 1, StatementLexicon.Months) || v.Word(first + 1) is "week"
                or "month" or "year" or "weekend" or "spring" or "summer" or "autumn" or "fall" or "winter" or "season" or "time")))
        {
            return false;
        }
        for (; k < u1; k++)
        {
            if (v.InQuote(k))
            {
                return v.OpensQuote(k) && k > 0 && v.IsComma(k - 1);
            }
            if (v.Is(k, "that") && !v.Is(k - 1, "so"))
            {
                return false;
            }
            if (v.IsChar(k, ':'))
            {
                return false;
            }
            if (v.IsComma(k) && (IsParticipleCue(v, k + 1, u1) || IsCoordinatedCue(v, k + 1, u1)))
            {
                return true;
            }
            // "…, officials said Saturday, as rivers continued to rise": a subordinate clause after the source goes on
            // with the story, whatever verbs it holds.
            if (v.IsComma(k) && k + 1 < u1 && v.IsLower(k + 1) && (IsSubordinator(v, k + 1) || IsPlainParticiple(v, k + 1) || OpensTimeClause(v, k + 1, u1)))
            {
                return true;
            }
            // "…, government data showed on Friday, a steeper fall than forecast": a noun phrase after the source's
            // adjunct sums up the story; the speech is before.
            if (v.IsComma(k) && k > first && (v.Is(k + 1, "a") || v.Is(k + 1, "an")) && v.IsLower(k + 1))
            {
                return true;
            }
            // "…, the company said on Monday, far more than the figure it gave last week", "…, she told analysts on a call, up
            // from an initial estimate of 25 million": a comparison with an earlier figure after the source's adjunct is the
            // writer's; the speech is before.
            if (v.IsComma(k) && k > first && k + 3 < u1 && v.IsLower(k + 1)
                && ((v.Is(k + 1, "far") || v.Is(k + 1, "much") || v.Is(k + 1, "well")) && v.Word(k + 2) is "more" or "less" or "fewer" or "higher" or "lower"
                    && v.Is(k + 3, "than")
                    || (v.Is(k + 1, "up") || v.Is(k + 1, "down")) && v.Is(k + 2, "from")))
            {
                return true;
            }
            // "…," she said in a video posted on the company's website': the participle says where the medium came out.
            if (v.IsLower(k) && StatementLexicon.CueLookup.TryGetValue(v.Word(k), out _) && !v.Is(k, "reported") && !v.Is(k, "published") && !v.Is(k, "cited")
                && !(v.Is(k, "posted") && k > first && IsPostedMedium(v, k - 1)))
            {
                return false;
            }
            if (++n > 14)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"A farmers' union, Boerenbond, urged the government to delay the rules": a phrase after the cue that goes on
    /// with "to" and a verb is the one urged, asked or told, not a speaker put after its cue (", said the minister to
    /// reporters.").</summary>
    private static bool InfinitiveAfterObject(TokenView v, int k, int u1) =>
        k + 1 < u1 && v.Is(k, "to") && v.IsLower(k + 1) && !v.InSet(k + 1, StatementLexicon.Determiners)
        && !v.InSet(k + 1, StatementLexicon.TailStarters) && !v.InSet(k + 1, StatementLexicon.SubjectPronouns);

    // "days after Washington warned", "two hours before the vote", "shortly after midnight": a length of time and
    // "after"/"before" open a clause that places the story, not speech.
    private static bool OpensTimeClause(TokenView v, int t, int u1)
    {
        for (int k = t; k < u1 && k - t <= 4; k++)
        {
            if (v.Is(k, "after") || v.Is(k, "before"))
            {
                return k > t;
            }
            if (!(v.IsNumber(k) || v.IsWord(k) && (NumberWords.Cardinals.ContainsKey(v.Word(k)) || v.Word(k) is "days" or "day" or "hours" or "hour" or "weeks" or "week" or "months" or "month" or "years" or "year" or "minutes"
                || v.Is(k, "a") || v.Is(k, "an") || v.Is(k, "just") || v.Is(k, "only") || v.Is(k, "shortly") || v.Is(k, "moments")
                || v.Is(k, "several") || v.Is(k, "few") || v.Is(k, "some") || v.Is(k, "nearly") || v.Is(k, "almost") || v.Is(k, "soon"))))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"but added that …", "and also warned …": a conjunction, maybe an adverb, then a finite cue of the same subject.</summary>
    private static bool IsCoordinatedCue(TokenView v, int t, int u1)
    {
        if (t + 1 >= u1 || !(v.Is(t, "but") || v.Is(t, "and")))
        {
            return false;
        }
        int c = t + 1;
        if (c + 1 < u1 && (v.Is(c, "also") || v.Is(c, "later") || v.Is(c, "then")))
        {
            c++;
        }
        return v.IsLower(c) && v.Word(c).EndsWith("ed", StringComparison.Ordinal) && StatementLexicon.CueLookup.ContainsKey(v.Word(c));
    }

    private static bool IsParticipleCue(TokenView v, int t, int u1) =>
        t < u1 && v.IsLower(t) && v.Word(t).EndsWith("ing", StringComparison.Ordinal) && StatementLexicon.CueLookup.ContainsKey(v.Word(t));

    /// <summary>The end of a social platform's name at <paramref name="t"/> ("X", "Truth Social", "Telegram"), or null.</summary>
    private static int? Platform(TokenView v, int t, int u1)
    {
        if (v.Is(t, "Truth") && t + 1 < u1 && v.Is(t + 1, "Social"))
        {
            return t + 2;
        }
        // "Kurti wrote on X.": the tokenizer reads a capital and a full stop ending the sentence as an initial.
        if (v.Is(t, "X.") && t + 1 >= u1)
        {
            return t + 1;
        }
        return v.IsCap(t) && (v.Word(t) is "X" or "Twitter" or "Facebook" or "Telegram" or "Instagram" or "TikTok" or "YouTube" or "Weibo"
            or "WeChat" or "LinkedIn" or "Threads" or "Bluesky" or "Reddit" or "Snapchat" or "WhatsApp" or "VKontakte" or "Substack")
            ? t + 1 : null;
    }

    /// <summary>The name of the stand-in relay for words put out on the speaker's own site or "posted online": it marks
    /// the phrase for the steps that read relays (a content ends before it) and becomes the statement's
    /// <see cref="Statement.Medium"/>, with no relay, when the statements are finished (<see cref="StatementLinks.OwnSitesAsMedia"/>).</summary>
    internal const string OwnSiteRelay = "online";

    /// <summary>The end of a site of its own after a determiner at <paramref name="t"/> ("its leak site", "the company's
    /// website", "his Facebook page"), or null; <paramref name="platform"/> is a platform named in it, or -1.</summary>
    /// <remarks>"the site" alone may be a place ("told reporters on the site of the blast"): a possessive, a web word or a
    /// platform must make it a web page.</remarks>
    private static int? OwnSite(TokenView v, int t, int u1, out int platform)
    {
        platform = -1;
        bool owned = v.Is(t, "its") || v.Is(t, "their") || v.Is(t, "his") || v.Is(t, "her") || v.Is(t, "our");
        if (!owned && !v.Is(t, "the") && !v.Is(t, "a"))
        {
            return null;
        }
        bool web = false;
        for (int k = t + 1; k < u1 && k - t <= 4; k++)
        {
            if (v.Is(k, "website") || v.Is(k, "websites") || v.Is(k, "blog") || v.Is(k, "webpage") || v.Is(k, "homepage"))
            {
                return k + 1;
            }
            if ((owned || web || platform >= 0) && (v.Is(k, "site") || v.Is(k, "page") || v.Is(k, "channel") || v.Is(k, "account")
                || v.Is(k, "feed") || v.Is(k, "forum") || v.Is(k, "portal")))
            {
                return k + 1;
            }
            if (platform < 0 && Platform(v, k, u1) == k + 1)
            {
                platform = k;
                continue;
            }
            // "on the company's website", "on the ministry's page": the owner named before a possessive.
            if (v.IsWord(k) && k + 1 < u1 && v.IsPossessive(k + 1) && !v.Is(t, "a"))
            {
                owned = true;
                k++;
                continue;
            }
            if (v.IsLower(k) && (v.Is(k, "leak") || v.Is(k, "web") || v.Is(k, "dark") || v.Is(k, "dark-web") || v.Is(k, "online")
                || v.Is(k, "internet") || v.Is(k, "official") || v.Is(k, "own") || v.Is(k, "verified")))
            {
                web |= !v.Is(k, "own") && !v.Is(k, "official");
                continue;
            }
            return null;
        }
        return null;
    }

    /// <summary>Reads relay and medium phrases after a cue; returns where content may start.</summary>
    private static int ScanTail(TokenView v, AttributionDraft d, int k, int u1)
    {
        int start = k;
        int contentStart = k;
        for (; k < u1 && !v.InQuote(k); k++)
        {
            // "…, two brokers said, speaking anonymously because they were not allowed to speak to the media": a clause of
            // reason or concession is the story's; the hearers it names heard nothing of this speech.
            if (v.IsLower(k) && (v.Is(k, "because") && !v.Is(k + 1, "of") || v.Is(k, "although") || v.Is(k, "though") || v.Is(k, "unless") || v.Is(k, "whereas")))
            {
                break;
            }
            // "accused the ministry of leaking its records to a newspaper": the deed after "of / for" + "-ing" is what was
            // said; the outlet in it heard nothing.
            if (k > start && (v.Is(k, "of") || v.Is(k, "for")) && k + 1 < u1 && v.IsIngForm(k + 1) && v.IsLower(k + 1))
            {
                break;
            }
            if (v.Is(k, "that") || v.IsChar(k, ':'))
            {
                // "said in a note to clients that …", "wrote on its website on Monday that …": a medium phrase before "that".
                if (k - contentStart <= 3 || k - contentStart <= 8 && IsMediumPhrase(v, contentStart, k))
                {
                    contentStart = k;
                }
                break;
            }
            int before = k;
            int consumed = TailPhrase(v, d, ref k, u1, start);
            if (consumed > 0)
            {
                bool adjacent = true;
                for (int m = contentStart; m < before; m++)
                {
                    // "reported on Thursday, citing …": a day between the cue and the relay is part of the lead-in too.
                    if (!v.IsComma(m) && !(v.IsLower(m) && (v.IsDeterminer(m) || v.InSet(m, StatementLexicon.TailStarters)))
                        && !(v.IsWord(m) && v.InSet(m, StatementLexicon.DayWords)))
                    {
                        adjacent = false;
                    }
                }
                if (adjacent)
                {
                    contentStart = k + 1;
                    while (contentStart < u1 && v.IsComma(contentStart))
                    {
                        contentStart++;
                    }
                }
            }
        }
        return contentStart;
    }

    /// <summary>The comma opening ", in an interview with X," or ", in a statement," that closes at the comma
    /// <paramref name="close"/>, or null.</summary>
    private static int? InterviewAside(TokenView v, int close, int u0)
    {
        for (int k = close - 1; k > u0 && close - k <= 12; k--)
        {
            if (v.InQuote(k))
            {
                return null;
            }
            if (!v.IsComma(k))
            {
                continue;
            }
            int p = k + 1;
            if (!(v.Is(p, "in") || v.Is(p, "during")) || !(v.Is(p + 1, "an") || v.Is(p + 1, "a")))
            {
                return null;
            }
            // "in a televised interview on Sunday", "in a brief radio interview,": up to two words say what kind of
            // interview, and a phrase of time or place after it says when or where.
            int q = p + 2;
            while (q < close && q - p < 4 && v.IsLower(q) && !v.Is(q, "interview") && !v.Is(q, "statement")
                && !StatementLexicon.CueLookup.ContainsKey(v.Word(q)))
            {
                q++;
            }
            return v.Is(q, "interview") && (v.Is(q + 1, "with") || q + 1 == close || IsMediumPhrase(v, q + 1, close))
                || v.Is(p + 2, "statement") && p + 3 == close ? k : null;
        }
        return null;
    }

    /// <summary>"news conference", "press briefing", "media conference": token <paramref name="k"/> ends a meeting held for reporters.</summary>
    private static bool IsPressConference(TokenView v, int k) =>
        (v.Is(k, "conference") || v.Is(k, "briefing")) && k > 0 && (v.Is(k - 1, "news") || v.Is(k - 1, "press") || v.Is(k - 1, "media"));

    /// <summary>", a claim …", ", an allegation …": a comma at <paramref name="k"/> opening a noun phrase that names what a
    /// speech was, the story's comment on it.</summary>
    internal static bool OpensSummingAppositive(TokenView v, int k) =>
        v.IsComma(k) && !v.InQuote(k) && (v.Is(k + 1, "a") || v.Is(k + 1, "an")) && v.IsLower(k + 1) && v.InSet(k + 2, StatementLexicon.SummingNouns);

    /// <summary>Whether tokens <c>[first, end)</c> are prepositional phrases only ("in a note to clients", "on its website on Monday").</summary>
    internal static bool IsMediumPhrase(TokenView v, int first, int end)
    {
        if (!(v.Is(first, "in") || v.Is(first, "on") || v.Is(first, "during") || v.Is(first, "at") || v.Is(first, "through") || v.Is(first, "via")))
        {
            return false;
        }
        for (int m = first; m < end; m++)
        {
            if (!v.IsWord(m) || v.InQuote(m) || v.IsLower(m) && StatementLexicon.CueLookup.ContainsKey(v.Word(m)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads one relay or medium phrase at <paramref name="k"/>; moves k to its last token and returns 1, or returns 0.</summary>
    private static int TailPhrase(TokenView v, AttributionDraft d, ref int k, int u1, int start)
    {
        {
            // "in a post on X", "wrote on Telegram", "said in a video on YouTube": the platform it was posted on relays it.
            int on = (v.Is(k, "post") || v.Is(k, "posts") || v.Is(k, "message") || v.Is(k, "video") || v.Is(k, "tweet") || v.Is(k, "statement"))
                && v.Is(k + 1, "on") ? k + 1 : v.Is(k, "on") ? k : -1;
            if (on >= 0 && on + 1 < u1 && Platform(v, on + 1, u1) is int platformEnd)
            {
                var platform = v.Span(on + 1, platformEnd);
                if (v.Text[platform.End - 1] == '.')
                {
                    platform = new TextSpan(platform.Start, platform.End - 1);
                }
                d.Relays.Add(new Relay(platform.Slice(v.Text), platform, "post"));
                k = platformEnd - 1;
                return 1;
            }
            // "claimed responsibility in a post on its leak site", "wrote on its website": a site of the speaker's own
            // publishes the words online ("on his Facebook page": through that platform). Only near the cue: "… hints at
            // what …, Governor X …, delivering a message on his Twitter account" is another's post.
            if (on >= 0 && on + 2 < u1 && on - start <= 6 && OwnSite(v, on + 1, u1, out int named) is int siteEnd)
            {
                // "on the website GunBroker.com": the site's own name follows.
                if (named < 0 && siteEnd < u1 && (v.Tokens.Kinds[siteEnd] == Dossier.Core.Tokens.TokenKind.Url || v.IsCap(siteEnd)))
                {
                    named = siteEnd++;
                }
                var site = v.Span(on + 2, siteEnd);
                d.Relays.Add(named >= 0 ? new Relay(v.SpanText(named, named + 1), v.Span(named, named + 1), "post") : new Relay(OwnSiteRelay, site, "post"));
                k = siteEnd - 1;
                return 1;
            }
            // "In a video posted online last month": no outlet is named, but the words came out as a video on the web.
            if (IsPostedMedium(v, k) && k + 2 < u1 && (v.Is(k + 1, "posted") || v.Is(k + 1, "published") || v.Is(k + 1, "released") || v.Is(k + 1, "shared")))
            {
                string medium = v.Is(k, "post") || v.Is(k, "message") ? "post" : v.Is(k, "statement") ? "statement" : "video";
                if (v.Is(k + 2, "online"))
                {
                    d.Relays.Add(new Relay(OwnSiteRelay, v.Span(k + 2, k + 3), medium));
                    k += 2;
                    return 1;
                }
                // "in a video posted on the company's website", "in a statement published on Telegram".
                if (v.Is(k + 2, "on") && k + 3 < u1)
                {
                    if (Platform(v, k + 3, u1) is int platformAfter)
                    {
                        d.Relays.Add(new Relay(v.SpanText(k + 3, platformAfter), v.Span(k + 3, platformAfter), medium));
                        k = platformAfter - 1;
                        return 1;
                    }
                    if (OwnSite(v, k + 3, u1, out int platformIn) is int ownEnd)
                    {
                        d.Relays.Add(platformIn >= 0 ? new Relay(v.SpanText(platformIn, platformIn + 1), v.Span(platformIn, platformIn + 1), medium)
                            : new Relay(OwnSiteRelay, v.Span(k + 4, ownEnd), medium));
                        k = ownEnd - 1;
                        return 1;
                    }
                }
            }
            // "said in an email", "wrote in a letter to shareholders": the form of the words, with no outlet to carry it.
            if ((v.Is(k, "email") || v.Is(k, "e-mail") || v.Is(k, "letter") || v.Is(k, "video")) && v.Is(k - 2, "in")
                && (v.Is(k - 1, "an") || v.Is(k - 1, "a")) && k - 2 >= start)
            {
                d.Medium ??= v.Is(k, "e-mail") ? "email" : v.Word(k).ToString();
            }
            // "in talks with reporters" relays; "would seek talks with Beijing" is what was said.
            if ((v.Is(k, "interview") || v.Is(k, "conversation") || v.Is(k, "talks") && (v.Is(k - 1, "in") || v.Is(k - 1, "during")))
                && v.Is(k + 1, "with"))
            {
                int end = RightNp(v, k + 2, u1);
                if (end > k + 2)
                {
                    d.Relays.Add(new Relay(PressName(v, k + 2, end), v.Span(k + 2, end), "interview"));
                    k = end - 1;
                    return 1;
                }
            }
            if ((v.Is(k, "to") || v.Is(k, "told")) && k + 1 < u1)
            {
                int end = RightNp(v, k + 1, u1);
                if (end > k + 1 && IsPress(v, k + 1, end, out var name))
                {
                    d.Relays.Add(new Relay(name, v.Span(k + 1, end), "press"));
                    k = end - 1;
                    return 1;
                }
            }
            if (ReportedBy(v, k, u1) is var (outlet, outletEnd))
            {
                d.Relays.Add(new Relay(PressName(v, outlet, outletEnd), v.Span(outlet, outletEnd), "report"));
                k = outletEnd - 1;
                return 1;
            }
            // "in a statement carried by the IRNA news agency", "in remarks broadcast by state television": the outlet
            // that passed the words on relays them.
            if ((v.Is(k, "carried") || v.Is(k, "published") || v.Is(k, "released") || v.Is(k, "broadcast") || v.Is(k, "aired")
                || v.Is(k, "distributed")) && v.Is(k + 1, "by") && k > start)
            {
                int end = RightNp(v, k + 2, u1);
                if (end > k + 2 && IsPress(v, k + 2, end, out var carrier))
                {
                    d.Relays.Add(new Relay(carrier, v.Span(k + 2, end), "report"));
                    k = end - 1;
                    return 1;
                }
            }
            if (v.Is(k, "citing") && k + 1 < u1)
            {
                int end = ThroughKnowledgePhrase(v, RightNp(v, k + 1, u1), u1);
                if (end > k + 1)
                {
                    d.CitedBy = v.SpanText(k + 1, end);
                    d.CitedBySpan = v.Span(k + 1, end);
                    k = end - 1;
                    return 1;
                }
            }
            if ((v.Is(k, "call") || v.Is(k, "briefing") || v.Is(k, "conference") || v.Is(k, "statement") || v.Is(k, "podcast")
                || v.Is(k, "broadcast") || v.Is(k, "speech")) && k > start)
            {
                string medium = v.Word(k).ToString().ToLowerInvariant();
                bool attached = false;
                for (int r = 0; r < d.Relays.Count; r++)
                {
                    if (d.Relays[r].Medium == "press")
                    {
                        d.Relays[r] = d.Relays[r] with { Medium = medium };
                        attached = true;
                    }
                }
                // "at a news conference", "a press briefing" were held for reporters; a call or a summit need not be.
                if (!attached && !d.HasListener && IsPressConference(v, k))
                {
                    d.Relays.Add(new Relay("reporters", v.Span(k, k + 1), medium));
                }
                // "said in a statement": the form of the words, with no outlet to carry it.
                else if (!attached && v.Is(k, "statement") && (v.Is(k - 1, "a") && v.Is(k - 2, "in") || v.Is(k - 1, "written") && v.Is(k - 3, "in")))
                {
                    d.Medium ??= medium;
                }
            }
        }
        return 0;
    }

    /// <summary>`"A," Kirby said, "B."`: a second quote right after the cue joins the content.</summary>
    private static void SplitQuoteContinuation(TokenView v, AttributionDraft d, int k, int u1)
    {
        while (k < u1 && !v.InQuote(k))
        {
            if (v.IsComma(k) && k + 1 < u1 && v.OpensQuote(k + 1))
            {
                var q = v.Quotes[v.QuoteOf(k + 1)];
                d.Content = d.Content.IsEmpty ? q.Outer : d.Content.Union(q.Outer);
                return;
            }
            k++;
        }
        if (k < u1 && v.OpensQuote(k) && k > 0 && v.IsComma(k - 1))
        {
            var q = v.Quotes[v.QuoteOf(k)];
            d.Content = d.Content.IsEmpty ? q.Outer : d.Content.Union(q.Outer);
        }
    }

    /// <summary>Content to the left of a trailing cue: from the unit start (or the quote it opens in) to the boundary.</summary>
    private static TextSpan LeftContent(TokenView v, int u0, int boundary)
    {
        if (boundary <= u0)
        {
            return default;
        }
        int last = boundary;
        if (v.ClosesQuote(last))
        {
            var q = v.Quotes[v.QuoteOf(last)];
            int startTok = u0;
            int start = v.InQuote(u0) && v.QuoteOf(u0) == v.QuoteOf(last) ? q.Outer.Start : v.Start(startTok);
            return new TextSpan(Math.Min(start, q.Outer.Start), q.Outer.End);
        }
        for (int k = u0 + 1; k < Math.Min(boundary, u0 + 10); k++)
        {
            // a dateline: "Washington [US], November 2 :", "Feb 11 (AFP) - Drones struck …" (a hyphen only after the
            // agency's bracket: "won 3 - 2" is a score)
            bool bracket = v.IsChar(k - 1, ']') || v.IsChar(k - 1, ')');
            if (((v.IsChar(k, ':') || v.IsChar(k, '—')) && (v.IsNumber(k - 1) || bracket) || (v.IsChar(k, '-') || v.IsChar(k, '–')) && bracket)
                && k + 1 < boundary)
            {
                u0 = k + 1;
                break;
            }
        }
        int s = v.Start(u0);
        if (v.InQuote(u0))
        {
            s = Math.Min(s, v.Quotes[v.QuoteOf(u0)].Outer.Start);
        }
        if (v.IsComma(last) || v.IsChar(last, '-') || v.IsChar(last, '—') || v.IsChar(last, '–'))
        {
            last--;
        }
        return last < u0 ? default : new TextSpan(s, v.End(last));
    }

    /// <summary>Content to the right: from <paramref name="c"/> to the unit's end, without its final stop (unless a quote closes there).</summary>
    private static TextSpan ContentRight(TokenView v, int c, int u1)
    {
        if (c >= u1)
        {
            return default;
        }
        int last = u1 - 1;
        while (last > c && v.IsPunct(last) && !v.ClosesQuote(last) && !v.IsChar(last, ')'))
        {
            last--;
        }
        if (last < c)
        {
            return default;
        }
        int start = v.Start(c);
        int end = v.End(last);
        if (v.ClosesQuote(last))
        {
            end = Math.Max(end, v.Quotes[v.QuoteOf(last)].Outer.End);
        }
        return new TextSpan(start, end);
    }

    /// <summary>Ends content-right spans where a later trailing attribution in the same unit begins.</summary>
    private static void ClipContents(TokenView v, List<AttributionDraft> drafts, int first, int u1)
    {
        for (int i = first; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Trailing || d.Content.IsEmpty)
            {
                continue;
            }
            for (int j = i + 1; j < drafts.Count; j++)
            {
                var e = drafts[j];
                if (!e.Trailing)
                {
                    EndBeforeSummingNoun(v, d, e);
                    // "Police estimated the crowd at 4,000; organisers said more than 20,000 …": a semicolon before another
                    // speaker's own attribution closes the first content.
                    int semi = e.HasSource && e.SourceFirst <= e.CueFirst ? e.SourceFirst - 1 : -1;
                    if (semi > 0 && v.IsChar(semi, ';') && v.Start(semi) > d.Content.Start && v.Start(semi) < d.Content.End)
                    {
                        d.Content = new TextSpan(d.Content.Start, v.End(semi - 1));
                    }
                    continue;
                }
                int boundaryTok = (e.HasSource && e.SourceFirst < e.CueFirst ? e.SourceFirst : e.CueFirst) - 1;
                if (boundaryTok < 0)
                {
                    continue;
                }
                int boundary = v.Start(boundaryTok);
                if (boundary > d.Content.Start && boundary < d.Content.End)
                {
                    int end = v.IsComma(boundaryTok) ? boundary : v.End(boundaryTok);
                    d.Content = new TextSpan(d.Content.Start, end);
                }
            }
        }
    }

    /// <summary>"The company said it had no dealings with Israel, a claim the rebels dismissed as lies": a noun phrase
    /// that names the speech (a claim, a charge) and holds another's cue is the story's comment; the first speech ends at
    /// its comma, so the second speaker does not relay through the first.</summary>
    private static void EndBeforeSummingNoun(TokenView v, AttributionDraft d, AttributionDraft e)
    {
        if (d.Content.Start < v.End(d.CueEnd - 1) || v.Start(e.CueFirst) <= d.Content.Start || v.Start(e.CueFirst) >= d.Content.End)
        {
            return;
        }
        for (int k = v.Tokens.IndexAtOrAfter(d.Content.Start) + 2; k + 2 < e.CueFirst; k++)
        {
            if (OpensSummingAppositive(v, k))
            {
                d.Content = new TextSpan(d.Content.Start, v.End(k - 1));
                return;
            }
        }
    }

    /// <summary>Whether tokens <c>[first, end)</c> are only day and month names, parts of the day and numbers.</summary>
    private static bool IsDate(TokenView v, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (!(v.IsWord(k) && (v.InSet(k, StatementLexicon.DayWords) || v.InSet(k, StatementLexicon.Months)) || v.IsNumber(k)))
            {
                return false;
            }
        }
        return true;
    }

    // The comma opening ", (also/better/formerly) known as X," that ends at the comma <paramref name="close"/>, or null.
    private static int? KnownAsBefore(TokenView v, int close, int limit)
    {
        for (int m = close - 1; m > limit && close - m <= 8; m--)
        {
            if (v.IsComma(m))
            {
                int w = v.Is(m + 1, "also") || v.Is(m + 1, "better") || v.Is(m + 1, "formerly") ? m + 2 : m + 1;
                return w + 2 < close && v.Is(w, "known") && v.Is(w + 1, "as") && v.IsWord(m - 1) ? m : null;
            }
            if (!v.IsWord(m) && !v.IsNumber(m))
            {
                return null;
            }
        }
        return null;
    }

    // "one of the people said", "some of the residents": a part of a group speaks for it.
    internal static bool IsThinkTank(TokenView v, int t) => v.Is(t, "think") && t + 1 < v.Count && (v.Is(t + 1, "tank") || v.Is(t + 1, "tanks"));

    // People who serve a body and speak from inside it ("an official in the ministry", "aides at the palace").
    private static bool IsServingRole(TokenView v, int k) =>
        v.IsLower(k) && v.Word(k) is "official" or "officials" or "spokesman" or "spokeswoman" or "spokesperson" or "diplomat" or "diplomats"
            or "aide" or "aides" or "adviser" or "advisers" or "advisor" or "advisors" or "officer" or "officers" or "commander" or "commanders";

    /// <summary>Whether a list's name stands before <paramref name="comma"/>: capitalised words that open the unit or follow
    /// another comma, not a sentence adverb or a connective ("Separately, France and Germany", "In Paris, …").</summary>
    private static bool ListItemBefore(TokenView v, int comma, int limit)
    {
        int m = comma - 1;
        while (m >= limit && v.IsCap(m) && comma - m <= 4)
        {
            m--;
        }
        int first = m + 1;
        if (first == comma || !(m < limit || v.IsComma(m)) || v.IsConnective(first) || v.InSet(first, StatementLexicon.Auxiliaries)
            || v.InSet(first, StatementLexicon.SubjectPronouns))
        {
            return false;
        }
        var w = v.Word(first);
        return !(comma - first == 1 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) && !v.InSet(first, StatementLexicon.Months)
            && !v.InSet(first, StatementLexicon.DayWords);
    }

    private static bool EndsATime(TokenView v, int k) =>
        v.InSet(k, StatementLexicon.DayWords) || v.Is(k, "year") || v.Is(k, "years") || v.Is(k, "season") || v.Is(k, "week")
        || v.Is(k, "weeks") || v.Is(k, "month") || v.Is(k, "months") || v.Is(k, "weekend") || v.Is(k, "ago") || v.Is(k, "today")
        || v.Is(k, "yesterday") || v.Is(k, "tonight");

    private static bool IsShare(TokenView v, int k) =>
        v.IsLower(k) && (v.Is(k, "half") || v.Is(k, "third") || v.Is(k, "thirds") || v.Is(k, "two-thirds") || v.Is(k, "quarter")
            || v.Is(k, "quarters") || v.Is(k, "three-quarters") || v.Is(k, "fifth") || v.Is(k, "fifths") || v.Is(k, "tenth")
            || v.Is(k, "majority") || v.Is(k, "minority"));

    private static bool IsPartitive(TokenView v, int k) =>
        v.IsLower(k) && (v.Is(k, "one") || v.Is(k, "two") || v.Is(k, "three") || v.Is(k, "some") || v.Is(k, "many") || v.Is(k, "several")
            || v.Is(k, "most") || v.Is(k, "both") || v.Is(k, "none") || v.Is(k, "each") || v.Is(k, "either") || v.Is(k, "neither") || v.Is(k, "all"));

    /// <summary>Scans left from <paramref name="j"/> over a subject noun phrase; returns its first token (j + 1 when none).</summary>
    /// <summary>"(the lawyer for) striker Marco Bellini", "(an aide to) former minister Ana Ruiz": one to three lower-case
    /// words ending on a noun for what a person is, then a name, up to token <paramref name="j"/>.</summary>
    private static bool DescribedNameAt(TokenView v, int k, int j)
    {
        int m = k;
        while (m < j && m - k < 3 && v.IsWord(m) && v.IsLower(m) && !v.IsDeterminer(m) && !v.InSet(m, StatementLexicon.LeftStops))
        {
            m++;
        }
        return m > k && m <= j && v.IsCap(m) && StatementLexicon.NamesAPersonsRole(v.Word(m - 1));
    }

    internal static int LeftNp(TokenView v, int j, int u0)
    {
        int k = j;
        int limit = Math.Max(u0, j - MaxSourceTokens);
        bool namesJoined = false;
        while (k >= limit)
        {
            if (v.InQuote(k))
            {
                break;
            }
            if (v.IsPunct(k))
            {
                // "Britain, France and Germany said": once "and" has joined two names, a comma between names is the list's.
                if (namesJoined && v.IsComma(k) && k < j && (v.IsCap(k + 1) || v.Is(k + 1, "and")) && ListItemBefore(v, k, limit))
                {
                    k--;
                    continue;
                }
                if (v.IsChar(k, ')'))
                {
                    int open = k - 1;
                    while (open > limit && !v.IsChar(open, '(') && k - open < 6)
                    {
                        open--;
                    }
                    if (v.IsChar(open, '(') && open - 1 >= limit && v.IsCap(open - 1))
                    {
                        k = open - 1;
                        continue;
                    }
                }
                if (v.IsChar(k, '&') && k - 1 >= limit && v.IsCap(k - 1) || v.IsPluralPossessive(k) && k < j)
                {
                    k--;
                    continue;
                }
                break;
            }
            // "a group of 12 paint manufacturers": a body's noun counting its members heads the phrase.
            if (v.IsNumber(k) && k < j && k - 2 >= limit && v.Is(k - 1, "of") && v.IsLower(k - 2) && EntityHeads.IsBodyNoun(v.Word(k - 2)))
            {
                k -= 2;
                continue;
            }
            if (!v.IsWord(k))
            {
                break;
            }
            if (v.IsPossessive(k))
            {
                k--;
                continue;
            }
            if (v.IsLower(k))
            {
                // "two officials familiar with the investigation told …", "people close to the talks said": the
                // phrase says who the speakers are, so the subject runs on to the noun before it.
                if (k < j && k - 2 >= limit && v.IsLower(k - 1) && IsKnowledgePhrase(v, k - 1, k))
                {
                    k -= 2;
                    continue;
                }
                if (v.Is(k, "and"))
                {
                    // "The club conceded 24 goals last season and the manager said": a time closes the clause before, so the
                    // "and" joins two clauses, not two speakers.
                    if (k - 1 >= limit && (v.IsCap(k - 1) || v.IsLower(k - 1) && !v.InSet(k - 1, StatementLexicon.LeftStops) && !EndsATime(v, k - 1)) && k < j)
                    {
                        namesJoined |= v.IsCap(k + 1) && (v.IsCap(k - 1) || v.IsComma(k - 1));
                        k--;
                        continue;
                    }
                    // the serial comma: "Britain, France, and Germany said"
                    if (k - 2 >= limit && v.IsComma(k - 1) && v.IsCap(k + 1) && k < j && ListItemBefore(v, k - 1, limit))
                    {
                        namesJoined = true;
                        k -= 2;
                        continue;
                    }
                    break;
                }
                // "Economists polled by Reuters had expected …": who was asked speaks; the pollster only asked them.
                if (v.Is(k, "by") && k < j && k - 2 >= limit && v.IsLower(k - 1) && v.Word(k - 1) is "polled" or "surveyed" or "interviewed"
                    or "questioned" or "consulted" && v.IsWord(k - 2) && v.Word(k - 2).Length > 3 && v.Word(k - 2)[^1] == 's'
                    && !v.InSet(k - 2, StatementLexicon.LeftStops))
                {
                    k -= 2;
                    continue;
                }
                // "two people with (direct) knowledge of the plan told …": likewise.
                if (v.Is(k, "of") && k < j && KnowledgeBefore(v, k, limit) is int with)
                {
                    k = with - 1;
                    continue;
                }
                // "Doctors in Goma said", "residents at the camp": people where they are speak, not the place.
                // "A senior official in the region's government": an official where he serves speaks, not the government.
                // "officials on both sides said", "diplomats from the region": which side they are on or where they come
                // from says who they are too, unless a day follows ("officials on Tuesday said").
                if ((v.Is(k, "in") || v.Is(k, "at") || v.Is(k, "on") || v.Is(k, "from")) && k < j && k - 1 >= limit && v.IsWord(k - 1)
                    && (v.InSet(k - 1, StatementLexicon.UnofficialNouns) || IsServingRole(v, k - 1)
                        // "Doctors at the main hospital in Sorvik": the site, then the place it is in.
                        || (v.Is(k, "in") || v.Is(k, "at")) && v.IsLower(k - 1) && v.InSet(k - 1, StatementLexicon.WhereaboutsNouns) && v.IsCap(k + 1)
                        // "The Met Office in London said", "the High Court in Dublin": a named body, then where it sits.
                        || (v.Is(k, "in") || v.Is(k, "at")) && v.IsCap(k - 1) && EntityHeads.IsOrganisationHead(v.Word(k - 1)) && v.IsCap(k + 1))
                    && (v.IsCap(k + 1) || v.IsDeterminer(k + 1))
                    && !((v.Is(k, "on") || v.Is(k, "from")) && (v.InSet(k + 1, StatementLexicon.DayWords) || v.InSet(k + 1, StatementLexicon.Months)
                        || v.Is(k + 1, "the") && v.InSet(k + 2, StatementLexicon.DayWords))))
                {
                    k--;
                    continue;
                }
                // "Nearly a third of nurses said", "most of voters": a share of a group, the group written without an article.
                if (v.Is(k, "of") && k < j && k - 1 >= limit && (IsPartitive(v, k - 1) || IsShare(v, k - 1)) && v.IsLower(k + 1) && IsPluralNoun(v, k + 1))
                {
                    k--;
                    continue;
                }
                // "At least 12 people said", "at least half of voters": the bound belongs to the count.
                if (v.Is(k, "at") && k < j && v.Is(k + 1, "least"))
                {
                    k--;
                    continue;
                }
                // "More than half of drivers": the bound belongs to the share.
                if (v.Is(k, "than") && k < j && k - 1 >= limit && (v.Is(k - 1, "more") || v.Is(k - 1, "less") || v.Is(k - 1, "fewer"))
                    && (IsShare(v, k + 1) || v.Is(k + 1, "a") && IsShare(v, k + 2)))
                {
                    k -= 2;
                    continue;
                }
                // "A hospital official in the town of Sorvik", "a resident of the village": a place named by its kind, and one
                // person of a place, are part of who speaks.
                if (v.Is(k, "of") && k < j && k - 2 >= limit && v.IsLower(k - 1)
                    && (v.InSet(k - 1, StatementLexicon.WhereaboutsNouns) && v.IsCap(k + 1)
                        && (v.IsDeterminer(k - 2) || k - 3 >= limit && v.IsLower(k - 2) && v.IsDeterminer(k - 3))
                        || v.InSet(k - 1, StatementLexicon.UnofficialNouns) && (v.IsCap(k + 1) || v.IsDeterminer(k + 1))))
                {
                    k--;
                    continue;
                }
                if (v.Is(k, "of") || v.Is(k, "for") || v.Is(k, "to"))
                {
                    // "the prefecture of Finistère said", "the government of Chile": a body of a place speaks whole.
                    if (k < j && (v.IsCap(k + 1) || v.IsDeterminer(k + 1) || DescribedNameAt(v, k + 1, j)) && k - 1 >= limit && (v.IsCap(k - 1) || v.InSet(k - 1, StatementLexicon.RoleWords)
                        || v.Is(k, "of") && (IsPluralNoun(v, k - 1) || IsPartitive(v, k - 1)
                            || v.IsLower(k - 1) && (EntityHeads.IsBodyNoun(v.Word(k - 1)) || v.Is(k - 1, "prefecture") || v.Is(k - 1, "government")
                                || v.Is(k - 1, "department") || v.Is(k - 1, "administration")) && k - 2 >= limit && v.IsDeterminer(k - 2))))
                    {
                        k--;
                        continue;
                    }
                    break;
                }
                if (v.InSet(k, StatementLexicon.LeftStops) || StatementLexicon.CueLookup.ContainsKey(v.Word(k)) && !IsThinkTank(v, k))
                {
                    break;
                }
            }
            else if (!v.IsCap(k) && !char.IsLetter(v.Word(k)[0]) || v.IsConnective(k))
            {
                break;
            }
            k--;
        }
        int first = k + 1;
        // "At least half of voters say": a sentence's opening "At" is read as a connective above.
        if (first <= j && k >= limit && v.Is(k, "at") && v.Is(first, "least"))
        {
            first = k;
        }
        // a subject does not start with a bare preposition or conjunction left behind
        while (first <= j && v.IsLower(first) && (v.Is(first, "of") || v.Is(first, "and") || v.Is(first, "for") || v.Is(first, "to")))
        {
            first++;
        }
        // "On Monday September 11 it" etc.: reject subjects made only of month names or lone capitals of a heading
        if (first <= j && first == j && v.InSet(first, StatementLexicon.Months))
        {
            return j + 1;
        }
        return first;
    }

    /// <summary>The noun phrase that opens the unit ("The company | that operated …", "The ministry | , which …")
    /// when a relative clause or an aside follows it, before <paramref name="limit"/> and outside quotes; else null.</summary>
    private static (int First, int End)? OpeningSubject(TokenView v, int u0, int limit)
    {
        // "Jakarta (AFP) - The company that …": the sentence opens after the wire's dateline and its dash.
        u0 = v.AfterDateline(u0, limit);
        if (!(v.IsDeterminer(u0) || v.IsCap(u0)) || v.IsConnective(u0) || v.InSet(u0, StatementLexicon.SubjectPronouns) || v.InQuote(u0))
        {
            return null;
        }
        int end = RightNp(v, u0, limit);
        if (end <= u0 || end >= limit || !(v.Is(end, "that") || v.Is(end, "which") || v.Is(end, "who") || v.IsComma(end)))
        {
            return null;
        }
        for (int k = end; k < limit; k++)
        {
            if (v.InQuote(k))
            {
                return null;
            }
        }
        return (u0, end);
    }

    /// <summary>
    /// The end of the noun phrase that opens the unit when it is the subject of one plain clause running up to
    /// <paramref name="conjunction"/> (no comma, quotation or second clause between), else null.
    /// </summary>
    private static int? SubjectOfFirstVerb(TokenView v, int u0, int conjunction)
    {
        if (!v.IsCap(u0) || v.IsConnective(u0) || v.InSet(u0, StatementLexicon.SubjectPronouns))
        {
            return null;
        }
        int end = RightNp(v, u0, conjunction);
        if (end <= u0 || end >= conjunction || !v.IsLower(end) || v.IsPossessive(end - 1))
        {
            return null;
        }
        for (int k = end; k < conjunction; k++)
        {
            // "VC has not ruled out further action, and said …": the comma before the "and" joins the same subject's verbs.
            if (k == conjunction - 1 && v.IsComma(k) && k > end)
            {
                continue;
            }
            if (v.IsPunct(k) || v.InQuote(k) || v.IsLower(k) && (v.Is(k, "that") || v.Is(k, "which") || v.Is(k, "who") || v.Is(k, "when")
                || v.Is(k, "while") || v.Is(k, "because") || v.Is(k, "if") || v.Is(k, "as") || v.Is(k, "and") || v.Is(k, "but") || v.Is(k, "or")))
            {
                return null;
            }
        }
        return end;
    }

    // "supporters of Mayor Ruiz", "owners of Halden vans": a lower-case plural before "of" heads the subject; so do the
    // plurals without an "s" ("the people of Ohio").
    private static bool IsPluralNoun(TokenView v, int k)
    {
        var w = v.Word(k);
        if (v.Is(k, "people") || v.Is(k, "men") || v.Is(k, "women") || v.Is(k, "children"))
        {
            return true;
        }
        return v.IsLower(k) && w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !v.InSet(k, StatementLexicon.LeftStops) && !StatementLexicon.CueLookup.ContainsKey(w) && !v.InSet(k, StatementLexicon.Auxiliaries);
    }

    // "…, the department said Wednesday, giving the Fed more room": a participle that is no reporting verb adds circumstances
    // ("citing" and "quoting" name the source of the words: "X reported, citing officials, that …").
    private static bool IsPlainParticiple(TokenView v, int k)
    {
        var w = v.Word(k);
        return w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && !StatementLexicon.CueLookup.ContainsKey(w) && !v.Is(k, "according")
            && !v.Is(k, "citing") && !v.Is(k, "quoting");
    }

    /// <summary>"does not believe", "don't think": a belief denied is doubt (the lexicon's "believ…" words are all beliefs).</summary>
    internal static bool DoubtsWhenNegated(ReadOnlySpan<char> w) =>
        w.StartsWith("believ", StringComparison.OrdinalIgnoreCase) || w.StartsWith("think", StringComparison.OrdinalIgnoreCase);

    // "speaking on condition of anonymity", "asking not to be named", "declining to be identified": how a source spoke.
    /// <summary>"Lavrov was quoted by Interfax as saying (that) …" and "…, Lavrov was quoted as saying": the subject speaks,
    /// whoever quoted him carried it, and the speech is the clause after "saying" or, when none follows, the one before.</summary>
    private static AttributionDraft? QuotedAsSaying(TokenView v, int t, int u0, int u1)
    {
        int aux = t - 1;
        if (aux <= u0 || !(v.Is(aux, "was") || v.Is(aux, "were") || v.Is(aux, "is") || v.Is(aux, "are") || v.Is(aux, "been")))
        {
            return null;
        }
        int k = t + 1;
        int byFirst = -1, byEnd = -1;
        if (v.Is(k, "by"))
        {
            byFirst = k + 1;
            byEnd = RightNp(v, byFirst, u1);
            if (byEnd <= byFirst)
            {
                return null;
            }
            k = byEnd;
        }
        if (!v.Is(k, "as") || !v.Is(k + 1, "saying"))
        {
            return null;
        }
        int cueEnd = k + 2;
        int first = aux;
        while (first - 1 > u0 && (v.Is(first - 1, "has") || v.Is(first - 1, "have") || v.Is(first - 1, "had")))
        {
            first--;
        }
        int sourceFirst = LeftNp(v, first - 1, u0);
        if (sourceFirst > first - 1)
        {
            return null;
        }
        var d = new AttributionDraft
        {
            CueFirst = first, CueEnd = cueEnd, SourceFirst = sourceFirst, SourceEnd = first,
            Act = SpeechAct.Assert, Class = CueClass.Verb, Hedge = Certainty.Certain,
        };
        if (byFirst >= 0)
        {
            d.Relays.Add(new Relay(PressName(v, byFirst, byEnd), v.Span(byFirst, byEnd), "report"));
        }
        int c = cueEnd;
        while (c < u1 && (v.Is(c, "that") || v.IsComma(c) || v.IsChar(c, ':')) && !v.InQuote(c))
        {
            c++;
        }
        if (c < u1 && !v.IsChar(c, '.'))
        {
            d.Content = ContentRight(v, c, u1);
        }
        else if (sourceFirst - 1 > u0 && (v.IsComma(sourceFirst - 1) || v.ClosesQuote(sourceFirst - 1)))
        {
            d.Trailing = true;
            d.Content = LeftContent(v, u0, sourceFirst - 1);
        }
        return d.Content.IsEmpty ? null : d;
    }

    // What is withheld from someone, within a short object after "denied" and before any clause or quotation of speech.
    private static bool WithheldThing(TokenView v, int k, int u1)
    {
        for (int n = 0; k < u1 && n < 5; k++, n++)
        {
            // "denied seeking permission": a gerund right after the verb opens what is denied ("denied ever having" too).
            if (v.Is(k, "that") || v.Is(k, "having") || v.Is(k, "being") || v.Is(k, "any") || v.IsComma(k)
                || n == 0 && v.IsIngForm(k))
            {
                return false;
            }
            if (v.Is(k, "chance") || v.Is(k, "access") || v.Is(k, "entry") || v.Is(k, "permission") || v.Is(k, "opportunity")
                || v.Is(k, "bail") || v.Is(k, "visa") || v.Is(k, "visas") || v.Is(k, "right") || v.Is(k, "rights") || v.Is(k, "admission")
                || v.Is(k, "passage") || v.Is(k, "asylum") || v.Is(k, "treatment") || v.Is(k, "licence") || v.Is(k, "license"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsParticipleAside(TokenView v, int k, int comma) =>
        k + 2 < comma && v.IsLower(k) && (v.Is(k + 1, "by") || v.Is(k + 1, "in")) && !StatementLexicon.CueLookup.ContainsKey(v.Word(k))
        && (v.Word(k).EndsWith("ed", StringComparison.Ordinal) || v.Is(k, "run") || v.Is(k, "led") || v.Is(k, "held") || v.Is(k, "built")
            || v.Is(k, "known") || v.Is(k, "owned") || v.Is(k, "set") || v.Is(k, "chosen") || v.Is(k, "driven") || v.Is(k, "written"));

    private static bool IsMannerAside(TokenView v, int k) =>
        v.Is(k, "speaking") || v.Is(k, "asking") || v.Is(k, "requesting") || v.Is(k, "declining");

    /// <summary>A medium that is posted or released with someone's words in it: a video, recording, clip, post, message or
    /// statement.</summary>
    private static bool IsPostedMedium(TokenView v, int k) =>
        v.Is(k, "video") || v.Is(k, "recording") || v.Is(k, "clip") || v.Is(k, "post") || v.Is(k, "message") || v.Is(k, "statement");

    /// <summary>Whether tokens <c>[first, end)</c> can be a subject alone: a noun phrase of at most eight tokens with no
    /// quotation or comma, and no lower-case auxiliary, verb of speech, or word ending in -ed after its first.</summary>
    private static bool SubjectOnly(TokenView v, int first, int end)
    {
        if (end - first > 8 || end <= first)
        {
            return false;
        }
        for (int k = first; k < end; k++)
        {
            if (v.InQuote(k) || v.IsComma(k) || v.IsLower(k) && (v.InSet(k, StatementLexicon.Auxiliaries) || StatementLexicon.CueLookup.ContainsKey(v.Word(k))
                || k > first && v.Word(k).EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"as reported by the Interfax news agency", "as first cited by X": the outlet's tokens after the "as" at
    /// <paramref name="k"/>, or null.</summary>
    internal static (int First, int End)? ReportedBy(TokenView v, int k, int u1)
    {
        if (!v.Is(k, "as"))
        {
            return null;
        }
        int verb = IsRelayAdverb(v, k + 1) ? k + 2 : k + 1;
        if (!(v.Is(verb, "reported") || v.Is(verb, "cited") || v.Is(verb, "quoted")) || !v.Is(verb + 1, "by"))
        {
            return null;
        }
        int end = RightNp(v, verb + 2, u1);
        return end > verb + 2 ? (verb + 2, end) : null;
    }

    private static bool IsAmountNoun(ReadOnlySpan<char> w) =>
        w is "figure" or "estimate" or "number" or "toll" or "total" or "tally" or "amount" or "sum" or "count";

    private static bool IsRelayAdverb(TokenView v, int k) =>
        v.Is(k, "first") || v.Is(k, "previously") || v.Is(k, "originally") || v.Is(k, "earlier") || v.Is(k, "initially");

    private static bool IsSubordinator(TokenView v, int k) =>
        v.Is(k, "as") || v.Is(k, "while") || v.Is(k, "when") || v.Is(k, "after") || v.Is(k, "before") || v.Is(k, "amid")
        || v.Is(k, "despite") || v.Is(k, "although") || v.Is(k, "though") || v.Is(k, "because") || v.Is(k, "since");

    /// <summary>The first token of the document phrase that is the subject of "showed"/"found" at <paramref name="t"/>, or -1.</summary>
    private static int DocumentSubjectBefore(TokenView v, int t, int u0)
    {
        for (int k = t - 1; k >= u0 && t - k <= 10; k--)
        {
            if (v.IsPunct(k) || v.InQuote(k))
            {
                return -1;
            }
            if (v.IsLower(k) && (v.Is(k, "survey") || v.Is(k, "poll") || v.Is(k, "polls") || v.Is(k, "study") || v.Is(k, "report")
                || v.Is(k, "analysis") || v.Is(k, "review") || v.Is(k, "data") || v.Is(k, "figures") || v.Is(k, "census") || v.Is(k, "audit")
                || v.Is(k, "results") || v.Is(k, "records") || v.Is(k, "documents") || v.Is(k, "filings") || v.Is(k, "transcript")
                || v.Is(k, "trial") || v.Is(k, "research") || v.Is(k, "inquiry") || v.Is(k, "assessment") // "…, trial finds"
                || v.Is(k, "minutes") && k - 1 >= u0 && v.Is(k - 1, "the"))) // "the minutes showed": a meeting's record
            {
                if (k - 1 >= u0 && v.Is(k - 1, "of"))
                {
                    return -1;
                }
                // "government data showed", "the latest trade figures showed": up to two modifiers, then an article, a name or a number.
                int first = k;
                while (first - 1 >= u0 && k - first < 2 && v.IsWord(first - 1) && v.IsLower(first - 1) && !v.IsDeterminer(first - 1)
                    && !v.InSet(first - 1, StatementLexicon.LeftStops) && !v.InSet(first - 1, StatementLexicon.Auxiliaries)
                    && !StatementLexicon.CueLookup.ContainsKey(v.Word(first - 1)))
                {
                    first--;
                }
                int opening = first - 1 >= u0 && (v.IsDeterminer(first - 1) || v.IsCap(first - 1) || v.IsNumber(first - 1)) ? first - 1 : first;
                // "The independent board monitoring the trial found": the document is the object of a participle; the body
                // before the participle finds, and a document nobody names as the subject finds nothing.
                int ing = opening - 1;
                if (ing >= u0 && v.IsLower(ing) && IsPlainParticiple(v, ing))
                {
                    int head = ing - 1;
                    if (head < u0 || !v.IsLower(head) || !(EntityHeads.IsBodyNoun(v.Word(head)) || v.Word(head) is "board" or "panel"
                        or "commission" or "team" or "investigators" or "inspectors" or "researchers" or "scientists" or "experts"))
                    {
                        return -1;
                    }
                    int start = head;
                    while (start - 1 >= u0 && head - start < 2 && v.IsLower(start - 1) && !v.IsDeterminer(start - 1)
                        && !v.InSet(start - 1, StatementLexicon.LeftStops) && !StatementLexicon.CueLookup.ContainsKey(v.Word(start - 1)))
                    {
                        start--;
                    }
                    return start - 1 >= u0 && v.IsDeterminer(start - 1) ? start - 1 : start;
                }
                return opening;
            }
            if (v.IsLower(k) && (StatementLexicon.CueLookup.ContainsKey(v.Word(k)) || v.InSet(k, StatementLexicon.Auxiliaries) && !v.Is(k, "also")))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>"citing people familiar with the matter", "people with knowledge of the plan": a noun phrase ending at
    /// <paramref name="end"/> runs on over a phrase that says how its people know; returns the new end.</summary>
    private static int ThroughKnowledgePhrase(TokenView v, int end, int u1)
    {
        if (end < u1 && end > 0 && IsKnowledgePhrase(v, end - 1, end))
        {
            return RightNp(v, end + 1, u1);
        }
        if (end + 2 < u1 && v.Is(end, "with") && KnowledgeOf(v, end + 1) is int of)
        {
            return RightNp(v, of + 1, u1);
        }
        return end;
    }

    /// <summary>The "with" of "with (direct) knowledge of" whose "of" is at <paramref name="of"/>, when a noun stands before it; or null.</summary>
    private static int? KnowledgeBefore(TokenView v, int of, int limit)
    {
        int w = of - 2;
        if (!v.Is(of - 1, "knowledge"))
        {
            return null;
        }
        if (IsKindOfKnowledge(v, w))
        {
            w--;
        }
        return w - 1 >= limit && v.Is(w, "with") && v.IsLower(w - 1) && v.IsWord(w - 1) ? w : null;
    }

    /// <summary>The "of" of "knowledge of" / "direct knowledge of" at <paramref name="k"/>, or null.</summary>
    private static int? KnowledgeOf(TokenView v, int k)
    {
        if (IsKindOfKnowledge(v, k))
        {
            k++;
        }
        return v.Is(k, "knowledge") && v.Is(k + 1, "of") ? k + 1 : null;
    }

    // "direct knowledge of", "first-hand knowledge of".
    private static bool IsKindOfKnowledge(TokenView v, int k) =>
        v.Is(k, "direct") || v.Is(k, "first-hand") || v.Is(k, "detailed") || v.Is(k, "intimate") || v.Is(k, "personal");

    private static bool IsKnowledgePhrase(TokenView v, int adjective, int preposition) =>
        (v.Is(adjective, "familiar") || v.Is(adjective, "acquainted")) && v.Is(preposition, "with")
        || v.Is(adjective, "close") && v.Is(preposition, "to")
        || (v.Is(adjective, "briefed") || v.Is(adjective, "working")) && v.Is(preposition, "on")
        || v.Is(adjective, "involved") && v.Is(preposition, "in")
        || v.Is(adjective, "knowledgeable") && v.Is(preposition, "about")
        || (v.Is(adjective, "aware") || v.Is(adjective, "informed")) && v.Is(preposition, "of");

    /// <summary>Scans right from <paramref name="k"/> over a noun phrase; returns its end (exclusive).</summary>
    internal static int RightNp(TokenView v, int k, int u1)
    {
        int start = k;
        int limit = Math.Min(u1, k + MaxSourceTokens);
        while (k < limit)
        {
            if (v.InQuote(k))
            {
                break;
            }
            // "the passengers' association chair": a plural's apostrophe is inside the phrase.
            if (k > start && v.IsPluralPossessive(k))
            {
                k++;
                continue;
            }
            if (v.IsPunct(k))
            {
                if (v.IsChar(k, '(') && k > start)
                {
                    int close = k + 1;
                    while (close < limit && !v.IsChar(close, ')') && close - k < 6)
                    {
                        close++;
                    }
                    if (v.IsChar(close, ')'))
                    {
                        k = close + 1;
                        continue;
                    }
                }
                if (v.IsChar(k, '&') && k > start)
                {
                    k++;
                    continue;
                }
                break;
            }
            if (v.IsNumber(k))
            {
                break;
            }
            if (v.IsPossessive(k))
            {
                k++;
                continue;
            }
            if (v.IsLower(k))
            {
                if ((v.Is(k, "of") || v.Is(k, "and") || v.Is(k, "for")) && k > start && k + 1 < limit && (v.IsCap(k + 1) || v.IsDeterminer(k + 1) || v.Is(k, "and") && v.IsLower(k + 1) && !v.InSet(k + 1, StatementLexicon.RightStops)))
                {
                    k++;
                    continue;
                }
                if (v.IsDeterminer(k) && k == start)
                {
                    k++;
                    continue;
                }
                if (v.InSet(k, StatementLexicon.RightStops) || StatementLexicon.CueLookup.ContainsKey(v.Word(k)))
                {
                    break;
                }
            }
            k++;
        }
        return k;
    }

    /// <summary>True for an outlet or the press as a listener ("reporters", "Reuters", "The Asian Nikkei correspondent").</summary>
    internal static bool IsPress(TokenView v, int first, int end, out string name)
    {
        name = PressName(v, first, end);
        for (int k = first; k < end; k++)
        {
            // "switched to paper records", "a wire transfer": a press word that modifies the noun after it names no medium.
            if (v.InSet(k, StatementLexicon.PressWords) && !ABodysAgency(v, first, k) && (k + 1 >= end || !v.IsLower(k + 1) || v.InSet(k + 1, StatementLexicon.PressWords)
                || v.Is(k + 1, "conference") || v.Is(k + 1, "briefing") || v.Is(k + 1, "interview") || v.Is(k + 1, "reports")
                // "told the RTP radio station", "a local television network": the medium's own noun
                || (v.Is(k + 1, "station") || v.Is(k + 1, "network")) && k + 2 >= end))
            {
                return true;
            }
        }
        return OutletName(v, first, end) is not null || ForeignTitle(v, first, end) || PaperTitle(v, first, end) || CallSign(v, first, end)
            || OwnOutlet(v, first, end);
    }

    // "DRAVIK, July 29 (Nordwire) - … Eva Sund told Nordwire": the article's own outlet, named in its metadata or signing
    // its dateline, is a medium even when no list knows it.
    private static bool OwnOutlet(TokenView v, int first, int end)
    {
        int s = first;
        while (s < end - 1 && v.IsDeterminer(s))
        {
            s++;
        }
        if (s >= end || !v.IsCap(s))
        {
            return false;
        }
        var name = v.Text.AsSpan(v.Start(s), v.End(end - 1) - v.Start(s));
        var meta = v.Document.Metadata;
        if (meta.Outlet is { Length: > 0 } outlet && name.Equals(outlet.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (meta.DatelineSpan is not { } dateline || dateline.End > v.Text.Length)
        {
            return false;
        }
        var line = v.Text.AsSpan(dateline.Start, dateline.End - dateline.Start);
        int open = line.LastIndexOf('(');
        if (open < 0)
        {
            return false;
        }
        int close = line[(open + 1)..].IndexOf(')');
        return close > 0 && line.Slice(open + 1, close).Trim().Equals(name, StringComparison.Ordinal);
    }

    // "The European Medicines Agency said", "the space agency said": an agency named for what it oversees is a public body;
    // only a news or press agency ("the state news agency", "Xinhua news agency") or "the agency" alone is the press.
    private static bool ABodysAgency(TokenView v, int first, int k)
    {
        if (!(v.Is(k, "agency") || v.Is(k, "Agency")) || k == first || v.IsDeterminer(k - 1))
        {
            return false;
        }
        return !(v.InSet(k - 1, StatementLexicon.PressWords) || v.Word(k - 1) is "news" or "News" or "wire" or "Wire" or "Press");
    }

    /// <summary>"told the Sacramento Bee", "told Sky Sports News": a run of capitalised words closed by a newspaper's last
    /// word ("Bee", "Tribune", "Gazette") or "News" is a paper or a channel the lexicon does not list.</summary>
    private static bool PaperTitle(TokenView v, int first, int end)
    {
        bool the = false;
        if (first < end && v.IsWord(first) && v.Word(first) is "the" or "The")
        {
            first++;
            the = true;
        }
        // "told the Courier", "the Herald reported": a paper's last word alone after "the" is the local paper's short name.
        if (the && end - first == 1 && v.IsCap(first) && Dossier.Language.Entities.EntityHeads.IsPressHead(v.Word(first)))
        {
            return true;
        }
        if (end - first < 2 || !(Dossier.Language.Entities.EntityHeads.IsPressHead(v.Word(end - 1)) || v.Word(end - 1) is "News"))
        {
            return false;
        }
        for (int k = first; k < end; k++)
        {
            if (!v.IsCap(k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"told KCRA 3", "told WKBN": an American station's call sign, four capitals opened by K or W, alone or with
    /// its channel number.</summary>
    private static bool CallSign(TokenView v, int first, int end) =>
        end - first is 1 or 2 && (end - first == 1 || v.IsNumber(first + 1)) && StatementLexicon.IsCallSign(v.Word(first));

    /// <summary>"told El Tiempo", "in an interview with Die Zeit": a capitalised run opened by a Romance or Germanic article
    /// is a publication's title; English text writes no person or body that way.</summary>
    private static bool ForeignTitle(TokenView v, int first, int end)
    {
        if (end - first < 2 || !(v.Word(first) is "El" or "La" or "Le" or "Les" or "Il" or "Los" or "Las" or "Die" or "Der" or "Het"))
        {
            return false;
        }
        for (int k = first + 1; k < end; k++)
        {
            if (!v.IsCap(k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The canonical outlet named in tokens [first, end), or null.</summary>
    internal static string? OutletName(TokenView v, int first, int end)
    {
        var lookup = StatementLexicon.OutletLookup;
        for (int s = first; s < end; s++)
        {
            if (!v.IsCap(s) && !v.IsNumber(s))
            {
                continue; // outlet names start with a capital ("The Guardian", "Associated Press")
            }
            // "The Baltic Times", "the Irish Times": a known outlet's word after another capitalised word of the phrase is
            // the end of another outlet's name.
            if (s > first && v.IsCap(s - 1) && !v.IsDeterminer(s - 1))
            {
                continue;
            }
            for (int e = Math.Min(end, s + 5); e > s; e--)
            {
                var span = v.Span(s, e);
                // "The independent panel": an outlet's name is written with its capitals ("The Independent").
                if (lookup.TryGetValue(v.Text.AsSpan(span.Start, span.Length), out var canonical) && !v.IsLower(e - 1) && !AdjectiveOpeningTheSentence(v, s, e, end))
                {
                    return canonical;
                }
            }
        }
        return null;
    }

    /// <summary>"Independent analysts disputed that": a one-word outlet's name that opens the sentence before a lower-case
    /// noun of the same phrase is an adjective written with a capital because it comes first.</summary>
    private static bool AdjectiveOpeningTheSentence(TokenView v, int s, int e, int end)
    {
        return e == s + 1 && e < end && v.IsLower(e) && v.IsWord(e) && v.OpensSentence(s);
    }

    /// <summary>A relay's display name: the outlet if one is named, else the phrase without a leading article.</summary>
    internal static string PressName(TokenView v, int first, int end)
    {
        var outlet = OutletName(v, first, end);
        if (outlet is not null)
        {
            return outlet;
        }
        int s = first;
        while (s < end - 1 && v.IsDeterminer(s))
        {
            s++;
        }
        // "local broadcaster Globo", "the newspaper Folha de S.Paulo": the kind of outlet before its name describes it, as
        // does its country's adjective before the kind ("the Mardovian newspaper Kessel Daily", "the weekly Forum Velgrad").
        bool press = false;
        int kind = s;
        if (v.IsCap(s) && s + 2 < end && v.IsLower(s + 1) && (v.InSet(s + 1, StatementLexicon.PressWords) || v.Is(s + 1, "weekly")))
        {
            kind = s + 1;
        }
        for (int k = kind; k < end - 1 && v.IsLower(k); k++)
        {
            press |= v.InSet(k, StatementLexicon.PressWords) || v.Is(k, "weekly");
            if (press && v.IsCap(k + 1))
            {
                return v.SpanText(k + 1, end);
            }
        }
        return v.SpanText(s, end);
    }

    // "has sharply criticized", "Trump flatly denied": an -ly adverb between its subject or auxiliary and the cue belongs to
    // the cue; after an article it is a noun ("the family said").
    // "Warsaw has so far rejected calls", "has thus far declined", "has long denied": adverbs of time between the
    // auxiliary and the cue belong to the cue, so the subject before them speaks.
    private static bool IsSoFar(TokenView v, int a, int u0) =>
        v.Is(a, "far") && a - 1 >= u0 && (v.Is(a - 1, "so") || v.Is(a - 1, "thus"))
        || (v.Is(a, "so") || v.Is(a, "thus")) && v.Is(a + 1, "far")
        || v.Is(a, "long") && a - 1 >= u0 && v.InSet(a - 1, StatementLexicon.Auxiliaries);

    private static bool IsMannerAdverb(TokenView v, int a, int u0) =>
        v.Word(a).Length > 4 && v.Word(a).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && a - 1 >= u0
        && (v.IsCap(a - 1) && !v.IsDeterminer(a - 1) || v.IsLower(a - 1) && (v.InSet(a - 1, StatementLexicon.Auxiliaries) || v.InSet(a - 1, StatementLexicon.SubjectPronouns)));
}
