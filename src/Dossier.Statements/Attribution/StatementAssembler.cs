using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Statements.Lexicon;
using Dossier.Statements.Quotes;

namespace Dossier.Statements.Attribution;

/// <summary>Links drafts into statements: relays from passives, nesting and citing; certainty; kind and quote text; unattributed quotes.</summary>
internal static class StatementAssembler
{
    public static List<Statement> Assemble(TokenView v, List<AttributionDraft> drafts, List<(int First, int End, int Paragraph)> units, bool keepRelayOnly = false)
    {
        FillColonContent(v, drafts, units);
        AttachPreviousRelays(v, drafts);
        WithinATrailingSpeech(v, drafts);
        Nest(v, drafts);
        ApplyCiting(v, drafts);
        ArticleRelay(drafts);
        var output = new List<Statement>(drafts.Count);
        var covered = new List<TextSpan>(drafts.Count);
        foreach (var d in drafts)
        {
            if (d.Orphan && d.Content.IsEmpty || d.Content.IsEmpty)
            {
                continue;
            }
            covered.Add(d.Content);
            if (!keepRelayOnly && d.SpeakerIsPress && HasNested(drafts, d))
            {
                continue;
            }
            output.Add(Build(v, d));
        }
        AddUnattributedQuotes(v, drafts, covered, output);
        output.Sort(static (a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Cue.Start.CompareTo(b.Cue.Start));
        return output;
    }

    private static bool HasNested(List<AttributionDraft> drafts, AttributionDraft outer)
    {
        foreach (var d in drafts)
        {
            if (d.NestedIn >= 0 && ReferenceEquals(drafts[d.NestedIn], outer))
            {
                return true;
            }
        }
        return false;
    }

    private static void FillColonContent(TokenView v, List<AttributionDraft> drafts, List<(int First, int End, int Paragraph)> units)
    {
        foreach (var d in drafts)
        {
            if (!d.Content.IsEmpty || d.Orphan || d.Unit + 1 >= units.Count)
            {
                continue;
            }
            var (f, e, _) = units[d.Unit + 1];
            d.Content = v.Span(f, e);
        }
    }

    /// <summary>"This was reported by The Guardian." adds a relay to the statements of the nearest unit before it.</summary>
    private static void AttachPreviousRelays(TokenView v, List<AttributionDraft> drafts)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var r = drafts[i];
            if (!r.Orphan || !r.HasSource)
            {
                continue;
            }
            var relay = new Relay(AttributionExtractor.PressName(v, r.SourceFirst, r.SourceEnd), v.Span(r.SourceFirst, r.SourceEnd), "report");
            int unit = -1;
            for (int p = i - 1; p >= 0; p--)
            {
                if (drafts[p].Orphan)
                {
                    continue;
                }
                if (unit < 0)
                {
                    if (r.Unit - drafts[p].Unit > 3)
                    {
                        break;
                    }
                    unit = drafts[p].Unit;
                }
                if (drafts[p].Unit != unit)
                {
                    break;
                }
                drafts[p].Relays.Add(relay);
            }
        }
    }

    /// <summary>"The board has promised to cut fees by June, the bank's chief economist, Lena Varga, said": a speech whose cue
    /// lies in the speech of a source put after it, and which runs on past that speech into the words before the source
    /// (the speaker's description), ends where that speech ends.</summary>
    private static void WithinATrailingSpeech(TokenView v, List<AttributionDraft> drafts)
    {
        foreach (var around in drafts)
        {
            if (!around.Trailing || !around.HasSource || around.Content.IsEmpty || v.Start(around.SourceFirst) < around.Content.End)
            {
                continue;
            }
            int source = v.Start(around.SourceFirst);
            foreach (var inner in drafts)
            {
                if (!ReferenceEquals(inner, around) && around.Content.Contains(v.Start(inner.CueFirst)) && inner.Content.Start < around.Content.End
                    && inner.Content.End > around.Content.End && inner.Content.End <= source)
                {
                    inner.Content = new TextSpan(inner.Content.Start, around.Content.End);
                }
            }
        }
    }

    /// <summary>A statement whose cue lies in another's content is relayed by that other's speaker.</summary>
    private static void Nest(TokenView v, List<AttributionDraft> drafts)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var inner = drafts[i];
            if (inner.Orphan || inner.Content.IsEmpty)
            {
                continue;
            }
            int cueStart = v.Start(inner.CueFirst);
            int best = -1;
            for (int j = 0; j < drafts.Count; j++)
            {
                var outer = drafts[j];
                if (j == i || outer.Orphan || outer.Content.IsEmpty || !outer.Content.Contains(cueStart) || outer.Content.Length <= inner.Content.Length)
                {
                    continue;
                }
                if (best < 0 || outer.Content.Length < drafts[best].Content.Length)
                {
                    best = j;
                }
            }
            if (best < 0)
            {
                continue;
            }
            if (ContrastedClause(v, inner) is int comma && v.Start(comma) > drafts[best].Content.Start)
            {
                // "Tehran dismissed the claims, while Carney said …": a second speaker in a clause of its own is not
                // quoted by the first, whose speech ends before it.
                if (drafts[best].Content.Start >= v.End(drafts[best].CueEnd - 1))
                {
                    drafts[best].Content = new TextSpan(drafts[best].Content.Start, v.End(comma - 1));
                    continue;
                }
                // "…, two agents said, though the port authority insisted …": nor is one who answers a trailing source.
                if (comma >= drafts[best].CueEnd)
                {
                    continue;
                }
            }
            inner.NestedIn = best;
        }
        // relays flow from the outermost down
        for (int i = 0; i < drafts.Count; i++)
        {
            var inner = drafts[i];
            if (inner.NestedIn < 0)
            {
                continue;
            }
            var outer = drafts[inner.NestedIn];
            if (outer.Speaker is { } self && inner.Speaker is { } me && self.Name == me.Name)
            {
                continue;
            }
            if (outer.Speaker is { } sp && !outer.SpeakerIsPress)
            {
                inner.Relays.Insert(0, new Relay(sp.Name, sp.Span ?? outer.Content, outer.Class == CueClass.Report ? "report" : "statement"));
            }
            else if (outer.Speaker is { } press)
            {
                inner.Relays.Insert(0, new Relay(press.Name, press.Span ?? outer.Content, "report"));
            }
            for (int r = outer.Relays.Count - 1; r >= 0; r--)
            {
                inner.Relays.Add(outer.Relays[r]);
            }
        }
    }

    /// <summary>The comma of ", while X said" / ", but X said" / ", though X insisted" right before a draft's source, if any.</summary>
    private static int? ContrastedClause(TokenView v, AttributionDraft d)
    {
        if (!d.HasSource || d.SourceFirst < 2)
        {
            return null;
        }
        int k = d.SourceFirst - 1;
        if (v.Is(k, "after") || v.Is(k, "before"))
        {
            // ", days after it first described …", ", after residents said …": a clause that dates the story by someone
            // else's words, not part of the first speaker's speech.
            int c = k - 1;
            while (c > 0 && k - c <= 3 && !v.IsComma(c) && (v.IsNumber(c) || v.IsLower(c) && v.Word(c) is "days" or "day" or "hours" or "hour"
                or "weeks" or "week" or "months" or "month" or "years" or "minutes" or "shortly" or "just" or "only" or "soon" or "a"
                or "an" or "two" or "three" or "few" or "several"))
            {
                c--;
            }
            return c > 0 && v.IsComma(c) ? c : null;
        }
        // "…, but a port official, Lars Holt, said": the conjunction opens the description before a name between commas.
        if (v.IsComma(k) && d.Appositive is not null)
        {
            int m = k - 1;
            while (m > 1 && !v.IsPunct(m - 1) && k - m < 12)
            {
                m--;
            }
            k = m;
        }
        // "…, which experts say could take until October": a relative clause whose own source speaks is the writer's aside.
        return k >= 1 && v.IsLower(k) && (v.Is(k, "while") || v.Is(k, "whereas") || v.Is(k, "but") || v.Is(k, "though") || v.Is(k, "although")
            || v.Is(k, "which")) && v.IsComma(k - 1) ? k - 1 : null;
    }

    /// <summary>"citing two former employees", "citing three managers": the plural of a noun for a person or a role.</summary>
    private static bool IsPluralPersonNoun(TokenView v, int k)
    {
        var w = v.Word(k);
        return v.IsLower(k) && w.Length > 3 && w[^1] == 's' && (StatementLexicon.PersonNouns.Contains(w[..^1]) || StatementLexicon.RoleWords.Contains(w[..^1]));
    }

    /// <summary>"X reported, citing US officials, that …": the cited are the speaker, X relays them, when they name someone or a document.</summary>
    private static void ApplyCiting(TokenView v, List<AttributionDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.CitedBy is null || d.Speaker is null)
            {
                continue;
            }
            // "Reeves wrote, citing precedent": only people, bodies or documents that are cited speak ("citing US
            // officials", "citing the health ministry", "citing a report"); a cited argument stays the writer's.
            if (d.CitedBySpan is { } cited)
            {
                int a = v.Tokens.IndexAtOrAfter(cited.Start), b = v.Tokens.IndexAtOrAfter(cited.End);
                bool named = false;
                for (int k = a; k < b && k < v.Count; k++)
                {
                    named |= v.IsCap(k) || v.InSet(k, StatementLexicon.UnofficialNouns) || v.InSet(k, StatementLexicon.PersonNouns) || IsPluralPersonNoun(v, k) || v.InSet(k, StatementLexicon.RoleWords)
                        || v.InSet(k, StatementLexicon.OrgWords) || v.InSet(k, StatementLexicon.DocumentNouns);
                }
                if (!named)
                {
                    continue;
                }
            }
            // A known outlet relays under its own name; anything else as the text calls it ("Syrian state media", not "Syria").
            string relay = StatementLexicon.Outlets.ContainsKey(WithoutThe(d.Speaker.Name)) || d.Speaker.Span is not TextSpan written
                ? d.Speaker.Name
                : WithoutThe(written.Slice(v.Text));
            d.Relays.Insert(0, new Relay(relay, d.Speaker.Span ?? d.CitedBySpan, "report"));
            d.Speaker = new Speaker(WithoutThe(d.CitedBy), -1, d.CitedBySpan, null);
            d.SpeakerIsPress = false;
            d.SpeakerIsPerson = false;
        }
    }

    private static string WithoutThe(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    /// <summary>An article that opens with "Reuters reports …" is a rewrite of that report: later statements came through it.</summary>
    private static void ArticleRelay(List<AttributionDraft> drafts)
    {
        Relay? active = null;
        int from = int.MaxValue;
        foreach (var d in drafts)
        {
            if (d.PresentReport && d.SpeakerIsPress && d.Paragraph <= 2 && d.Speaker is { } sp && active is null)
            {
                active = new Relay(sp.Name, sp.Span ?? d.Content, "report");
                from = d.Paragraph;
                continue;
            }
            if (active is null || d.Paragraph <= from && !(d.NestedIn >= 0) || d.SpeakerIsPress)
            {
                continue;
            }
            bool hasPress = false;
            foreach (var r in d.Relays)
            {
                if (r.Medium is "report" or "press" or "interview")
                {
                    hasPress = true;
                }
            }
            if (!hasPress)
            {
                d.Relays.Add(active);
            }
        }
    }

    /// <summary>"as soon as possible", "wherever possible", "the best possible care": "possible" grades how much or how soon,
    /// it does not doubt the claim.</summary>
    private static bool PossibleAsDegree(TokenView v, int t)
    {
        if (!v.Is(t, "possible") || t < 1)
        {
            return false;
        }
        if (t >= 3 && v.Is(t - 3, "as") && v.Is(t - 1, "as"))
        {
            return true;
        }
        var w = v.Word(t - 1);
        // "opened an investigation into possible negligence", "tested for possible contamination": what is looked into is
        // the clause's object; the speaker does not doubt the claim.
        if (w is "into" or "for" && t + 1 < v.Count && v.IsLower(t + 1))
        {
            return true;
        }
        return w is "if" or "where" or "wherever" or "whenever" or "everything" or "all" or "best" or "worst" or "lowest" or "highest"
            or "earliest" or "fastest" or "greatest" or "largest" or "smallest" or "shortest";
    }

    /// <summary>The statement a resolved draft makes: stance and certainty from its cue and content, quote text, nearest time.</summary>
    internal static Statement Build(TokenView v, AttributionDraft d)
    {
        var cue = v.Span(d.CueFirst, d.CueEnd);
        var act = d.Act;
        var certainty = d.Hedge;
        var cues = new List<TextSpan>();
        if (d.Hedge != Certainty.Certain)
        {
            cues.Add(cue);
        }
        var (qText, qCount, direct) = Quotes(v, d.Content, cue);
        // hedges and denials inside the content
        int t0 = v.Tokens.IndexAtOrAfter(Math.Min(cue.Start, d.Content.Start));
        int end = Math.Max(cue.End, d.Content.End);
        bool denial = false;
        for (int t = t0; t < v.Count && v.Start(t) < end; t++)
        {
            if (!v.IsWord(t))
            {
                continue;
            }
            if (!d.Content.Contains(v.Start(t)) && !(t >= d.CueFirst && t < d.CueEnd))
            {
                continue;
            }
            if (HedgeAt(v, t, out int width) is Certainty level)
            {
                if (width == 1 && t >= d.CueFirst && t < d.CueEnd && level == Certainty.Belief && d.Hedge == Certainty.Belief)
                {
                    continue;
                }
                certainty = Weaker(certainty, level);
                // A hedging cue ("doubts") is listed once, as the cue.
                if (!(t >= d.CueFirst && t + width <= d.CueEnd && d.Hedge != Certainty.Certain))
                {
                    cues.Add(v.Span(t, t + width));
                }
            }
            if (v.InSet(t, StatementLexicon.DenialWords))
            {
                denial = true;
            }
        }
        if (d.Class == CueClass.Object && denial && v.Word(d.CueEnd - 1).StartsWith("call", StringComparison.OrdinalIgnoreCase))
        {
            act = SpeechAct.Deny;
        }
        if (qCount > 0 && qText is not null)
        {
            var lead = qText.AsSpan().TrimStart();
            if (lead.StartsWith("We condemn", StringComparison.OrdinalIgnoreCase) || lead.StartsWith("I condemn", StringComparison.OrdinalIgnoreCase))
            {
                act = SpeechAct.Condemn;
            }
            else if (lead.StartsWith("We deny", StringComparison.OrdinalIgnoreCase) || lead.StartsWith("We reject", StringComparison.OrdinalIgnoreCase))
            {
                act = SpeechAct.Deny;
            }
        }
        if (act == SpeechAct.Assert && OpensByCallingItFalse(v, d.Content))
        {
            act = SpeechAct.Deny;
        }
        if (act == SpeechAct.Assert && WithheldAnswer(v, d))
        {
            act = SpeechAct.Decline;
        }
        var kind = qCount == 0 ? StatementKind.Indirect : direct ? StatementKind.Direct : StatementKind.Mixed;
        return new Statement(cue, d.Content, kind, act, certainty, d.Speaker, DistinctRelays(d.Relays), cues, qText, TimeNear(v, d, cue), d.Medium);
    }

    /// <summary>"affecting an estimated 500,000 passengers": "estimated" between an article and a number says the number is
    /// rough (the quantity's qualifier says so), not that the speaker only believes what was said.</summary>
    private static bool EstimatedNumber(TokenView v, int t) =>
        v.Is(t, "estimated") && t > 0 && (v.Is(t - 1, "an") || v.Is(t - 1, "the")) && t + 1 < v.Count && v.IsNumber(t + 1);

    /// <summary>"75 suspected cases were being tested": a suspected or probable case is a class of case that health
    /// officials count, not a doubt of the speaker about what was said.</summary>
    private static bool CaseCategory(TokenView v, int t) =>
        (v.Is(t, "suspected") || v.Is(t, "probable")) && t + 1 < v.Count && (v.Is(t + 1, "cases") || v.Is(t + 1, "case"));

    /// <summary>"arrested … on suspicion of endangering aircraft", "held under suspicion of fraud": the legal ground of an
    /// arrest, which the speaker reports as a fact, not a doubt of the speaker's about what was said.</summary>
    private static bool GroundOfArrest(TokenView v, int t) =>
        v.Is(t, "suspicion") && t > 0 && (v.Is(t - 1, "on") || v.Is(t - 1, "under")) && t + 1 < v.Count && v.Is(t + 1, "of");

    /// <summary>The hedge token <paramref name="t"/> opens, if any, and how many tokens it spans.</summary>
    private static Certainty? HedgeAt(TokenView v, int t, out int width)
    {
        width = 1;
        var w = v.Word(t);
        // "beating analyst estimates": the figures a result beat are nobody's belief about the speech.
        if (StatementLexicon.Hedges.TryGetValue(w, out var level) && !(char.IsUpper(w[0]) && w.Equals("May", StringComparison.Ordinal))
            && !(v.Is(t, "estimates") && AttributionExtractor.IsNonSpeechUse(v, t, v.Count)) && !DoubtRuledOut(v, t) && !PossibleAsDegree(v, t)
            && !EstimatedNumber(v, t) && !CaseCategory(v, t) && !GroundOfArrest(v, t))
        {
            return level;
        }
        // "could have sent up to 5 million shells", "as many as 40": a claim given as a bound, not a figure, is a hedge
        // the issue names; the quantity's qualifier says the same of the number.
        // "the toll was revised up to 212": after a verb of change "up to" is the direction, and the figure is certain.
        // "fines of up to 4 percent", "insured for up to 1 billion dollars": a limit the rules or a contract set is known.
        if ((v.Is(t, "up") && v.Is(t + 1, "to") && v.IsNumber(t + 2) && !(t >= 1 && (Quantities.QuantityExtractor.IsRevisionVerb(v.Word(t - 1))
                || v.Is(t - 1, "of") || v.Is(t - 1, "for"))))
            || (v.Is(t, "as") && v.Is(t + 1, "many") && v.Is(t + 2, "as")))
        {
            width = v.Is(t, "as") ? 3 : 2;
            return Certainty.Possible;
        }
        // "the ship appeared to have ignored warnings": what seemed so is not asserted as fact.
        if ((v.Is(t, "appeared") || v.Is(t, "appears") || v.Is(t, "appear") || v.Is(t, "seemed") || v.Is(t, "seems") || v.Is(t, "seem"))
            && v.Is(t + 1, "to") && t + 2 < v.Count && v.IsLower(t + 2))
        {
            return Certainty.Probable;
        }
        return null;
    }

    /// <summary>"told journalists the claims were 'absurd', as reported by the Interfax news agency.": a report phrase closing
    /// the sentence after a statement's content relays that statement; a statement read into the phrase itself is dropped.</summary>
    /// <remarks>The relay scan reads the words between source, cue and content, so a phrase after the content, at the
    /// sentence's end, is left to this step.</remarks>
    internal static void TrailingReports(TokenView v, List<Statement> statements)
    {
        List<TextSpan>? phrases = null;
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s.Content.IsEmpty || s.Content.End < s.Cue.End)
            {
                continue;
            }
            int t = v.Tokens.IndexAtOrAfter(s.Content.End);
            while (t < v.Count && v.IsQuoteMark(t) && v.Start(t) - s.Content.End <= 1)
            {
                t++;
            }
            if (t + 4 >= v.Count || !v.IsComma(t) || v.Document.SentencePositionAt(v.Start(t)) is not (>= 0 and var sentence))
            {
                continue;
            }
            var sent = v.Document.Sentences[sentence];
            int u1 = sent.FirstToken + sent.TokenCount;
            // Only a phrase that closes the sentence: "as reported by X, which …" may go on to say more.
            if (AttributionExtractor.ReportedBy(v, t + 1, u1) is not var (outlet, end) || !(end >= u1 || end + 1 == u1 && v.IsPunct(end)))
            {
                continue;
            }
            var phrase = new TextSpan(v.Start(t + 1), v.End(end - 1));
            var relay = new Relay(AttributionExtractor.PressName(v, outlet, end), v.Span(outlet, end), "report");
            if (!s.Relays.Any(r => r.Span == relay.Span))
            {
                statements[i] = s with { Relays = [.. s.Relays, relay] };
            }
            phrases ??= [];
            phrases.Add(phrase);
        }
        if (phrases is not null)
        {
            statements.RemoveAll(o => phrases.Exists(p => o.Cue.Start >= p.Start && o.Cue.End <= p.End && o.Content.Start >= p.Start && o.Content.End <= p.End));
        }
    }

    /// <summary>Whether <paramref name="cue"/> is "according to" and the words from it to the end of <paramref name="source"/>
    /// name a document ("a statement from its press office", "a court filing").</summary>
    internal static bool AccordingToADocument(TokenView v, TextSpan cue, TextSpan source)
    {
        int t = v.Tokens.IndexAtOrAfter(cue.Start);
        if (t + 1 >= v.Count || !v.Is(t, "according") || v.End(t + 1) != cue.End)
        {
            return false;
        }
        // The rules may keep the document out of the source ("a statement from | its press office").
        for (int k = t + 2; k < v.Count && v.End(k) <= source.End; k++)
        {
            if (v.IsLower(k) && v.InSet(k, StatementLexicon.DocumentNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For the product, not the corpus: drops what attribution corpora annotate but is nobody's claim — a
    /// reporter's question ("Asked whether the talks could fail, …", which PolNeAR marks as an attribution without a source)
    /// and a trailing "according to" a document whose content is another speaker's statement ("The ministry said …,
    /// according to a statement from its press office"), which that statement keeps as its relay.</summary>
    internal static void WithoutQuestionsAndDocumentRelays(TokenView v, List<Statement> statements)
    {
        for (int i = statements.Count - 1; i >= 0; i--)
        {
            var s = statements[i];
            if (s.Cue.IsEmpty)
            {
                continue;
            }
            int t = v.Tokens.IndexAtOrAfter(s.Cue.Start);
            if (t >= v.Count)
            {
                continue;
            }
            if (v.Is(t, "asked"))
            {
                if (IsAReportersQuestion(v, s, t))
                {
                    statements.RemoveAt(i);
                }
            }
            // A leading "According to a transcript released by …, X said" stays, as the statement the transcript reports.
            else if (s.Speaker?.Span is { } source && v.Is(t, "according") && s.Cue.Start >= s.Content.End && AccordingToADocument(v, s.Cue, source)
                && RelaysAStatementInside(statements, s, source))
            {
                statements.RemoveAt(i);
            }
        }
    }

    // "Asked whether …, Ardent said": the participle opens its sentence (after "When" or "If" at most), and the question runs
    // to a comma before the answer; who asked is the reporter, or an asker "by" names, never a speaker of a claim.
    private static bool IsAReportersQuestion(TokenView v, Statement s, int asked)
    {
        int opening = v.Word(asked) is "asked" && asked > 0 && (v.Is(asked - 1, "when") || v.Is(asked - 1, "if")) ? asked - 1 : asked;
        // A source before the question is another sentence's speaker, whom the tagger's sourceless cue was resolved to.
        return v.OpensSentence(opening) && s.Content.Start >= v.End(asked)
            && (s.Speaker?.Span is not { } by || by.Start > v.End(asked) || by.End <= v.Start(opening));
    }

    private static bool RelaysAStatementInside(List<Statement> statements, Statement outer, TextSpan source)
    {
        foreach (var o in statements)
        {
            // "The ministry said …" opens the content; in "As this reporter revealed, X …, according to documents" the
            // documents back the claim itself and stay a statement.
            if (ReferenceEquals(o, outer) || o.Speaker?.Span is not { } inner || inner.Start != outer.Content.Start || !outer.Content.Contains(o.Cue))
            {
                continue;
            }
            foreach (var relay in o.Relays)
            {
                if (relay.Span == source)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Drops a statement's time of speaking that lies before its cue inside another statement's content: in
    /// "rejected reports that police fired shots last week, calling them 'invention'", last week is when the shots were
    /// fired, not when he called them so.</summary>
    /// <remarks>Each statement's time is chosen from its own draft, which knows its own content only; "said on Friday,
    /// adding that …" keeps Friday, which lies in no content.</remarks>
    internal static void TimesOfTheirOwn(TokenView v, List<Statement> statements)
    {
        var times = v.Document.Times;
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s.Time < 0 || s.Time >= times.Count || s.Cue.IsEmpty)
            {
                continue;
            }
            var when = times[s.Time].Span;
            int cue = v.Tokens.IndexAtOrAfter(s.Cue.Start);
            // Only a participle after a comma goes on from another's content ("…, calling them …"); "in which Adelson said"
            // and "when a young man asked" are dated by the time before them.
            if (when.End > s.Cue.Start || s.Content.Contains(when) || cue < 1 || cue >= v.Count || !v.IsIngForm(cue)
                || !(v.IsComma(cue - 1) || cue >= 2 && v.ClosesQuote(cue - 1) && v.IsComma(cue - 2)))
            {
                continue;
            }
            for (int k = 0; k < statements.Count; k++)
            {
                if (k != i && statements[k].Content.Contains(when) && statements[k].Cue.End <= when.Start
                    && VerbBefore(v, statements[k].Content.Start, when.Start))
                {
                    statements[i] = s with { Time = -1 };
                    break;
                }
            }
        }
    }

    // Only a time that follows a verb of the other content dates that content's own clause: "sued the firm on Friday,
    // seeking …" and "in an email Saturday, accusing …" are when the participle's words came too.
    private static bool VerbBefore(TokenView v, int from, int to)
    {
        var tags = v.Document.Tokens.Tags;
        for (int t = v.Tokens.IndexAtOrAfter(from); t < v.Count && v.End(t) <= to; t++)
        {
            if (tags[t] is Dossier.Core.Tokens.PartOfSpeech.VERB or Dossier.Core.Tokens.PartOfSpeech.AUX)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Drops the hedges that lie outside a statement's final cue and content, and sets its certainty from the rest.</summary>
    /// <remarks>Merges and clean-up steps cut contents after they were built: "rejected the report as 'slander' and said
    /// the government would respond" loses its second clause, and its "would" with it, so the rejection is not hedged.</remarks>
    internal static void HedgesOfTheirOwn(TokenView v, List<Statement> statements)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            bool stray = false;
            foreach (var c in s.CertaintyCues)
            {
                stray |= !Holds(s, c);
            }
            if (!stray)
            {
                continue;
            }
            var kept = new List<TextSpan>(s.CertaintyCues.Count);
            var certainty = Certainty.Certain;
            foreach (var c in s.CertaintyCues)
            {
                if (!Holds(s, c))
                {
                    continue;
                }
                kept.Add(c);
                int t = v.Tokens.IndexAtOrAfter(c.Start);
                var level = c.Start >= s.Cue.Start && c.End <= s.Cue.End ? CueHedge(v, s, c) : HedgeAt(v, t, out _) ?? Certainty.Certain;
                certainty = Weaker(certainty, level);
            }
            statements[i] = s with { Certainty = certainty, CertaintyCues = kept };
        }
    }

    private static bool Holds(Statement s, TextSpan c) =>
        (c.Start >= s.Content.Start && c.End <= s.Content.End) || (c.Start >= s.Cue.Start && c.End <= s.Cue.End);

    // The cue's own hedge, as the extractor and the tagger set it: a negated doubt, else the lexicon's word.
    private static Certainty CueHedge(TokenView v, Statement s, TextSpan cue)
    {
        if (s.Act == SpeechAct.Doubt)
        {
            return Certainty.Doubtful;
        }
        var level = Certainty.Certain;
        for (int t = v.Tokens.IndexAtOrAfter(cue.Start); t < v.Count && v.Start(t) < cue.End; t++)
        {
            if (v.IsWord(t) && StatementLexicon.CueLookup.TryGetValue(v.Word(t), out var info))
            {
                level = Weaker(level, info.Hedge);
            }
            else if (v.IsWord(t) && HedgeAt(v, t, out _) is Certainty hedge)
            {
                level = Weaker(level, hedge);
            }
        }
        return level;
    }

    // "Belarus has not said which diplomats it will expel", "did not disclose whether": a negated telling of an open
    // question keeps the answer back, as "declined to say" does.
    private static bool WithheldAnswer(TokenView v, AttributionDraft d)
    {
        bool negated = false;
        for (int k = d.CueFirst; k < d.CueEnd - 1; k++)
        {
            negated |= v.IsNegation(k);
        }
        int c = v.Tokens.IndexAtOrAfter(d.Content.Start);
        return negated && !d.Content.IsEmpty && c < v.Count && v.Start(c) == d.Content.Start
            && v.Word(d.CueEnd - 1) is "said" or "say" or "says" or "disclosed" or "disclose" or "revealed" or "reveal" or "specified" or "specify"
                or "explained" or "explain" or "confirmed" or "confirm" or "elaborated" or "commented"
            && v.Word(c) is "which" or "whether" or "if" or "who" or "what" or "when" or "where" or "why" or "how" or "whom";
    }

    /// <summary>"These claims are false.", "That is simply not true": words that open by calling what was said false deny
    /// it, whatever verb carries them ("said", "told NTV").</summary>
    private static bool OpensByCallingItFalse(TokenView v, TextSpan content)
    {
        if (content.IsEmpty)
        {
            return false;
        }
        int t = v.Tokens.IndexAtOrAfter(content.Start);
        while (t < v.Count && !v.IsWord(t) && v.Start(t) < content.End)
        {
            t++;
        }
        if (t + 2 >= v.Count)
        {
            return false;
        }
        bool pronoun;
        if (v.IsWord(t + 1) && ThingSaid(v, t + 1)
            && (v.Is(t, "these") || v.Is(t, "those") || v.Is(t, "this") || v.Is(t, "that") || v.Is(t, "the") || v.Is(t, "such")))
        {
            pronoun = false;
            t += 2;
        }
        else if (v.Is(t, "this") || v.Is(t, "that") || v.Is(t, "it"))
        {
            pronoun = true;
            t++;
        }
        else
        {
            return false;
        }
        if (t >= v.Count || !(v.Is(t, "is") || v.Is(t, "are") || v.Is(t, "was") || v.Is(t, "were") || v.Is(t, "'s") || v.Is(t, "’s")))
        {
            return false;
        }
        t++;
        // "simply", "completely", "totally": a degree adverb before the verdict
        if (t + 1 < v.Count && v.IsLower(t) && (v.Word(t).EndsWith("ly", StringComparison.Ordinal) || v.Is(t, "just")))
        {
            t++;
        }
        if (t >= v.Count || v.Start(t) >= content.End)
        {
            return false;
        }
        if (v.IsNegation(t))
        {
            return t + 1 < v.Count && (v.Is(t + 1, "true") || v.Is(t + 1, "correct") || v.Is(t + 1, "accurate"));
        }
        // "This is wrong" or "That is absurd" after a bare pronoun judges a deed as often as a claim: only a verdict on truth.
        return pronoun
            ? v.Is(t, "false") || v.Is(t, "untrue") || v.Is(t, "baseless") || v.Is(t, "groundless") || v.Is(t, "unfounded")
                || v.Is(t, "fabricated") || v.Is(t, "incorrect") || v.Is(t, "inaccurate")
            : v.InSet(t, StatementLexicon.DenialWords);
    }

    /// <summary>"claims", "allegations", "reports", "story": a noun for something said, which a verdict of falsehood answers.</summary>
    private static bool ThingSaid(TokenView v, int t)
    {
        return StatementLexicon.IsSummingNounOrPlural(v.Word(t)) || v.Is(t, "report") || v.Is(t, "reports") || v.Is(t, "story") || v.Is(t, "stories") || v.Is(t, "account")
            || v.Is(t, "accounts") || v.Is(t, "rumours") || v.Is(t, "rumors") || v.Is(t, "reporting");
    }

    // "…, according to Bloomberg": one outlet read both as the cue's source phrase and as a press relay is one relay.
    private static Relay[] DistinctRelays(List<Relay> relays)
    {
        var kept = new List<Relay>(relays.Count);
        foreach (var r in relays)
        {
            if (!kept.Exists(k => k.Span == r.Span && k.Name == r.Name))
            {
                kept.Add(r);
            }
        }
        return [.. kept];
    }

    /// <summary>"removes any doubt", "there is no doubt", "beyond doubt": a doubt the words rule out is certainty, not a hedge.</summary>
    private static bool DoubtRuledOut(TokenView v, int t) =>
        (v.Is(t, "doubt") || v.Is(t, "doubts")) && t > 0
        && (v.Is(t - 1, "no") || v.Is(t - 1, "any") || v.Is(t - 1, "little") || v.Is(t - 1, "without") || v.Is(t - 1, "beyond"));

    /// <summary>Quotes inside the content: their joined inner text, how many, and whether they are the whole content.</summary>
    internal static (string? Text, int Count, bool Direct) Quotes(TokenView v, TextSpan content, TextSpan cue)
    {
        string? text = null;
        int count = 0;
        int covered = 0;
        foreach (var q in v.Quotes)
        {
            if (q.Outer.Start >= content.End)
            {
                break;
            }
            // A content may end on a quotation's opening mark (a tagged content cut there): nothing of it is quoted. It
            // may also start just inside the first mark, as the tagger learned from PolNeAR: that quotation is in it.
            if (q.Inner.Start < content.Start || q.Inner.Length <= 0 || q.Inner.Start >= content.End)
            {
                continue;
            }
            var inner = new TextSpan(q.Inner.Start, Math.Min(q.Inner.End, content.End));
            text = text is null ? inner.Slice(v.Text) : text + " " + inner.Slice(v.Text);
            count++;
            covered += Math.Min(q.Outer.End, content.End) - Math.Max(q.Outer.Start, content.Start);
        }
        int rest = content.Length - covered;
        if (cue.Start >= content.Start && cue.End <= content.End)
        {
            rest -= cue.Length;
        }
        // 'said it "helps families"': a short word outside the only quotation is the reporter's, so the statement is mixed.
        bool direct = count > 0 && (rest <= 3 && (count > 1 || !WordOutside(v, content, cue)) || (count > 1 && rest < 60 && cue.Start > content.Start && cue.End < content.End));
        return (text, count, direct);
    }

    private static bool WordOutside(TokenView v, TextSpan content, TextSpan cue)
    {
        foreach (var q in v.Quotes)
        {
            if (q.Outer.Start >= content.End)
            {
                break;
            }
            if (q.Inner.Start < content.Start || q.Inner.Length <= 0)
            {
                continue;
            }
            return HasLetter(v.Text.AsSpan(content.Start, Math.Max(0, q.Outer.Start - content.Start)), content.Start, cue)
                || HasLetter(v.Text.AsSpan(Math.Min(q.Outer.End, content.End), Math.Max(0, content.End - q.Outer.End)), Math.Min(q.Outer.End, content.End), cue);
        }
        return false;
    }

    private static bool HasLetter(ReadOnlySpan<char> text, int offset, TextSpan cue)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !(offset + i >= cue.Start && offset + i < cue.End))
            {
                return true;
            }
        }
        return false;
    }

    private static Certainty Weaker(Certainty a, Certainty b) => Rank(b) > Rank(a) ? b : a;

    private static int Rank(Certainty c) => c switch
    {
        Certainty.Certain => 0,
        Certainty.Probable => 1,
        Certainty.Belief => 2,
        Certainty.Possible => 3,
        _ => 4,
    };

    private static int TimeNear(TokenView v, AttributionDraft d, TextSpan cue)
    {
        var times = v.Document.Times;
        int best = -1, bestDist = int.MaxValue;
        // "… between 2017 and 2021. Judge Wambui said": a time of the sentence before dates what that sentence tells.
        int sentence = v.Document.SentencePositionAt(cue.Start);
        var within = sentence >= 0 ? v.Document.Sentences[sentence].Span : new TextSpan(0, v.Text.Length);
        for (int i = 0; i < times.Count; i++)
        {
            var span = times[i].Span;
            // "calling his nine-year sentence excessive": a length of time dates nothing.
            // "now" or "recently" (PRESENT_REF, PAST_REF) says no date either.
            if (d.Content.Contains(span.Start) || span.Start < within.Start || span.End > within.End
                || times[i].Type is Core.Time.TimeType.Duration or Core.Time.TimeType.Set || times[i].Value.Value.EndsWith("_REF", StringComparison.Ordinal)
                || PeriodStart.Opens(v.Text, span))
            {
                continue;
            }
            int dist = span.Start >= cue.End ? span.Start - cue.End : cue.Start - span.End;
            // "extended the closure to Monday, saying on Thursday that …": the day the cue itself is set on is when it was said.
            if (span.Start >= cue.End && v.Text.AsSpan(cue.End, span.Start - cue.End).Trim() is "on" or "")
            {
                dist = 0;
            }
            if (dist >= 0 && dist < 40 && dist < bestDist && !(span.End <= cue.Start && InAnotherClause(v, d, span, cue))
                && !(span.Start >= cue.End && InAClauseAfter(v.Text.AsSpan(cue.End, span.Start - cue.End))))
            {
                best = i;
                bestDist = dist;
            }
        }
        return best;
    }

    /// <summary>True when a time before the cue dates another clause: one joined on by ", and / , but / ;" before the
    /// speech ("the highest since 2008, and the bank said"), or a relative clause about the speaker ("Torres, who flew
    /// in on Friday, praised …"), whose day is when that happened, not when the words were said.</summary>
    private static bool InAnotherClause(TokenView v, AttributionDraft d, TextSpan time, TextSpan cue)
    {
        var between = v.Text.AsSpan(time.End, cue.Start - time.End);
        if (between.Contains(", and ", StringComparison.Ordinal) || between.Contains(", but ", StringComparison.Ordinal)
            || between.Contains(';'))
        {
            return true;
        }
        if (!d.HasSource || v.Start(d.SourceFirst) >= time.Start || !between.Contains(','))
        {
            return false;
        }
        var aside = v.Text.AsSpan(v.Start(d.SourceFirst), time.Start - v.Start(d.SourceFirst));
        return aside.Contains(", who ", StringComparison.Ordinal) || aside.Contains(", which ", StringComparison.Ordinal)
            || aside.Contains(", whose ", StringComparison.Ordinal);
    }

    /// <summary>True when the words between a cue and a later time open a clause of their own ("said, adding that the board
    /// would meet next Wednesday", "said, saying talks resume on Monday"): the day is that clause's, not when the words were said.</summary>
    private static bool InAClauseAfter(ReadOnlySpan<char> between)
    {
        if (between.Contains(" that ", StringComparison.Ordinal))
        {
            return true;
        }
        int comma = between.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            return false;
        }
        var rest = between[(comma + 2)..];
        int space = rest.IndexOf(' ');
        var word = space < 0 ? rest : rest[..space];
        return word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>A quotation no cue claims: continues the previous speaker, or the next paragraph's when it runs on.</summary>
    private static void AddUnattributedQuotes(TokenView v, List<AttributionDraft> drafts, List<TextSpan> covered, List<Statement> output)
    {
        foreach (var q in v.Quotes)
        {
            bool inside = false;
            foreach (var c in covered)
            {
                if (c.Overlaps(q.Outer))
                {
                    inside = true;
                    break;
                }
            }
            int words = WordCount(v.Text.AsSpan(q.Inner.Start, q.Inner.Length));
            if (inside || words == 0)
            {
                continue;
            }
            // a quote that fills most of its paragraph speaks for the last speaker (or the next one, when unclosed)
            var paragraph = v.Document.Paragraphs[q.Paragraph].Span;
            AttributionDraft? speaker = null;
            if (q.Outer.Start - paragraph.Start > 3)
            {
                // "'A,' Kolev said. 'B.'": a quotation right after a sentence that attributes one goes on with its speaker,
                // however short ("'B.'" of two words is as much the speech as a long one).
                speaker = SpeakerJustBefore(v, drafts, q);
                if (speaker is null)
                {
                    continue;
                }
            }
            else if (words < 6)
            {
                continue; // a short quotation elsewhere is more often a phrase held at arm's length than speech
            }
            if (speaker is null && !q.Closed)
            {
                foreach (var d in drafts)
                {
                    if (d.Paragraph > q.Paragraph && d.Paragraph <= q.Paragraph + 2 && d.Speaker is not null && !d.Orphan)
                    {
                        speaker = d;
                        break;
                    }
                }
            }
            if (speaker is null)
            {
                for (int i = drafts.Count - 1; i >= 0; i--)
                {
                    var d = drafts[i];
                    if (d.Paragraph < q.Paragraph && q.Paragraph - d.Paragraph <= 2 && d.Speaker is not null && !d.Orphan && !d.SpeakerIsPress)
                    {
                        speaker = d;
                        break;
                    }
                }
            }
            if (speaker is null)
            {
                continue;
            }
            var cue = new TextSpan(q.Outer.Start, q.Outer.Start);
            output.Add(new Statement(cue, q.Outer, StatementKind.Direct, SpeechAct.Assert, Certainty.Certain,
                speaker.Speaker! with { Span = null }, speaker.Relays.ToArray(), [], q.Inner.Slice(v.Text)));
        }
    }

    private static AttributionDraft? SpeakerJustBefore(TokenView v, List<AttributionDraft> drafts, QuoteSpan q)
    {
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            var d = drafts[i];
            if (d.Paragraph != q.Paragraph || d.Speaker is null || d.Orphan || d.SpeakerIsPress || d.Content.End > q.Outer.Start)
            {
                continue;
            }
            int last = Math.Max(d.CueEnd, d.HasSource ? d.SourceEnd : 0) - 1;
            if (last < 0 || v.End(last) > q.Outer.Start || d.Content.Start >= v.Start(d.CueFirst) || !v.InQuote(v.Tokens.IndexAtOrAfter(d.Content.Start)))
            {
                return null; // only a quotation its cue follows ("'A,' X said.") runs on
            }
            return ShortTail(v.Text.AsSpan(v.End(last), q.Outer.Start - v.End(last))) ? d : null;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="gap"/>, the text between an attribution's last word and the quotation after it, closes the
    /// attribution's sentence with only a short tail: "'A,' X said." or "'A,' he told a news conference." (hearers, medium
    /// or time before the stop), or a participle after one comma ("…, asking not to be named.", "…, speaking from the
    /// hospital."), which says how or where the speaker spoke.
    /// </summary>
    internal static bool ShortTail(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        if (gap.Length == 0 || gap[^1] != '.')
        {
            return false;
        }
        var body = gap[..^1];
        if (AboutTheSpeaker(body))
        {
            return true;
        }
        int comma = body.IndexOf(',');
        if (comma >= 0 && WordCount(body[..comma]) <= 6 && ParticipleClause(body[(comma + 1)..]))
        {
            return true;
        }
        return body.IndexOfAny("\"“”,;:.") < 0 && WordCount(gap) <= 6;
    }

    /// <summary>"…," said Ana Ruiz, 52, whose shop burned down.': the speaker's age and a relative clause about the speaker
    /// ("who …", "whose …") say who spoke, as a title would, and end the attribution's sentence as a short tail does.</summary>
    private static bool AboutTheSpeaker(ReadOnlySpan<char> body)
    {
        if (body.Length == 0 || body[0] != ',')
        {
            return false;
        }
        var rest = body[1..].TrimStart();
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }
        if (digits is > 0 and <= 3)
        {
            rest = rest[digits..].TrimStart();
            if (rest.Length == 0)
            {
                return true;
            }
            if (rest[0] != ',')
            {
                return false;
            }
            rest = rest[1..].TrimStart();
        }
        if (!(rest.StartsWith("who ", StringComparison.Ordinal) || rest.StartsWith("whose ", StringComparison.Ordinal)))
        {
            return false;
        }
        return rest.IndexOfAny("\"“”,;:.") < 0 && WordCount(rest) <= 12;
    }

    /// <summary>A clause of at most ten words without more punctuation, opening with a lower-case "-ing" word other than a
    /// reporting one ("asking not to be named", not "adding that …").</summary>
    private static bool ParticipleClause(ReadOnlySpan<char> clause)
    {
        clause = clause.Trim();
        int space = clause.IndexOf(' ');
        var first = space < 0 ? clause : clause[..space];
        return first.Length > 4 && char.IsLower(first[0]) && first.EndsWith("ing", StringComparison.Ordinal)
            && !StatementLexicon.CueLookup.ContainsKey(first) && clause.IndexOfAny("\"“”,;:.") < 0 && WordCount(clause) <= 10;
    }

    private static int WordCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord)
            {
                n++;
            }
            inWord = w;
        }
        return n;
    }
}
