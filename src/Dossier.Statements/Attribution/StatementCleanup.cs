using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Core.Statements;
using Dossier.Core.Tokens;
using Dossier.Statements.Lexicon;
using Dossier.Time.Recognition;

namespace Dossier.Statements.Attribution;

/// <summary>Last step of extraction: drops statements that say nothing and keeps one statement per content and cue.</summary>
/// <remarks>
/// The rules and the tagger each see part of the picture, so on unseen text they can leave a content that is only
/// punctuation ("said Caddell, speaking …" gives ","), a content that is a word of the statement's own source ("the"
/// of "…, the source added"), or the same quotation twice (once from "said X", once as a paragraph continuing X's quote).
/// </remarks>
public static class StatementCleanup
{
    /// <summary>"Minister X spoke to the Courier a week after …": speaking to a named hearer with no topic and no words
    /// introduces an interview; it says nothing itself. Returns the hearer ("the Courier").</summary>
    internal static TextSpan? SpokeToAHearer(Document document, Statement s)
    {
        string text = document.Text;
        var cue = text.AsSpan(s.Cue.Start, s.Cue.Length);
        int space = cue.IndexOf(' ');
        if (space < 0 || !(cue[..space] is "spoke" or "spoken" or "speaks" or "speaking" or "talked" or "talks" or "talking")
            || !(cue[(space + 1)..] is "to" or "with") || s.Quote is not null || s.Content.Start < s.Cue.End)
        {
            return null;
        }
        var content = text.AsSpan(s.Content.Start, s.Content.Length);
        int i = content.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0, hearerEnd = -1;
        while (i < content.Length && char.IsUpper(content[i]))
        {
            int end = content[i..].IndexOf(' ');
            hearerEnd = end < 0 ? content.Length : i + end;
            i = hearerEnd + 1;
        }
        if (hearerEnd < 0)
        {
            return null;
        }
        // "spoke to the Courier about the repairs", "… on the budget", "… on condition of anonymity that …": a topic or
        // words of its own ("on Monday" is only when).
        var rest = content[hearerEnd..];
        if (rest.Contains(" about ", StringComparison.Ordinal) || rest.StartsWith(" about", StringComparison.Ordinal) || rest.StartsWith(" of ", StringComparison.Ordinal)
            || rest.StartsWith(" on ", StringComparison.Ordinal) && rest.Length > 4 && char.IsLower(rest[4]) || rest.Contains(" that ", StringComparison.Ordinal) || rest.IndexOfAny('"', '“', ':') >= 0)
        {
            return null;
        }
        int start = s.Content.Start + (content.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0);
        return new TextSpan(start, s.Content.Start + hearerEnd);
    }

    /// <summary>Removes empty and self-contained statements and, of two with the same content and cue (or no cue), keeps the
    /// better attributed; a content that starts in the article's dateline starts after it.</summary>
    public static List<Statement> Clean(Document document, List<Statement> statements)
    {
        string text = document.Text;
        var kept = new List<Statement>(statements.Count);
        List<TextSpan>? dropped = null;
        foreach (var statement in statements)
        {
            // Last, as the steps before start a content that holds its own cue after the cue; the rules that open a content on
            // its sentence's start step past a dateline again.
            var s = AfterDateline(document, ThroughAComparisonAfterItsAside(document, WithTheSuspectOfAPassive(document, WholeObjectInAHeadline(document, WithItsOpeningMark(document, FromTheRelativePronoun(document, ObjectOfAReducedRelative(document, PassiveCueAtItsVerb(document, BalancedParentheses(document, AtAQuotationsClosingComma(document, QuotationAfterItsCue(document, SubjectOfAPassive(document, AtRelativePronoun(document, AcrossAnAge(document, AfterItsOwnCue(document, VerbAfterAuxiliaries(document, Boundaries(document,
                WithinRelativeClause(document, AroundItsAside(document, AfterLeadingPunctuation(document, AfterARelativeSpeaker(document, WithoutItsOwnCue(document,
                AfterItsOwnCue(document, AfterItsParticiple(document, AfterTheSourcesDescription(document, ContentEdges(document, AfterDateline(document, CountedNounOutOfTheCue(document,
                BeforeTheWritersTime(document, BeforeATrailingRelative(document, WrittenThingSpeaks(document, QuotationBeforeItsWriter(document, QuotationBeforeItsTeller(document, GroupInAPlace(document, AfterAHeadlinesTopic(document, BeforeACoordinatedCue(document, SourceWithItsModifiers(document, SourceWithItsDescription(document, ForAShareOfAGroup(document, AfterAClockStamp(document, ThroughItsDate(document, WhatProvokedTheWords(document, ObjectBeforeACoordinatedModal(document, SourceWithItsHead(document, statement))))))))))))))))))))))))))))))))))))))))))));
            s = ADocumentSeenByAnOutlet(document, s);
            s = BeforeItsOwnMedium(document, s);
            if (NotMentioned(document, s))
            {
                s = s with { Act = SpeechAct.Decline, Certainty = Certainty.Certain, CertaintyCues = [] };
            }
            // A reduced passive inside another's report ("…, with 900 households now told to boil water, the utility said")
            // is part of what that speaker reports, not a statement of its own.
            if (!SaysSomething(text, s) || OpensWithAnAge(document, s) || PersonShows(document, s) || CueIsANumber(document, s)
                || CueIsAnArticle(document, s) || s.Speaker is null && s.Relays.Count > 0 && ReducedPassive(document, s)
                || NounCueBeforeItsVerb(document, s) || PlaceLabel(document, s) || NameInALabel(document, s) || SaidToDoIt(document, s) || TookNote(document, s) || OnlyAQuestionWord(document, s) || NamesItself(document, s) || HeadlinePassive(document, s) || DeclaredSomething(document, s) || SeenByAMedium(document, s)
                || CueIsAChange(document, s) || StateOfTheBody(document, s) || ConcedesAScore(document, s) || AgreesADeal(document, s)
                || ReadsSomething(document, s) || OffersAThing(document, s) || OnlyATime(document, s) || NamesANewThing(document, s) || LoneAbout(document, s)
                || OnlyTheDayAfterOn(document, s) || AVerdict(document, s) || ACountsParticiple(document, s) || AForecastsNoun(document, s)
                || AParticipleOpeningItsSubject(document, s) || SpeakerlessAroundItsCue(document, s, statements)
                || PassiveInATimeClause(document, s) || CueIsOnlyAnAuxiliary(document, s) || AParticipleModifyingANoun(document, s)
                || NounBeforeAHeadlineColon(document, s) || OrdersOut(document, s) || LabelBeforeAColon(document, s)
                || RefusedDeedInAReport(document, s, statements) || ToldOfInsideAReport(document, s, statements) || SuspectsAsANoun(document, s) || ACountAsReportedBefore(document, s)
                || AParticipleBeforeItsNoun(document, s) || NounCueBeforeAnInfinitive(document, s) || SayingARefusalHolds(document, s, statements)
                || InTheWritersNameForTheWords(document, s) || SubjectReadAsContent(document, s) || CueEndsOnAnArticle(document, s) || SourceEndsOnTheCuesModifier(document, s)
                || ACountsSortingParticiple(document, s) || CallsFaced(document, s) || OnlyADocumentsDate(document, s)
                || AThingPointsInsideAReport(document, s, statements) || OnlyARelativePronoun(document, s)
                || AThingsDeedInsideAReport(document, s, statements) || FoundAThing(document, s) || ComparedWithWhatWasSaid(document, s)
                || SpokeToAHearer(document, s) is not null)
            {
                if (s.Speaker?.Span is { } gone)
                {
                    (dropped ??= []).Add(gone);
                }
                continue;
            }
            // Two cues may share one content ("X said and Y confirmed"); one cue found twice, or a cue and no cue, is one statement.
            int same = kept.FindIndex(k => k.Content == s.Content && (k.Cue == s.Cue || k.Cue.IsEmpty || s.Cue.IsEmpty)
                || (k.Speaker is null && !CueHasAVerb(document, k) || s.Speaker is null && !CueHasAVerb(document, s)) && SameButThat(document, k.Content, s.Content));
            if (same < 0)
            {
                kept.Add(s);
            }
            else if (Attribution(s) > Attribution(kept[same]))
            {
                kept[same] = s;
            }
        }
        WithoutTheMediumsOwn(kept);
        if (dropped is not null)
        {
            WithoutDroppedRelays(kept, dropped);
        }
        WithoutAContentThatIsAnotherSource(kept);
        ParticipleSpeakerInItsOwnContent(document, kept);
        ContrastedSpeakers(document, kept);
        BeforeTheirParticiple(document, kept);
        InsideARefusal(kept);
        BeforeTheSpeakersNextVerb(document, kept);
        SubjectSharedOverAnd(document, kept);
        BeforeAnotherSpeakersClause(document, kept);
        PassivesInsideAReport(document, kept);
        ReadInsideAnother(document, kept);
        NamedBeforeItsAcronym(document, kept);
        WithoutTheIssuerOfItsBacking(document, kept);
        return kept;
    }

    /// <summary>"Far more people had been let in than the organisers claimed": a cue after "than" and its subject, closing its
    /// clause, is the measure the sentence compares against, not a report of what those people said.</summary>
    private static bool ComparedWithWhatWasSaid(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker?.Span is not { } source || source.End > s.Cue.Start)
        {
            return false;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(source.Start);
        if (first < 1 || !Word(document, first - 1).Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int after = tokens.IndexAtOrAfter(s.Cue.End);
        return after >= tokens.Count || Word(document, after) is "," or "." or ";" or ":" or ")" or "and" or "but";
    }

    // "The water authority said levels had dropped, according to readings published by the agency": the readings back what
    // was said; their issuer passed on nobody's words, so it is no relay of the speaker.
    private static void WithoutTheIssuerOfItsBacking(Document document, List<Statement> statements)
    {
        for (int n = 0; n < statements.Count; n++)
        {
            var s = statements[n];
            if (s.Relays.Count == 0)
            {
                continue;
            }
            List<Relay>? left = null;
            for (int r = 0; r < s.Relays.Count; r++)
            {
                if (ADocumentsIssuer(document, s.Relays[r].Span))
                {
                    left ??= [.. s.Relays];
                    left.Remove(s.Relays[r]);
                }
            }
            if (left is not null)
            {
                statements[n] = s with { Relays = left };
            }
        }
    }

    // "readings published by the agency", "figures released by the ministry": a document noun, its participle of issuing,
    // "by", in the span or right before it.
    private static bool ADocumentsIssuer(Document document, TextSpan source)
    {
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(source.Start);
        if (first >= tokens.Count || tokens.Starts[first] >= source.End)
        {
            return false;
        }
        for (int k = Math.Max(0, first - 3); k + 2 < tokens.Count && tokens.Ends[k + 2] <= source.End; k++)
        {
            if (Word(document, k + 2) is "by" && Word(document, k + 1) is "published" or "released" or "issued" or "compiled"
                && StatementLexicon.DocumentNouns.Contains(Word(document, k)))
            {
                return true;
            }
        }
        return false;
    }

    // "The Maritime Safety Board (MSB), which led the inquiry, welcomed …": a source that is only the short form in brackets
    // is named by the name the brackets follow.
    private static void NamedBeforeItsAcronym(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < statements.Count; i++)
        {
            if (statements[i].Speaker is not { Span: { } span, Entity: < 0 } speaker || speaker.Name != document.Text[span.Start..span.End])
            {
                continue;
            }
            int t = tokens.IndexAtOrAfter(span.Start);
            if (t < 2 || tokens.Ends[t] != span.End || t + 1 >= tokens.Count || Word(document, t - 1) is not "(" || Word(document, t + 1) is not ")"
                || !IsCapitalsOnly(Word(document, t)))
            {
                continue;
            }
            int first = t - 1;
            while (first - 1 >= 0 && t - 1 - first < 6 && char.IsUpper(document.Text[tokens.Starts[first - 1]]) && tokens.Kinds[first - 1] == TokenKind.Word
                && Word(document, first - 1) is not ("The" or "A" or "An"))
            {
                first--;
            }
            if (first < t - 1)
            {
                statements[i] = statements[i] with { Speaker = speaker with { Name = document.Text[tokens.Starts[first]..tokens.Ends[t - 2]] } };
            }
        }
    }

    private static bool IsCapitalsOnly(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyExceptInRange('A', 'Z');

    // Two readings of one statement: 'Kovac denies he will resign: "I am staying …"' also read "will resign:" as a cue of
    // the same quotation (a cue between another's cue and their shared content), and 'The ministry said it did not comment
    // on "rumours"' also read the content's own verb after its opening pronoun as a statement with no speaker.
    private static void ReadInsideAnother(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int i = statements.Count - 1; i >= 0; i--)
        {
            var s = statements[i];
            if (s.Cue.IsEmpty)
            {
                continue;
            }
            foreach (var o in statements)
            {
                if (ReferenceEquals(o, s) || o.Cue.IsEmpty || o.Speaker is null)
                {
                    continue;
                }
                bool sharedContent = o.Content == s.Content && s.Cue.Start >= o.Cue.End && s.Cue.End <= s.Content.Start;
                int before = tokens.IndexAtOrAfter(s.Cue.Start) - 1;
                bool ownVerb = s.Speaker is null && o.Content.Start <= s.Cue.Start && o.Content.End >= s.Content.End && before >= 0
                    && tokens.Starts[before] == o.Content.Start && Word(document, before) is "it" or "he" or "she" or "they" or "we";
                if (sharedContent || ownVerb)
                {
                    statements.RemoveAt(i);
                    break;
                }
            }
        }
    }

    // "Measles has been confirmed in a school in Tartu, the health board said": a passive with no one who speaks, inside what a
    // named speaker reports, is part of the report (the thing confirmed is its subject, not a speaker).
    private static void PassivesInsideAReport(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int i = statements.Count - 1; i >= 0; i--)
        {
            var s = statements[i];
            // The tagger may have taken the passive's subject for its source.
            if (s.Speaker is not null && !(s.Speaker.Span is { } subject && subject.End <= s.Cue.Start) || s.Cue.IsEmpty || s.Quote is not null)
            {
                continue;
            }
            int c0 = tokens.IndexAtOrAfter(s.Cue.Start);
            int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
            if (last > c0 && Word(document, last) is "in" or "on" or "at" or "by" or "to" or "for")
            {
                last--; // "has been confirmed in"
            }
            // "had been warned about cracks": whoever was warned, told or urged was spoken to, which is a statement of its own.
            if (last == c0 || !Word(document, last).EndsWith("ed", StringComparison.Ordinal) || Word(document, last - 1) is not ("been" or "is" or "was" or "are" or "were")
                || Word(document, last) is "warned" or "told" or "asked" or "urged" or "informed" or "advised" or "ordered" or "instructed"
                    or "reminded" or "assured" or "accused" or "blamed" or "cautioned")
            {
                continue;
            }
            foreach (var o in statements)
            {
                if (o.Speaker is not null && !ReferenceEquals(o, s) && o.Content.Start <= s.Cue.Start && o.Content.End >= s.Cue.End
                    && (s.Speaker?.Span is not { } sp || o.Content.Start <= sp.Start))
                {
                    statements.RemoveAt(i);
                    break;
                }
            }
        }
    }

    // "The port authority did not respond to requests for comment", "The airline rejected any suggestion that …", "declined
    // to comment on the claim": a speakerless cue inside what a named speaker refused or denied ("requests for", "suggestion",
    // "on") is part of that refusal or denial, not a second statement.
    private static void InsideARefusal(List<Statement> statements)
    {
        for (int n = statements.Count - 1; n >= 0; n--)
        {
            var inner = statements[n];
            if (inner.Speaker is not null || inner.Cue.IsEmpty || inner.Quote is not null || inner.Relays.Count > 0)
            {
                continue;
            }
            for (int i = 0; i < statements.Count; i++)
            {
                var outer = statements[i];
                if (i != n && outer.Speaker is not null && outer.Act is SpeechAct.Decline or SpeechAct.Deny && !outer.Content.IsEmpty
                    && outer.Cue.End <= inner.Cue.Start && inner.Cue.Start <= outer.Content.End + 1)
                {
                    statements.RemoveAt(n);
                    break;
                }
            }
        }
    }

    // "The club conceded 24 goals last season and the manager said …": the rules nested the manager's words in the club's
    // "conceded", which gave them the club as a relay; a statement found to say nothing passes nothing on.
    private static void WithoutDroppedRelays(List<Statement> kept, List<TextSpan> dropped)
    {
        for (int n = 0; n < kept.Count; n++)
        {
            var relays = kept[n].Relays;
            List<Relay>? left = null;
            for (int r = 0; r < relays.Count; r++)
            {
                if (relays[r].Medium is "statement" or "report" && dropped.Contains(relays[r].Span))
                {
                    if (left is null)
                    {
                        left = new List<Relay>(relays.Count);
                        for (int k = 0; k < r; k++)
                        {
                            left.Add(relays[k]);
                        }
                    }
                }
                else
                {
                    left?.Add(relays[r]);
                }
            }
            if (left is not null)
            {
                kept[n] = kept[n] with { Relays = left };
            }
        }
    }

    // "called the charges 'groundless' and said the country was itself a victim", "said the suspect may have fled, but gave
    // no evidence": a verb joined on by "and" or "but" with no subject of its own is the speaker's next act, not part of
    // what was said, when it is a cue of the same speaker or says the speaker gave no more.
    private static void BeforeTheSpeakersNextVerb(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s.Cue.IsEmpty || s.Speaker is not { } speaker || s.Content.Start < s.Cue.End || s.Content.IsEmpty)
            {
                continue;
            }
            int first = tokens.IndexAtOrAfter(s.Content.Start);
            int end = tokens.IndexAtOrAfter(s.Content.End);
            for (int k = first + 2; k + 1 < end; k++)
            {
                if (!(Word(document, k) is "and" or "but") || InQuotation(document, s, tokens.Starts[k]))
                {
                    continue;
                }
                int verb = k + 1;
                bool next = NoMoreGiven(document, verb) || ThankedOrPraised(document, verb) || statements.Exists(o => !ReferenceEquals(o, s) && o.Cue.Start == tokens.Starts[verb]
                    && o.Speaker is { } other && string.Equals(other.Name, speaker.Name, StringComparison.Ordinal));
                if (!next)
                {
                    continue;
                }
                int last = Word(document, k - 1) is "," ? k - 2 : k - 1;
                if (last > first)
                {
                    statements[i] = s with { Content = new TextSpan(s.Content.Start, tokens.Ends[last]) };
                    TheSpeakersRefusal(document, statements, s, verb);
                }
                break;
            }
        }
    }

    // "…, but declined to name it", "… but would not discuss details": the refusal cut off a speaker's content is that
    // speaker's own; a speakerless one found for it gets the speaker, and one not found is added.
    private static void TheSpeakersRefusal(Document document, List<Statement> statements, Statement said, int verb)
    {
        if (!RefusedToTell(document, verb))
        {
            return;
        }
        var tokens = document.Tokens;
        int start = tokens.Starts[verb];
        int told = IsRefusalVerb(Word(document, verb)) ? verb + 1 : verb + 2;
        for (int n = 0; n < statements.Count; n++)
        {
            var o = statements[n];
            if (o.Cue.Start == start || o.Cue.Start == tokens.Starts[verb + 1] && o.Cue.End <= tokens.Ends[told])
            {
                if (o.Speaker is null)
                {
                    statements[n] = o with { Speaker = said.Speaker, Act = SpeechAct.Decline };
                }
                return;
            }
        }
        var content = told + 1 < tokens.Count && tokens.Starts[told + 1] < said.Content.End
            ? new TextSpan(tokens.Starts[told + 1], said.Content.End)
            : new TextSpan(tokens.Starts[told], tokens.Ends[told]);
        statements.Add(new Statement(new TextSpan(start, tokens.Ends[told]), content, StatementKind.Indirect, SpeechAct.Decline,
            Certainty.Certain, said.Speaker, [], [], null, said.Time));
    }

    // "Its leader, Jana Novak, said in a statement posted on X that …": the statement she said it in is her medium, read again
    // as a speaker of its own ("a statement posted …"); a statement whose source lies between another's cue and their
    // shared content is that one's medium and is dropped.
    private static void WithoutTheMediumsOwn(List<Statement> statements)
    {
        for (int n = statements.Count - 1; n >= 0; n--)
        {
            var s = statements[n];
            if (s.Speaker?.Span is not { } source)
            {
                continue;
            }
            foreach (var k in statements)
            {
                if (!ReferenceEquals(k, s) && k.Speaker is not null && k.Content == s.Content && !k.Cue.IsEmpty
                    && source.Start >= k.Cue.End && source.End <= k.Content.Start)
                {
                    statements.RemoveAt(n);
                    break;
                }
            }
        }
    }

    // "up from", "down from", "compared with", "against": the words that set a figure beside an earlier one.
    private static bool ComparedFigure(Document document, int t) =>
        t + 1 < document.Tokens.Count
        && (Word(document, t) is "up" or "down" && Word(document, t + 1) is "from"
            || Word(document, t) is "compared" && Word(document, t + 1) is "with" or "to"
            || Word(document, t) is "against" or "from" && char.IsAsciiDigit(Word(document, t + 1)[0]));

    // "gave no evidence", "offered no details", "did not elaborate", "provided no further information".
    // "said the pair were no longer suspects and thanked them for their help": a verb of thanks, praise or apology joined on
    // with no subject of its own is the speaker's next deed toward someone, not what was said.
    private static bool ThankedOrPraised(Document document, int t) =>
        t + 1 < document.Tokens.Count
        && (Word(document, t) is "thanked" or "praised" or "congratulated" or "apologised" or "apologized" or "commended" or "hailed"
            || Word(document, t) is "paid" && Word(document, t + 1) is "tribute"
            || Word(document, t) is "offered" or "expressed" && Word(document, t + 1) is "condolences" or "sympathy" or "his" or "her" or "their");

    private static bool NoMoreGiven(Document document, int t) =>
        t + 1 < document.Tokens.Count
        && (Word(document, t) is "gave" or "offered" or "provided" or "cited" or "presented" && Word(document, t + 1) is "no"
            || Word(document, t) is "did" && Word(document, t + 1) is "not" or "n't" && t + 2 < document.Tokens.Count
                && Word(document, t + 2) is "elaborate" or "give" or "provide" or "offer" or "say" or "explain" or "specify"
            || RefusedToTell(document, t));

    // "said the attack appeared to involve a known group but declined to name it", "said the toll would rise but would not give
    // an estimate": a refusal to tell more, with no subject of its own, is the speaker's next act.
    private static bool RefusedToTell(Document document, int t)
    {
        int verb = IsRefusalVerb(Word(document, t)) && t + 2 < document.Tokens.Count && Word(document, t + 1) is "to" ? t + 2
            : Word(document, t) is "would" or "could" or "will" or "did" && t + 2 < document.Tokens.Count && Word(document, t + 1) is "not" or "n't" ? t + 2
            : -1;
        return verb > 0 && Word(document, verb) is "comment" or "discuss" or "give" or "say" or "name" or "elaborate" or "commit" or "confirm"
            or "disclose" or "specify" or "provide" or "reveal" or "identify" or "speculate" or "detail" or "answer" or "explain";
    }

    // Every form of the two verbs of refusal, for the rules that read what a refusal governs ("declined to name it", "which
    // the firm refuses to pay", "declining to say whether"): one list, so that a tense one rule reads the others read too.
    private static bool IsRefusalVerb(ReadOnlySpan<char> w) =>
        w is "decline" or "declines" or "declined" or "declining" or "refuse" or "refuses" or "refused" or "refusing";

    private static bool InQuotation(Document document, Statement s, int at)
    {
        var before = document.Text.AsSpan(s.Content.Start, at - s.Content.Start);
        return s.Quote is not null && (before.Count('"') % 2 == 1 || before.Count('\u201c') > before.Count('\u201d'));
    }

    // "Kurum rejected that, saying all repaired buildings had passed": the participle after the comma is a statement of
    // the same speaker with a content of its own, so the first speech ends at the comma instead of holding the second.
    private static void BeforeTheirParticiple(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int n = 0; n < statements.Count; n++)
        {
            var inner = statements[n];
            if (inner.Cue.IsEmpty || inner.Speaker is not { } speaker || inner.Content.Start < inner.Cue.End || inner.Content.IsEmpty)
            {
                continue;
            }
            int cue = tokens.IndexAtOrAfter(inner.Cue.Start);
            var w = Word(document, cue);
            if (cue < 2 || Word(document, cue - 1) is not "," || w.Length < 5 || !char.IsLower(w[0]) || !w.EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }
            int comma = cue - 1;
            for (int i = 0; i < statements.Count; i++)
            {
                var outer = statements[i];
                if (i == n || outer.Cue.IsEmpty || outer.Content.Start < outer.Cue.End || outer.Speaker is not { } other
                    || !string.Equals(other.Name, speaker.Name, StringComparison.Ordinal) || tokens.Starts[comma] <= outer.Content.Start
                    || !outer.Content.Contains(inner.Content.End - 1) || tokens.IndexAtOrAfter(outer.Content.Start) >= comma)
                {
                    continue;
                }
                // 'dismissed the poll, telling VRT that "…"': a quotation only after the comma is the participle's, and the
                // first verb's own words quote nothing.
                if (outer.Quote is not null)
                {
                    if (document.Text.AsSpan(outer.Content.Start, tokens.Starts[comma] - outer.Content.Start).IndexOfAny("\"\u201c\u201d") >= 0)
                    {
                        continue;
                    }
                    statements[i] = outer with { Content = new TextSpan(outer.Content.Start, tokens.Ends[comma - 1]), Quote = null, Kind = StatementKind.Indirect };
                    continue;
                }
                statements[i] = outer with { Content = new TextSpan(outer.Content.Start, tokens.Ends[comma - 1]) };
            }
        }
    }

    // "It was reported by Handelsblatt that the government was considering a mediator, though the ministry declined to
    // comment": a second speaker in a contrasting clause of its own answers the first, whose speech ends at the comma.
    private static void ContrastedSpeakers(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int n = 0; n < statements.Count; n++)
        {
            var inner = statements[n];
            if (inner.Speaker?.Span is not { } source)
            {
                continue;
            }
            int first = tokens.IndexAtOrAfter(source.Start);
            if (first < 2 || !(Word(document, first - 1) is "though" or "although" or "while" or "whereas" or "but") || Word(document, first - 2) is not ",")
            {
                continue;
            }
            int comma = first - 2;
            for (int i = 0; i < statements.Count; i++)
            {
                var outer = statements[i];
                if (i == n || outer.Cue.IsEmpty || outer.Quote is not null || outer.Content.Start < outer.Cue.End
                    || !outer.Content.Contains(tokens.Starts[comma]) || !outer.Content.Contains(inner.Cue.Start) || tokens.Starts[comma] <= outer.Content.Start)
                {
                    continue;
                }
                statements[i] = outer with { Content = new TextSpan(outer.Content.Start, tokens.Ends[comma - 1]) };
            }
        }
    }

    // "The judge said Peter Omondi, 52, had shown no remorse": a content that stops at a name before its age goes on to the
    // clause's end; the age is an aside in it.
    private static Statement AcrossAnAge(Document document, Statement s)
    {
        if (s.Content.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(s.Content.End);
        if (t + 3 >= tokens.Count || !IsAgeAside(document, t) || !char.IsLower(document.Text[tokens.Starts[t + 3]])
            || !char.IsUpper(document.Text[tokens.Starts[t - 1]]))
        {
            return s;
        }
        int sentence = document.SentencePositionAt(s.Content.Start);
        if (sentence < 0)
        {
            return s;
        }
        int last = document.Sentences[sentence].EndToken - 1;
        if (last < t + 3)
        {
            return s; // the sentence ends before the clause goes on
        }
        while (last > t + 3 && tokens.Kinds[last] is TokenKind.Punctuation && !IsClosingQuote(document.Text[tokens.Starts[last]]))
        {
            last--;
        }
        if (s.Speaker?.Span is { } source && source.Start > s.Content.End && source.Start < tokens.Ends[last])
        {
            return s; // the speaker stands after the age: '…, Omondi, 52, said'
        }
        return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[last]) };
    }

    // "the union leaders who have demanded a new contract", "Graham - who had endorsed Bush": a "who" right before the cue
    // (auxiliaries between) is the subject of the speech; the source is written at it alone, as the resolver writes ", who",
    // and the speaker stays the one found (its antecedent, where it was found right).
    private static Statement AtRelativePronoun(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker is not { Span: { } source } speaker)
        {
            return s;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(s.Cue.Start) - 1;
        while (k >= 0 && IsAuxiliary(Word(document, k)))
        {
            k--;
        }
        if (k < 1 || Word(document, k) is not "who")
        {
            return s;
        }
        var who = new TextSpan(tokens.Starts[k], tokens.Ends[k]);
        return source == who ? s : s with { Speaker = speaker with { Span = who } };
    }

    // "Kamau was asked about the payments", "The minister has been widely criticized for": the subject of a passive verb of
    // saying, asking or judging is who was spoken to or about, not the speaker (who, if named, follows as the agent);
    // "quoted" and "cited" are not among them ("Vik was quoted as saying" is what Vik said).
    private static Statement SubjectOfAPassive(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker is not { Span: { } source } || source.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        // "with 900 households now told to boil water", "Residents told to stay indoors": a participle of telling with no
        // hearer, right before "to" and a verb, is a passive without its auxiliary; the noun before it was told.
        int c0 = tokens.IndexAtOrAfter(s.Cue.Start);
        if (ReducedPassive(document, s))
        {
            return s with { Speaker = null };
        }
        for (int t = c0; t + 1 < tokens.Count && tokens.Ends[t + 1] <= s.Cue.End; t++)
        {
            if (Word(document, t) is not ("is" or "was" or "are" or "were" or "been" or "be" or "being"))
            {
                if (IsAuxiliary(Word(document, t)))
                {
                    continue;
                }
                return s; // the passive must open the cue: "is not on board … and is not expected" is no passive
            }
            int p = t + 1;
            if (p + 1 < tokens.Count && tokens.Ends[p + 1] <= s.Cue.End && (Word(document, p) is "not" || Word(document, p).EndsWith("ly")))
            {
                p++;
            }
            if (IsPassiveOfSpeech(Word(document, p)))
            {
                return s with { Speaker = null };
            }
        }
        return s;
    }

    private static bool ReducedPassive(Document document, Statement s)
    {
        var tokens = document.Tokens;
        int c0 = tokens.IndexAtOrAfter(s.Cue.Start);
        // "Fish die-off blamed on salt discharge": who blames names the cause after "on" only in the active with its object
        // between ("the minister blamed the die-off on …"), so "blamed on" at once is the headline's passive.
        if (!s.Cue.IsEmpty && c0 + 1 < tokens.Count && Word(document, c0) is "blamed" && Word(document, c0 + 1) is "on"
            && NoAuxiliaryOrPronounBefore(document, c0)
            && !(s.Speaker?.Span is { } source && tokens.IndexAtOrAfter(source.Start) is int first && first > 0
                && Word(document, first - 1) is "which" or "that" or "what")) // "the crash, which police blamed on fog"
        {
            return true;
        }
        // "900 households now told to boil water": an adverb the cue took before the participle changes nothing.
        int lead = c0;
        while (!s.Cue.IsEmpty && c0 + 1 < tokens.Count && tokens.Ends[c0 + 1] <= s.Cue.End && Word(document, c0) is "now" or "still" or "also")
        {
            c0++;
        }
        return !s.Cue.IsEmpty && c0 + 2 < tokens.Count && Word(document, c0) is "told" or "ordered" or "urged" or "advised" or "instructed"
            && Word(document, c0 + 1) is "to" && tokens.Kinds[c0 + 2] == TokenKind.Word && char.IsLower(document.Text[tokens.Starts[c0 + 2]])
            && Word(document, c0 + 2) is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "reporters" or "journalists")
            && NoAuxiliaryOrPronounBefore(document, lead);
    }

    // A participle with no auxiliary and no subject pronoun before it ("told to boil water", "blamed on fog") is a passive
    // without its auxiliary; "has told", "they blamed" are active.
    private static bool NoAuxiliaryOrPronounBefore(Document document, int t) =>
        t == 0 || !IsAuxiliary(Word(document, t - 1)) && Word(document, t - 1) is not ("he" or "she" or "they" or "we" or "I" or "it" or "who");

    private static bool IsPassiveOfSpeech(ReadOnlySpan<char> w) => w is "asked" or "announced" or "seen" or "expected" or "called"
        or "questioned" or "pressed" or "criticized" or "criticised" or "identified" or "shown" or "said" or "listed" or "projected"
        or "described" or "dubbed" or "known" or "released" or "reported" or "lambasted" or "dismissed" or "named" or "accused"
        or "interviewed" or "blamed" or "praised" or "attacked" or "mentioned" or "considered" or "thought" or "believed"
        or "rumored" or "rumoured" or "told" or "labeled" or "labelled" or "branded" or "profiled"
        or "revealed" or "appointed" or "offered" or "stated" or "regarded" or "viewed" or "informed" or "promised" or "required"
        or "intended" or "urged" or "warned" or "advised" or "ordered" or "suspected" or "alleged" or "charged" or "feared";

    // "Kamau had shown no remorse": what a document or a poll shows is its finding; what a person shows is how they behaved.
    private static bool PersonShows(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker is not { } speaker)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        if (last >= tokens.Count || Word(document, last) is not ("show" or "shows" or "showed" or "shown" or "showing"))
        {
            return false;
        }
        if (speaker.Entity >= 0 && speaker.Entity < document.Entities.Count)
        {
            return document.Entities[speaker.Entity].Type == EntityType.Person;
        }
        // "Ouko, 61, who has denied the charges, showed no emotion": a surname the recogniser read as a person.
        return speaker.Name is "he" or "she" or "He" or "She"
            || speaker.Span is { } written && document.Mentions.Exists(m => m.Type == EntityType.Person && m.Span.Overlaps(written));
    }

    // "Ferry capsizes off Sulawesi, dozens feared dead": a cue the tagger put on a number word reads no speech verb.
    private static bool CueIsANumber(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(s.Cue.Start);
        return t < tokens.Count && tokens.Ends[t] >= s.Cue.End
            && (tokens.Kinds[t] == TokenKind.Number || NumberWords.PluralMagnitudes.ContainsKey(Word(document, t)) || NumberWords.Cardinals.ContainsKey(Word(document, t)));
    }

    // "The two | ministers agreed | that …", "The two | sides | agreed the deal was fair": a cue the tagger opened on the noun
    // the source's number counts; the noun ends the source and the verb after it is the cue. Only where the parts of speech
    // were read (the evaluation reads none).
    private static Statement CountedNounOutOfTheCue(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker is not { Span: { } source, Entity: < 0 } speaker || s.Quote is not null)
        {
            return s;
        }
        var tokens = document.Tokens;
        int noun = tokens.IndexAtOrAfter(s.Cue.Start);
        if (noun < 1 || noun + 1 >= tokens.Count || tokens.Starts[noun] != s.Cue.Start || tokens.Ends[noun - 1] != source.End
            || tokens.Tags[noun] != PartOfSpeech.NOUN || !char.IsLower(document.Text[tokens.Starts[noun]]))
        {
            return s;
        }
        // A plural after a number ("both | advocate for" is a verb the tagger read as a noun).
        var counted = Word(document, noun);
        if (tokens.Kinds[noun - 1] != TokenKind.Number && !NumberWords.Cardinals.ContainsKey(Word(document, noun - 1))
            || !(counted.Length > 3 && counted[^1] == 's' || counted is "people" or "men" or "women" or "children"))
        {
            return s;
        }
        int next = noun + 1;
        TextSpan cue;
        var content = s.Content;
        if (tokens.Starts[next] < s.Cue.End)
        {
            cue = new TextSpan(tokens.Starts[next], s.Cue.End);
        }
        else if (tokens.Tags[next] == PartOfSpeech.VERB && tokens.Starts[next] == s.Content.Start && next + 1 < tokens.Count
            && tokens.Starts[next + 1] < s.Content.End)
        {
            cue = new TextSpan(tokens.Starts[next], tokens.Ends[next]);
            content = new TextSpan(tokens.Starts[next + 1], s.Content.End);
        }
        else
        {
            return s;
        }
        var written = new TextSpan(source.Start, tokens.Ends[noun]);
        int first = tokens.IndexAtOrAfter(source.Start);
        int nameStart = IsDeterminerWord(Word(document, first)) || Word(document, first) is "The" or "A" or "An" ? tokens.Starts[first + 1] : source.Start;
        string name = document.Text[nameStart..written.End];
        return s with { Cue = cue, Content = content, Speaker = speaker with { Name = name, Span = written } };
    }

    // "up from the 114 confirmed deaths it reported last week, a difference …": a pronoun and its cue right after a noun,
    // with nothing after the cue but a time, are a relative clause without "that"; what was reported is the noun phrase
    // before them, not the words after the cue.
    private static Statement ObjectOfAReducedRelative(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source)
        {
            return s;
        }
        var tokens = document.Tokens;
        int pronoun = tokens.IndexAtOrAfter(source.Start);
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int after = tokens.IndexAtOrAfter(s.Cue.End);
        if (pronoun < 2 || tokens.Ends[pronoun] != source.End || cue != pronoun + 1 || tokens.Tags[pronoun] != PartOfSpeech.PRON
            || Word(document, pronoun) is not ("it" or "they" or "he" or "she" or "we") || tokens.Tags[pronoun - 1] != PartOfSpeech.NOUN
            || tokens.Tags[after - 1] != PartOfSpeech.VERB || !Word(document, after - 1).EndsWith("ed", StringComparison.Ordinal))
        {
            return s;
        }
        // Nothing the verb could say after it: the clause ends there, or after a time ("last week", "on Friday").
        int k = after;
        if (k < tokens.Count && Word(document, k) is "last" or "this" or "on" or "earlier" or "yesterday" or "in")
        {
            while (k < tokens.Count && k - after < 3 && tokens.Kinds[k] == TokenKind.Word && tokens.Tags[k] is not (PartOfSpeech.VERB or PartOfSpeech.AUX))
            {
                k++;
            }
        }
        if (k < tokens.Count && !(tokens.Kinds[k] == TokenKind.Punctuation && document.Text[tokens.Starts[k]] is ',' or '.' or ';' or ')'))
        {
            return s;
        }
        // The noun phrase: back over nouns, adjectives, numbers and participles used as adjectives to its determiner.
        int first = pronoun - 1;
        while (first > 0 && tokens.Tags[first - 1] is PartOfSpeech.NOUN or PartOfSpeech.ADJ or PartOfSpeech.NUM
            || first > 0 && tokens.Tags[first - 1] == PartOfSpeech.VERB && Word(document, first - 1).EndsWith("ed", StringComparison.Ordinal)
                && first - 1 > 0 && tokens.Tags[first - 2] is PartOfSpeech.DET or PartOfSpeech.NUM or PartOfSpeech.ADJ)
        {
            first--;
        }
        if (first > 0 && tokens.Tags[first - 1] == PartOfSpeech.DET)
        {
            first--;
        }
        return s with { Content = new TextSpan(tokens.Starts[first], tokens.Ends[pronoun - 1]) };
    }

    // "the company had been warned last year about problems with …": a passive of telling names the hearer as its
    // subject, and a cue that runs on past the participle over a time and a preposition is the verb with its auxiliaries.
    // (PolNeAR train marks four passives of telling as cues, none with more than one word after the participle.)
    private static Statement PassiveCueAtItsVerb(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Cue.Start);
        int end = tokens.IndexAtOrAfter(s.Cue.End);
        for (int t = first + 1; t + 2 < end; t++)
        {
            if (Word(document, t) is "warned" or "told" or "advised" or "informed" or "notified" or "cautioned"
                && Word(document, t - 1) is "been" or "was" or "were" or "is" or "are" or "being")
            {
                return s with { Cue = new TextSpan(s.Cue.Start, tokens.Ends[t]) };
            }
        }
        return s;
    }

    // "Inflation rose to 6.1% in August", "Asylum claims rose by a fifth": a verb of change as the cue, or right after a
    // one-word cue that it makes a noun of ("claims" is what rose), tells what a figure did; nobody says anything.
    private static bool CueIsAChange(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Cue.Start);
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        if (last >= tokens.Count)
        {
            return false;
        }
        // "Cholera toll revised down as …", "growth forecast revised up": a figure revised up or down changed, nobody spoke.
        if (first == last && Word(document, last) is "revised" or "revises" && last + 1 < tokens.Count
            && Word(document, last + 1) is "up" or "down" or "upward" or "upwards" or "downward" or "downwards" or "higher" or "lower")
        {
            return true;
        }
        if (StatementLexicon.ChangeVerbs.Contains(Word(document, last)) && last + 1 < tokens.Count && OpensAChangesMeasure(document, last + 1))
        {
            for (int t = first; t < last; t++)
            {
                if (!IsAuxiliary(Word(document, t)))
                {
                    return false;
                }
            }
            return true;
        }
        // "said increased spending would help": only with what a change takes after it ("rose to", "fell 3%").
        int verb = last + 1;
        return first == last && verb + 1 < tokens.Count && StatementLexicon.ChangeVerbs.Contains(Word(document, verb))
            && OpensAChangesMeasure(document, verb + 1);
    }

    private static bool OpensAChangesMeasure(Document document, int t) =>
        document.Tokens.Kinds[t] == TokenKind.Number
        || Word(document, t) is "to" or "by" or "from" or "for" or "in" or "on" or "over" or "again" or "last" or "this" or "above"
            or "below" or "nearly" or "almost" or "about" or "some" or "more" or "less" or "after" or "since" or "during" or "amid"
            or "%" or "," or "."
        || Word(document, t).EndsWith("ly", StringComparison.Ordinal);

    // "At least 12 people confirmed dead after the flood", "two climbers feared missing": a participle of knowing before a
    // state of the body is a passive about the people it names, who say nothing.
    private static bool StateOfTheBody(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        return last + 1 < tokens.Count
            && Word(document, last) is "confirmed" or "feared" or "presumed" or "declared" or "reported" or "believed" or "thought"
                or "pronounced" or "listed" or "known"
            && Word(document, last + 1) is "dead" or "killed" or "missing" or "injured" or "wounded" or "alive" or "drowned" or "safe"
                or "trapped" or "hurt" or "unaccounted";
    }

    // "Northfield conceded 24 goals", "conceded a late penalty": what a side lets in is a score, not an admission;
    // "conceded the point that …" and "conceded defeat" still say something.
    private static bool ConcedesAScore(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        if (last + 1 >= tokens.Count || Word(document, last) is not ("conceded" or "concedes" or "concede" or "conceding"))
        {
            return false;
        }
        if (tokens.Kinds[last + 1] == TokenKind.Number || NumberWords.Cardinals.ContainsKey(Word(document, last + 1)))
        {
            return true;
        }
        for (int t = last + 1; t < tokens.Count && t - last <= 4; t++)
        {
            var w = Word(document, t);
            if (w is "goal" or "goals" or "penalty" or "penalties" or "try" or "tries" or "run" or "runs" or "wicket" or "wickets"
                or "touchdown" or "touchdowns" or "corner" or "corners" or "equaliser" or "equalizer" or "set" or "sets" or "frame" or "frames")
            {
                return true;
            }
            if (w is "that" or "," or "." or ";" or ":" || tokens.Kinds[t] != TokenKind.Word)
            {
                return false;
            }
        }
        return false;
    }

    // "Hackers read MPs' email for half a year": reading is speech only when a text reads ("the sign read: …", "the
    // statement reads '…'"); a person or group that reads something does it.
    private static bool ReadsSomething(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker?.Span is not { } source || !(document.Text.AsSpan(s.Cue.Start, s.Cue.Length) is "read" or "reads"))
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(source.End) - 1;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        bool quoted = first < tokens.Count && document.Text[tokens.Starts[first]] is '"' or '\u201c' or '\'' or '\u2018' or ':';
        return last >= 0 && !quoted && !StatementLexicon.DocumentNouns.Contains(Word(document, last))
            && !StatementLexicon.WrittenThings.Contains(Word(document, last));
    }

    // "Police offered a reward of $5,000 for …", "She offered customers a free review": what an offer gives is a deed;
    // "offered her condolences", "offered few details", "offered to resign" and "offered that …" still say something.
    private static bool OffersAThing(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        if (last >= tokens.Count || Word(document, last) is not ("offer" or "offers" or "offered" or "offering"))
        {
            return false;
        }
        bool any = false;
        for (int t = last + 1; t < tokens.Count && t - last <= 6; t++)
        {
            var w = Word(document, t);
            if (StatementLexicon.OfferedWords.Contains(w))
            {
                return false;
            }
            if (tokens.Kinds[t] == TokenKind.Punctuation || w is "of" or "for" or "to" or "that" or "on" or "in" or "with" or "and")
            {
                break;
            }
            any = true;
        }
        return any && !(Word(document, last + 1) is "to" or "that");
    }

    // "'We cannot pay our rent': tenants tell of rising costs", '"I thought I would die": freed hostage tells of ordeal': a
    // headline that opens on a quotation closed before a colon, with the cue after the colon, says the quotation; who tells
    // of it is the words between the colon and the cue. The tagger's content ran over the whole line, or began inside it.
    private static Statement QuotationBeforeItsTeller(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.IsEmpty)
        {
            return s;
        }
        var text = document.Text.AsSpan();
        int open = SentenceStartAt(document, s.Cue.Start);
        if (open >= s.Cue.Start || text[open] is not ('\'' or '"' or '\u2018' or '\u201C'))
        {
            return s;
        }
        int close = -1;
        for (int k = open + 2; k + 1 < s.Cue.Start; k++)
        {
            if (text[k] is '\'' or '"' or '\u2019' or '\u201D' && text[k + 1] == ':')
            {
                close = k;
                break;
            }
        }
        // The teller is a few words between the colon and the cue, and the content reaches into the quotation.
        if (close < 0 || s.Content.Start > close || s.Content.End <= open + 1)
        {
            return s;
        }
        var teller = text[(close + 2)..s.Cue.Start].Trim();
        if (teller.IsEmpty || teller.Length > 40 || teller.ContainsAny(",;:\"'"))
        {
            return s;
        }
        var quoted = new TextSpan(open + 1, close);
        var speaker = s.Speaker;
        if (speaker is null)
        {
            var between = text[(close + 2)..s.Cue.Start];
            int from = close + 2 + between.Length - between.TrimStart().Length;
            speaker = new Speaker(teller.ToString(), -1, new TextSpan(from, from + teller.Length), null);
        }
        return s with { Content = quoted, Quote = document.Text.Substring(quoted.Start, quoted.Length), Kind = StatementKind.Direct, Speaker = speaker };
    }

    // '"I can no longer serve," Tamsin wrote in a letter to Prime Minister Ola Brann, which was released …': a content
    // after the cue that opens on a preposition is where or to whom the words went; the quotation the sentence opens on,
    // closed by a comma right before the speaker, is what was said.
    private static Statement QuotationBeforeItsWriter(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source || s.Content.Start < s.Cue.End
            || source.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        if (first >= tokens.Count || !(Word(document, first) is "in" or "to" or "on" or "at" or "during" or "from" or "after" or "before"))
        {
            return s;
        }
        var text = document.Text.AsSpan();
        int open = SentenceStartAt(document, s.Cue.Start);
        if (open >= source.Start)
        {
            return s;
        }
        // The closing mark and its comma right before the speaker: '," Tamsin wrote'.
        var before = text[open..source.Start].TrimEnd();
        if (text[open] is not ('"' or '\u201C') || before.Length < 3
            || before[^1] is not ('"' or '\u201D') || before[^2] != ',' || before[1..^1].ContainsAny('"', '\u201C', '\u201D'))
        {
            return s;
        }
        int close = open + before.Length;
        return s with { Content = new TextSpan(open, close) };
    }

    // "The sign on the gate read: …", "A label on the crate read …": the tagger's source stops at the place the text hangs;
    // the written thing before the preposition speaks, so the source runs back over it ("sign on the gate").
    private static Statement WrittenThingSpeaks(Document document, Statement s)
    {
        if (s.Speaker is null && !s.Cue.IsEmpty)
        {
            return WrittenThingBeforeTheCue(document, s);
        }
        if (s.Speaker is not { Span: { } source, Entity: < 0 } speaker || speaker.With is { Count: > 0 })
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(source.Start);
        // The tagger's source may start after its article ("the | gate").
        if (first > 0 && first < tokens.Count && Word(document, first - 1) is "the" or "a" or "an")
        {
            first--;
        }
        if (first < 3 || first >= tokens.Count
            || Word(document, first - 1) is not ("on" or "at" or "outside" or "above" or "inside" or "in" or "near" or "over" or "beside" or "by")
            || !StatementLexicon.WrittenThings.Contains(Word(document, first - 2)))
        {
            return s;
        }
        // The written thing's own phrase: its article or possessive and up to two modifiers ("a hand-written note").
        int open = first - 3;
        while (open >= 0 && first - 2 - open <= 3 && !StatementLexicon.Determiners.Contains(Word(document, open))
            && !(Word(document, open) is "The" or "A" or "An") && tokens.Kinds[open] == TokenKind.Word && char.IsLower(document.Text[tokens.Starts[open]]))
        {
            open--;
        }
        if (open < 0 || first - 2 - open > 3 || !(StatementLexicon.Determiners.Contains(Word(document, open)) || Word(document, open) is "The" or "A" or "An"))
        {
            return s;
        }
        int name = Word(document, open) is "the" or "a" or "an" or "The" or "A" or "An" ? open + 1 : open;
        var text = document.Text;
        return s with
        {
            Speaker = speaker with
            {
                Name = text[tokens.Starts[name]..source.End],
                Span = new TextSpan(tokens.Starts[open], source.End),
            },
        };
    }

    // "The sign on the ferry terminal read: …" with no source found: the written thing, its place and nothing else between
    // the sentence's start (or a comma) and the cue are the source.
    private static Statement WrittenThingBeforeTheCue(Document document, Statement s)
    {
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue >= tokens.Count || !(Word(document, cue) is "read" or "reads" or "said" or "says" or "warned" or "warns"))
        {
            return s;
        }
        int thing = -1;
        for (int k = cue - 2; k >= 1 && cue - k <= 7; k--)
        {
            if (tokens.Kinds[k] != TokenKind.Word)
            {
                return s;
            }
            if (StatementLexicon.WrittenThings.Contains(Word(document, k)) && Word(document, k + 1) is "on" or "at" or "outside" or "above"
                or "inside" or "in" or "near" or "over" or "beside" or "by")
            {
                thing = k;
                break;
            }
        }
        if (thing < 0)
        {
            return s;
        }
        int open = thing - 1;
        while (open >= 0 && thing - open <= 3 && tokens.Kinds[open] == TokenKind.Word && !IsOpening(document, open))
        {
            open--;
        }
        if (open < 0 || thing - open > 3 || !IsOpening(document, open))
        {
            return s;
        }
        // The phrase opens the sentence or follows a comma.
        int sentence = document.SentencePositionAt(tokens.Starts[open]);
        bool opensSentence = sentence >= 0 && document.Sentences[sentence].FirstToken == open || open > 0 && Word(document, open - 1) is ",";
        if (!opensSentence)
        {
            return s;
        }
        int name = Word(document, open) is "the" or "a" or "an" or "The" or "A" or "An" ? open + 1 : open;
        var span = new TextSpan(tokens.Starts[open], tokens.Ends[cue - 1]);
        return s with { Speaker = new Speaker(document.Text[tokens.Starts[name]..span.End], -1, span, null) };
    }

    private static bool IsOpening(Document document, int t) =>
        StatementLexicon.Determiners.Contains(Word(document, t)) || Word(document, t) is "The" or "A" or "An";

    // "Harbour Group agrees deal to buy …", "the club agreed a 40 million euro fee": agreeing a deal is doing business;
    // "agreed that …", "agreed with …" and "agreed the deal was fair" say something.
    private static bool AgreesADeal(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        // "Marovia and Kessland agree to talks", "agreed to a ceasefire": agreeing to an event or terms takes part in them
        // (the tagger may end the cue on "agreed", on "to" or past the noun).
        int agree = -1;
        for (int k = tokens.IndexAtOrAfter(s.Cue.Start); k <= last && k < tokens.Count; k++)
        {
            if (Word(document, k) is "agrees" or "agreed" or "agree" or "agreeing")
            {
                agree = k;
            }
        }
        if (agree >= 0 && agree + 2 < tokens.Count && Word(document, agree + 1) is "to")
        {
            int n = agree + 2;
            // "agreed to hold talks", "agreed to resume negotiations": the verb of taking part may stand before the event.
            int verb = tokens.Kinds[n] == TokenKind.Word && char.IsLower(document.Text[tokens.Starts[n]]) && n + 1 < tokens.Count
                && !IsAModifierOfTalks(Word(document, n)) && !IsTalks(Word(document, n)) ? 1 : 0;
            n += verb;
            // "border talks", "peace negotiations": a lower-case noun may stand before the event as its modifier.
            while (n + 1 < tokens.Count && n - agree - verb < 4 && (IsAModifierOfTalks(Word(document, n))
                || tokens.Kinds[n] == TokenKind.Word && char.IsLower(document.Text[tokens.Starts[n]]) && IsTalks(Word(document, n + 1))))
            {
                n++;
            }
            return IsTalks(Word(document, n));
        }
        if (agree >= 0 && agree != last)
        {
            // A headline's "Varnel and Ostria agree ceasefire after …": the cue runs past a deal named right after the verb.
            int n = agree + 1;
            while (n < last && Word(document, n) is "a" or "an" or "the" or "new")
            {
                n++;
            }
            return n <= last && IsADeal(Word(document, n));
        }
        if (agree != last)
        {
            return false;
        }
        for (int t = last + 1; t < tokens.Count && t - last <= 5; t++)
        {
            var w = Word(document, t);
            if (IsADeal(w))
            {
                return t + 1 >= tokens.Count || !IsAuxiliary(Word(document, t + 1));
            }
            if (w is "that" or "with" or "to" or "on" or "upon" or "about" or "," or "." or ";" or ":"
                || StatementLexicon.SubjectPronouns.Contains(w) || tokens.Kinds[t] == TokenKind.Punctuation)
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsAModifierOfTalks(ReadOnlySpan<char> w) =>
        w is "a" or "an" or "the" or "new" or "further" or "direct" or "peace" or "fresh" or "another" or "formal" or "more" or "urgent";

    private static bool IsTalks(ReadOnlySpan<char> w) =>
        w is "talks" or "negotiations" or "mediation" or "meeting" or "meetings" or "ceasefire" or "truce" or "deal" or "terms" or "arbitration"
            or "dialogue" or "summit";

    private static bool IsADeal(ReadOnlySpan<char> w) =>
        w is "deal" or "deals" or "terms" or "pact" or "contract" or "contracts" or "settlement" or "truce" or "ceasefire"
            or "cease-fire" or "merger" or "sale" or "takeover" or "fee" or "price" or "loan" or "package" or "budget"
            or "transfer" or "partnership" or "accord" or "agreement" or "compromise" or "extension" or "lease" or "bailout"
            or "treaty" or "arrangement" or "framework";

    // "…, Ms. Pope said on | a | call with reporters": a cue the tagger put on an article alone (a piece of the medium phrase
    // of another statement's cue, or the first word of a noun it did not reach) reads no speech of its own.
    private static bool CueIsAnArticle(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(s.Cue.Start);
        return t < tokens.Count && tokens.Ends[t] >= s.Cue.End && IsArticleOrPreposition(Word(document, t));
    }

    // "A second test, carried out last week, confirmed the result": a "content" before the cue with no verb of its own (past
    // the asides its commas set off) is the cue's subject, and the "speaker" after the cue its object; nobody speaks.
    private static bool SubjectReadAsContent(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source || source.Start < s.Cue.End || s.Content.End > s.Cue.Start
            || s.Content.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int end = tokens.IndexAtOrAfter(s.Content.End);
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        // Only the content running up to the cue, which opens its sentence.
        if (first >= end || first != document.Sentences[Math.Max(0, document.SentencePositionAt(s.Content.Start))].FirstToken)
        {
            return false;
        }
        // One verb the tagger read as such, with its object after it ("confirmed the result"); "according to" is no verb.
        if (tokens.IndexAtOrAfter(s.Cue.End) != cue + 1 || tokens.Tags[cue] != PartOfSpeech.VERB || cue + 1 >= tokens.Count
            || Word(document, cue + 1) is not ("the" or "a" or "an" or "its" or "their"))
        {
            return false;
        }
        for (int k = end; k < cue; k++)
        {
            if (Word(document, k) is not ",")
            {
                return false;
            }
        }
        bool aside = false;
        for (int k = first; k < end; k++)
        {
            var w = Word(document, k);
            // ", carried out last week,": only a participle's aside may hold a verb.
            if (w is ",")
            {
                aside = !aside && k + 1 < end && tokens.Tags[k + 1] == PartOfSpeech.VERB && Word(document, k + 1).EndsWith("ed", StringComparison.Ordinal);
                continue;
            }
            if (w.Length > 0 && w[0] is '"' or '\u201c' or '\u201d' or '\'')
            {
                return false;
            }
            if (!aside && tokens.Tags[k] is PartOfSpeech.VERB or PartOfSpeech.AUX)
            {
                return false;
            }
        }
        return true;
    }

    // "Twelve riders had signed an | open letter": a cue that ends on an article and leaves one word as the content has cut
    // its own object in two; it is no speech ("said on the | same call that …" keeps a content of its own and stays).
    private static bool CueEndsOnAnArticle(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End) - 1;
        int first = tokens.IndexAtOrAfter(s.Cue.Start);
        var w = last >= 0 ? Word(document, last) : default;
        int c0 = tokens.IndexAtOrAfter(s.Content.Start);
        int c1 = tokens.IndexAtOrAfter(s.Content.End);
        if (s.Content.Start < s.Cue.End || c1 - c0 > 2)
        {
            return false;
        }
        // Or the cue stops before the article and the content is the article and one word, its noun left after it.
        return last > first && (w is "a" or "an" or "the") && c1 - c0 == 1
            || c1 - c0 == 2 && Word(document, c0) is "a" or "an" && c1 < tokens.Count && tokens.Kinds[c1] == TokenKind.Word
                && char.IsLower(document.Text[tokens.Starts[c1]]);
    }

    /// <summary>"…, sharply escalating a months-long dispute over fishing rights, officials said": a source that ends on an
    /// article or an adjective right before a noun cue, both inside the content they would attribute, is a noun phrase of
    /// another's speech ("Democratic calls for …", whose content follows, stays).</summary>
    private static bool SourceEndsOnTheCuesModifier(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || source.End > s.Cue.Start || s.Cue.Start - source.End > 1 || source.IsEmpty
            || !s.Content.Contains(s.Cue) || !s.Content.Contains(source))
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(source.End) - 1;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        return last >= 0 && cue < tokens.Count && tokens.Ends[last] == source.End
            && tokens.Tags[last] is Dossier.Core.Tokens.PartOfSpeech.DET or Dossier.Core.Tokens.PartOfSpeech.ADJ
            && tokens.Tags[cue] == Dossier.Core.Tokens.PartOfSpeech.NOUN;
    }

    // "The minister did not mention the memo", "made no mention of the cuts": what was left unsaid is not asserted; the
    // statement stays (PolNeAR marks "did not mention Ryan" as an attribution) as one of not speaking, like "declined to
    // comment".
    private static bool NotMentioned(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var cue = document.Text.AsSpan(s.Cue.Start, s.Cue.Length);
        int at = cue.IndexOf("mention", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }
        var before = cue[..at];
        return before.EndsWith("not ", StringComparison.Ordinal) || before.EndsWith("n't ", StringComparison.Ordinal)
            || before.EndsWith("never ", StringComparison.Ordinal) || before.EndsWith("no ", StringComparison.Ordinal)
            || before.EndsWith("failed to ", StringComparison.Ordinal)
            || IsNegatedBefore(document, document.Tokens.IndexAtOrAfter(s.Cue.Start));
    }

    // "did not | mention": the tagger may leave the negation outside the cue.
    private static bool IsNegatedBefore(Document document, int t)
    {
        int k = t - 1;
        return k >= 1 && Word(document, k) is "not" or "n't" or "never" && Word(document, k - 1) is "did" or "does" or "do" or "has" or "have" or "had" or "was" or "were"
            || k >= 0 && Word(document, k) is "never";
    }

    // "Dravik orders water rationing": a headline's words after a cue's noun run on to the line's end; the tagger may stop
    // the object at its first noun, but a headline's object is every lower-case word left on the line.
    private static Statement WholeObjectInAHeadline(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Content.Start < s.Cue.End || document.Paragraphs.Length < 2
            || !document.Paragraphs[0].Span.Contains(s.Content))
        {
            return s;
        }
        var line = document.Paragraphs[0].Span;
        var rest = document.Text.AsSpan(line.Start, line.Length).TrimEnd();
        if (rest.IsEmpty || rest[^1] is '.' or '"' or '\u201d' or '?' or '!' || line.Start + rest.Length <= s.Content.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int end = line.Start + rest.Length;
        int k = tokens.IndexAtOrAfter(s.Content.End);
        if (k >= tokens.Count || tokens.Starts[k] >= end || tokens.Starts[k] - s.Content.End != 1 || tokens.Kinds[k - 1] != TokenKind.Word)
        {
            return s;
        }
        int last = k;
        for (; last < tokens.Count && tokens.Starts[last] < end; last++)
        {
            // Only more of the same noun phrase: no preposition, conjunction, verb or number.
            if (tokens.Kinds[last] != TokenKind.Word || !char.IsLower(document.Text[tokens.Starts[last]])
                || tokens.Tags[last] is not (PartOfSpeech.NOUN or PartOfSpeech.VERB or PartOfSpeech.ADJ)
                || tokens.Tags[last] == PartOfSpeech.VERB && !Word(document, last).EndsWith("ing", StringComparison.Ordinal)
                || last - k >= 3)
            {
                return s;
            }
        }
        return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[last - 1]) };
    }

    // "Teo Brand, 58, is suspected of embezzling …", "who was accused of fraud": with nobody named who suspects or accuses,
    // the one suspected is the subject of what is suspected; the content holds it from the sentence's subject (or the
    // relative pronoun) to its end, as PolNeAR joins the two parts.
    private static Statement WithTheSuspectOfAPassive(Document document, Statement s)
    {
        if (s.Speaker is not null || s.Cue.IsEmpty || s.Quote is not null || s.Content.End <= s.Cue.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int c0 = tokens.IndexAtOrAfter(s.Cue.Start);
        int c1 = tokens.IndexAtOrAfter(s.Cue.End) - 1;
        if (c1 <= c0 || c1 >= tokens.Count || Word(document, c0) is not ("is" or "was" or "are" or "were" or "has" or "have" or "had")
            || Word(document, c1) is not ("of" or "with")
            || Word(document, c1 - 1) is not ("suspected" or "accused" or "charged" or "convicted" or "acquitted" or "cleared"))
        {
            return s;
        }
        if (c0 >= 1 && Word(document, c0 - 1) is "who" or "which" or "that")
        {
            return s with { Content = new TextSpan(tokens.Starts[c0 - 1], s.Content.End) };
        }
        if (document.SentencePositionAt(s.Cue.Start) is not (var sentence and >= 0))
        {
            return s;
        }
        int open = document.Sentences[sentence].FirstToken;
        if (c0 - open is < 1 or > 20 || s.Content.Start < tokens.Starts[open])
        {
            return s;
        }
        int subject = open;
        // "The pilot, Arno Vick, was arrested on Friday and is suspected of negligence": a predicate joined by "and" shares
        // its subject, which stands before the first verb.
        bool joined = Word(document, c0 - 1) is "and";
        bool pastTheVerb = false;
        for (int t = open; t < c0; t++)
        {
            if (tokens.Kinds[t] == TokenKind.Word && Word(document, t) is "who" or "which" or "that" || Word(document, t) is "\"" or "\u201c" or "\u201d" or ";" or ":")
            {
                return s;
            }
            if (tokens.Tags[t] is PartOfSpeech.VERB or PartOfSpeech.AUX && !(Word(document, t) is "'s" or "\u2019s"))
            {
                if (!joined || t == open)
                {
                    return s;
                }
                // "The pilot, Arno Vick, was arrested": a comma right before the first verb closes the subject's aside.
                if (!pastTheVerb && subject == t)
                {
                    subject = open;
                }
                pastTheVerb = true;
            }
            if (pastTheVerb)
            {
                continue;
            }
            // "In his heyday, unlike his rivals, he was suspected of …": after an opening phrase the subject follows the
            // last comma; a comma right before the cue closes an aside of the subject's ("Teo Brand, 58, is suspected").
            if (Word(document, t) is ",")
            {
                subject = t + 1;
            }
        }
        if (subject == c0)
        {
            subject = open;
        }
        return s with { Content = new TextSpan(tokens.Starts[subject], s.Content.End) };
    }

    // "Turnout was 61 percent, the commission said, up from 54 percent in 2019": a comparison after the speaker's aside
    // goes on with what was said before it (the earlier figure is the speaker's too); the content runs around the aside, as
    // round 35's contents do, to the comparison's end. (Round 39 had ended such a content before its source.)
    private static Statement ThroughAComparisonAfterItsAside(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source || source.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int c = tokens.IndexAtOrAfter(s.Cue.End);
        if (c + 3 >= tokens.Count || Word(document, c) is not "," || !ComparedFigure(document, c + 1))
        {
            return s;
        }
        // "At least 31 people died when …, the coast guard said, up from 19 reported on Saturday": the tagger took only the
        // comparison; what it compares is the sentence before the aside.
        if (s.Content.Start == tokens.Starts[c + 1])
        {
            int first = tokens.IndexAtOrAfter(source.Start);
            if (first < 2 || Word(document, first - 1) is not "," || document.SentencePositionAt(source.Start) is not (var at and >= 0))
            {
                return s;
            }
            int open = document.Sentences[at].FirstToken;
            for (int t = open; t < first - 1; t++)
            {
                if (IsQuoteToken(document.Text, tokens, t) || Word(document, t) is ";" or ":")
                {
                    return s;
                }
            }
            return first - 1 - open is >= 2 and <= 40 ? s with { Content = new TextSpan(tokens.Starts[open], s.Content.End) } : s;
        }
        if (s.Content.End > source.Start)
        {
            return s;
        }
        int before = tokens.IndexAtOrAfter(s.Content.End);
        if (before >= tokens.Count || Word(document, before) is not "," || tokens.IndexAtOrAfter(source.Start) != before + 1
            || document.SentencePositionAt(s.Cue.Start) is not (var sentence and >= 0))
        {
            return s;
        }
        int stop = document.Sentences[sentence].EndToken;
        int k = c + 3;
        while (k < stop && tokens.Kinds[k] != TokenKind.Punctuation)
        {
            k++;
        }
        return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[k - 1]) };
    }

    // "Dana Ulm faced calls to resign", "facing calls for an inquiry": the calls are others', unnamed; the one who faces them
    // says nothing.
    private static bool CallsFaced(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int end = tokens.IndexAtOrAfter(s.Cue.End);
        for (int t = Math.Max(1, tokens.IndexAtOrAfter(s.Cue.Start)); t < end; t++)
        {
            if (Word(document, t) is "calls" or "call" or "demands" && Word(document, t - 1) is "face" or "faces" or "faced" or "facing")
            {
                return true;
            }
        }
        return false;
    }

    // "The review, dated Nov. 10, says …": the day a document bears is no speech of it.
    private static bool OnlyADocumentsDate(Document document, Statement s) =>
        !s.Cue.IsEmpty && s.Cue.Slice(document.Text) is "dated" or "Dated";

    // "summoned the ambassador in Beijing | to protest": a cue that is one preposition says nothing of speech either.
    private static bool IsArticleOrPreposition(ReadOnlySpan<char> w) =>
        w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
        || w.Equals("the", StringComparison.OrdinalIgnoreCase) || w is "to" or "in" or "at" or "with" or "from";

    // ", 52, had shown …": what the tagger read after a name's age is no statement of its own.
    private static bool OpensWithAnAge(Document document, Statement s)
    {
        if (s.Speaker is not null || s.Content.IsEmpty)
        {
            return false;
        }
        int t = document.Tokens.IndexAtOrAfter(s.Content.Start);
        return t >= 1 && IsAgeAside(document, t - 1);
    }

    // ", 52," after a name: a comma, a number of one to three digits, a comma.
    private static bool IsAgeAside(Document document, int t)
    {
        var tokens = document.Tokens;
        return t + 2 < tokens.Count && Word(document, t) is "," && tokens.Kinds[t + 1] == TokenKind.Number && Word(document, t + 1).Length <= 3
            && Word(document, t + 2) is ",";
    }

    private static bool IsClosingQuote(char c) => c is '"' or '\u201d' or '\u2019' or '\'';

    // "ANKARA, Feb 7 (Reuters) - The death toll rose …, the agency said": the place, date and agency are the wire's, not the speech.
    private static Statement AfterDateline(Document document, Statement s)
    {
        if (document.Metadata.DatelineSpan is not TextSpan dateline || s.Content.End <= dateline.End)
        {
            return s;
        }
        int start = dateline.End;
        // "KINSHASA — Mpox has …": a content that starts on the dateline's separator starts after it too.
        if (s.Content.Start >= dateline.End)
        {
            if (s.Content.Start - dateline.End > 2 || !IsSeparator(document.Text[s.Content.Start]))
            {
                return s;
            }
            start = s.Content.Start;
        }
        while (start < s.Content.End && (char.IsWhiteSpace(document.Text[start]) || IsSeparator(document.Text[start])))
        {
            start++;
        }
        return s with { Content = new TextSpan(start, s.Content.End) };
    }

    // "23:58 Police say they are still watching two drones": a live report's entry opens on the clock time it was written;
    // the time is no part of who spoke or of what was said.
    // "He will be free to race again in July 2027, the federation said": a content that stops on a month runs on through the
    // year or the day number written right after it (the date is one expression, and what was said).
    private static Statement ThroughItsDate(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Content.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int next = tokens.IndexAtOrAfter(s.Content.End);
        int last = next - 1;
        if (last < 0 || next >= tokens.Count || tokens.Ends[last] != s.Content.End || !StatementLexicon.Months.Contains(Word(document, last))
            || !char.IsUpper(document.Text[tokens.Starts[last]]) || tokens.Kinds[next] != TokenKind.Number
            || s.Cue.Start >= s.Content.End && s.Cue.Start < tokens.Ends[next])
        {
            return s;
        }
        var w = Word(document, next);
        bool year = w.Length == 4 && !w.ContainsAnyExceptInRange('0', '9');
        bool day = w.Length <= 2 && !w.ContainsAnyExceptInRange('0', '9');
        return year || day ? s with { Content = new TextSpan(s.Content.Start, tokens.Ends[next]) } : s;
    }

    private static Statement AfterAClockStamp(Document document, Statement s)
    {
        int stamp = s.Speaker?.Span is { } sp && sp.Start < s.Content.Start ? sp.Start : s.Content.Start;
        int p = document.ParagraphPositionAt(stamp);
        if (p < 0 || document.Paragraphs[p].Span.Start != stamp || EntryStamp.OpeningLength(document.Text, stamp) is not (> 0 and var length))
        {
            return s;
        }
        int next = stamp + length;
        if (s.Speaker is { Span: { } span } speaker && span.Start == stamp)
        {
            var name = speaker.Name.AsSpan();
            var stampText = document.Text.AsSpan(stamp, length).TrimEnd();
            var rest = name.StartsWith(stampText, StringComparison.Ordinal) ? name[stampText.Length..].TrimStart() : name;
            return s with { Speaker = speaker with { Span = new TextSpan(next, span.End), Name = rest.ToString() } };
        }
        return s.Content.Start == stamp ? s with { Content = new TextSpan(next, s.Content.End) } : s;
    }

    // "the inquiry announced last Tuesday would begin in June", "The truce, agreed after weeks of talks, is under strain": a
    // participle with no auxiliary that describes a noun whose own verb follows (after a time, or after the commas that set
    // the participle's phrase off) is a reduced relative clause; whoever announced or agreed it says nothing here.
    private static bool AParticipleModifyingANoun(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        // The cue may have taken the preposition after the participle ("rejected on").
        bool withPreposition = cue + 1 < tokens.Count && tokens.Ends[cue] != s.Cue.End && tokens.Ends[cue + 1] == s.Cue.End
            && Word(document, cue + 1) is "on" or "in" or "at" or "during" or "after" or "before" or "by" or "from" or "for";
        if (cue < 1 || cue >= tokens.Count || tokens.Ends[cue] != s.Cue.End && !withPreposition || tokens.Starts[cue] != s.Cue.Start
            || !Word(document, cue).EndsWith("ed", StringComparison.Ordinal) || !NoAuxiliaryOrPronounBefore(document, cue))
        {
            return false;
        }
        int sentenceEnd = SentenceEndAt(document, s.Cue.Start);
        if (s.Speaker is null)
        {
            // "up from 31 reported on Saturday": a count after a preposition, described by the participle after it.
            if (cue >= 2 && tokens.Kinds[cue - 1] == TokenKind.Number && Word(document, cue - 2) is "from" or "to" or "than" or "of" or "with")
            {
                return true;
            }
            // ", agreed after three weeks of talks, is": the phrase set off by commas, then the noun's verb.
            if (Word(document, cue - 1) is not ",")
            {
                return false;
            }
            for (int k = cue + 1; k + 1 < tokens.Count && k - cue <= 12 && tokens.Starts[k] < sentenceEnd; k++)
            {
                if (tokens.Kinds[k] == TokenKind.Punctuation && Word(document, k) is not ",")
                {
                    return false;
                }
                if (Word(document, k) is ",")
                {
                    return Word(document, k + 1) is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "will" or "would";
                }
            }
            return false;
        }
        // "the inquiry announced last Tuesday would": an unnamed subject right before the participle, a time after it, and
        // then a verb of its own.
        if (s.Speaker.Span is not { } source || tokens.Ends[cue - 1] != source.End || !char.IsLower(document.Text[source.Start])
            && Word(document, tokens.IndexAtOrAfter(source.Start)) is not ("The" or "A" or "An")
            || StatementLexicon.SubjectPronouns.Contains(Word(document, cue - 1)))
        {
            return false;
        }
        int next = cue + 1;
        while (next < tokens.Count && next - cue <= 4 && tokens.Starts[next] < sentenceEnd
            && (Word(document, next) is "last" or "this" or "next" or "on" or "in" or "earlier" or "week" or "month" or "year" or "yesterday"
                || StatementLexicon.IsWeekdayName(Word(document, next)))
            || next < tokens.Count && next > cue + 1 && StatementLexicon.Months.Contains(Word(document, next)))
        {
            next++;
        }
        // "the postal ballots rejected on election night had been wrongly excluded": a short phrase of place or time after
        // the participle, lower-case words only, before the noun's own verb. The phrase is counted from its preposition, not
        // from `next` (which has already stepped over an opening "on / in" and the time words after it), so that "rejected
        // on …" and "rejected at …" get the same room.
        if (cue + 1 < tokens.Count && Word(document, cue + 1) is "on" or "in" or "at" or "during" or "after" or "before" or "from")
        {
            const int phraseWords = 5;
            int k = cue + 2;
            while (k < tokens.Count && k - (cue + 2) < phraseWords && tokens.Starts[k] < sentenceEnd && tokens.Kinds[k] == TokenKind.Word
                && char.IsLower(document.Text[tokens.Starts[k]]) && !IsFiniteAuxiliary(Word(document, k)))
            {
                k++;
            }
            if (k > cue + 2 && k < tokens.Count && IsFiniteAuxiliary(Word(document, k)))
            {
                return true;
            }
        }
        return next < tokens.Count && tokens.Starts[next] < sentenceEnd
            && IsFiniteAuxiliary(Word(document, next));
    }

    private static bool IsFiniteAuxiliary(ReadOnlySpan<char> w) =>
        w is "would" or "will" or "is" or "was" or "has" or "had" or "could" or "may" or "might" or "must" or "should" or "can" or "were"
            or "are" or "have";

    // "accused the firm of ignoring repeated complaints", "after repeated warnings": a participle after a gerund, a
    // determiner or a preposition and right before its noun describes that noun ("repeated" as "many times over"); nobody
    // repeats anything there.
    private static bool AParticipleBeforeItsNoun(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 1 || cue + 1 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || tokens.Ends[cue] != s.Cue.End
            || !Word(document, cue).EndsWith("ed", StringComparison.Ordinal) || tokens.Tags[cue + 1] != PartOfSpeech.NOUN
            || !char.IsLower(document.Text[tokens.Starts[cue + 1]]) || tokens.Starts[cue + 1] != s.Content.Start)
        {
            return false;
        }
        var before = Word(document, cue - 1);
        return before is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "these" or "those" or "after" or "despite"
                or "amid" or "following" or "of" or "with" or "by" or "over" or "against"
            || before.Length > 4 && char.IsLower(before[0]) && before.EndsWith("ing", StringComparison.Ordinal)
                && tokens.Tags[cue - 1] == PartOfSpeech.VERB;
    }

    // "Mine inquiry to report by June, minister says": a noun cue whose infinitive follows is what the noun will do; the
    // word before it modifies the noun and says nothing.
    private static bool NounCueBeforeAnInfinitive(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 1 || cue + 2 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || tokens.Ends[cue] != s.Cue.End
            || tokens.Tags[cue] != PartOfSpeech.NOUN || Word(document, cue + 1) is not "to" || tokens.Tags[cue + 2] != PartOfSpeech.VERB)
        {
            return false;
        }
        // Only a one-word modifier right before the noun: "the panel's plan to" keeps its owner.
        return tokens.Ends[cue - 1] == source.End && tokens.Starts[cue - 1] == source.Start;
    }

    // "Mira Costa, whose party gained four seats, declined to say whether …": the verb of speech a refusal governs is
    // that refusal's, already a statement with its own speaker; read again, it took a name from the aside for its source.
    private static bool SayingARefusalHolds(Document document, Statement s, List<Statement> statements)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 2 || cue >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || Word(document, cue - 1) is not "to"
            || !IsRefusalVerb(Word(document, cue - 2)))
        {
            return false;
        }
        int refusal = tokens.Starts[cue - 2];
        foreach (var o in statements)
        {
            if (o.Cue.Start == refusal)
            {
                return true;
            }
        }
        return false;
    }

    // "… who declined to be | identified": a cue that is only a form of "be" or "have" says nothing.
    private static bool CueIsOnlyAnAuxiliary(Document document, Statement s) =>
        !s.Cue.IsEmpty && document.Text.AsSpan(s.Cue.Start, s.Cue.Length) is "be" or "been" or "being" or "have" or "has" or "had" or "was" or "were" or "is" or "are";

    // "Shares have lost 11% since the breach was first announced": a speakerless passive of speech inside a clause of
    // time or cause dates the story; it reports nothing of its own.
    private static bool PassiveInATimeClause(Document document, Statement s)
    {
        if (s.Speaker is not null || s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int c = tokens.IndexAtOrAfter(s.Cue.Start);
        if (c >= tokens.Count || Word(document, c) is not ("was" or "were" or "is" or "are" or "had" or "has" or "have"))
        {
            return false;
        }
        int sentenceStart = SentenceStartAt(document, s.Cue.Start);
        for (int k = c - 1; k >= 0 && c - k <= 5 && tokens.Starts[k] >= sentenceStart; k--)
        {
            var w = Word(document, k);
            if (w is "since" or "after" or "before" or "until" or "once" or "when" or "Since" or "After" or "Before" or "Until" or "Once" or "When")
            {
                return k < c - 1;
            }
            if (tokens.Kinds[k] != TokenKind.Word)
            {
                return false;
            }
        }
        return false;
    }

    // "…, three times as many as the company first disclosed, the authority said on Thursday": a cue inside a comparison
    // took the next statement's source and cue as its content; that content says nothing of its own.
    private static void WithoutAContentThatIsAnotherSource(List<Statement> statements)
    {
        for (int i = statements.Count - 1; i >= 0; i--)
        {
            var s = statements[i];
            foreach (var other in statements)
            {
                if (!ReferenceEquals(other, s) && other.Speaker?.Span is { } source && !other.Cue.IsEmpty
                    && source.Start >= s.Content.Start && source.Start - s.Content.Start <= 4 && other.Cue.End <= s.Content.End
                    && s.Content.End - other.Cue.End <= 16 && other.Content.End <= s.Content.Start)
                {
                    statements.RemoveAt(i);
                    break;
                }
            }
        }
    }

    // "Farmers criticised the plan, saying the council changed its route midway": the tagger may read words of the
    // participle's own content as its source ("council changed its route midway"); nobody speaks from inside what they
    // say, so the speaker of the clause the participle hangs on (the last cue before its comma in the sentence) says it,
    // and a relay read from those words, on any statement, goes.
    private static void ParticipleSpeakerInItsOwnContent(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int n = 0; n < statements.Count; n++)
        {
            var s = statements[n];
            if (s.Speaker?.Span is not { } inside || s.Cue.IsEmpty || s.Content.Start < s.Cue.End
                || inside.Start < s.Content.Start || inside.End > s.Content.End)
            {
                continue;
            }
            int cue = tokens.IndexAtOrAfter(s.Cue.Start);
            var w = Word(document, cue);
            if (cue < 2 || Word(document, cue - 1) is not "," || w.Length < 5 || !char.IsLower(w[0]) || !w.EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }
            int comma = tokens.Starts[cue - 1];
            int sentence = SentenceStartAt(document, s.Cue.Start);
            Speaker? donor = null;
            int latest = -1;
            for (int i = 0; i < statements.Count; i++)
            {
                var o = statements[i];
                if (i != n && o.Speaker is { } other && !o.Cue.IsEmpty && o.Cue.End <= comma && o.Cue.Start >= sentence && o.Cue.Start > latest
                    && !(other.Span is { } at && at.Start < s.Content.End && at.End > s.Content.Start))
                {
                    donor = other;
                    latest = o.Cue.Start;
                }
            }
            if (donor is null)
            {
                continue;
            }
            statements[n] = s with { Speaker = donor };
            for (int i = 0; i < statements.Count; i++)
            {
                var relays = statements[i].Relays;
                for (int r = relays.Count - 1; r >= 0; r--)
                {
                    if (relays[r].Span.Start < inside.End && relays[r].Span.End > inside.Start)
                    {
                        var left = new List<Relay>(relays);
                        left.RemoveAt(r);
                        statements[i] = statements[i] with { Relays = left };
                        relays = left;
                    }
                }
            }
        }
    }

    // "Independent researchers have raised doubts …, saying …": the tagger may stop an unnamed source on the capitalised
    // modifier that opens the sentence; the lower-case plural right after it, before a verb, is the head that speaks.
    private static Statement SourceWithItsHead(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker is not { Span: { } span, Entity: < 0 } || span.End > s.Cue.Start && span.Start < s.Cue.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(span.Start);
        if (t + 2 >= tokens.Count || tokens.Ends[t] != span.End || tokens.Starts[t] != SentenceStartAt(document, span.Start)
            || !char.IsUpper(document.Text[span.Start]) || tokens.Tags[t] is PartOfSpeech.DET or PartOfSpeech.PRON
            || Word(document, t) is "His" or "Her" or "Its" or "Their" or "Our" or "My" or "Your" or "These" or "Those" or "This" or "That" or "Other" or "Such")
        {
            return s;
        }
        var head = Word(document, t + 1);
        var verb = Word(document, t + 2);
        if (tokens.Kinds[t + 1] != TokenKind.Word || head.Length < 4 || !char.IsLower(head[0]) || head[^1] != 's' || head[^2] is 's' or '\''
            || IsAuxiliary(head) || StatementLexicon.CueLookup.ContainsKey(head)
            || !(IsAuxiliary(verb) || StatementLexicon.CueLookup.ContainsKey(verb) || tokens.Tags[t + 2] is PartOfSpeech.VERB or PartOfSpeech.AUX))
        {
            return s;
        }
        return SpokenByTheWordsAt(document, s, new TextSpan(span.Start, tokens.Ends[t + 1]));
    }

    // "these budget | airlines promote", "the ferry | terminal read": an unnamed source the tagger took as its head noun
    // alone opens with the lower-case words before it, up to and with its determiner (at most three, within the clause).
    private static Statement SourceWithItsModifiers(Document document, Statement s)
    {
        if (s.Speaker is not { Span: { } source, Entity: < 0 } speaker || source.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(source.Start);
        if (t < 1 || t >= tokens.Count || tokens.Starts[t] != source.Start || tokens.Ends[t] != source.End || !char.IsLower(document.Text[source.Start])
            || tokens.Kinds[t] != TokenKind.Word || StatementLexicon.SubjectPronouns.Contains(Word(document, t)) || StatementLexicon.LeftStops.Contains(Word(document, t)))
        {
            return s;
        }
        int sentenceStart = SentenceStartAt(document, source.Start);
        int first = t;
        for (int k = t - 1; k >= 0 && t - k <= 4 && tokens.Starts[k] >= sentenceStart; k--)
        {
            var w = Word(document, k);
            // "The port's safety board": a lower-case owner's possessive is one of the modifiers.
            if (w is "'s" or "’s" && k - 1 >= 0 && k < t - 1 && tokens.Kinds[k - 1] == TokenKind.Word && char.IsLower(document.Text[tokens.Starts[k - 1]])
                && tokens.Ends[k - 1] == tokens.Starts[k])
            {
                first = --k;
                continue;
            }
            if (tokens.Kinds[k] != TokenKind.Word)
            {
                break;
            }
            if (s.Cue.Contains(tokens.Starts[k]) || s.Content.Contains(tokens.Starts[k]))
            {
                break;
            }
            if (StatementLexicon.Determiners.Contains(w) || w is "The" or "These" or "Those" or "This" or "That" or "A" or "An" or "Its" or "Their")
            {
                // "a rise officials attributed": a singular article before a plural head opens another phrase.
                var head = Word(document, t);
                if (w is "a" or "an" or "A" or "An" or "this" or "This" or "that" or "That" && head.Length > 3 && head[^1] == 's' && head[^2] != 's')
                {
                    return s;
                }
                first = k;
                break;
            }
            if (!char.IsLower(w[0]) || StatementLexicon.LeftStops.Contains(w) || IsAuxiliary(w) || StatementLexicon.SubjectPronouns.Contains(w)
                || StatementLexicon.CueLookup.ContainsKey(w) || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }
            first = k;
        }
        if (first == t)
        {
            return s;
        }
        // A speaker named by its head noun alone is named by the whole phrase, without its determiner ("port's safety board").
        int named = first < t && (StatementLexicon.Determiners.Contains(Word(document, first)) || char.IsUpper(document.Text[tokens.Starts[first]])) ? first + 1 : first;
        string name = speaker.Name == Word(document, t).ToString() && named < t ? document.Text[tokens.Starts[named]..source.End] : speaker.Name;
        return s with { Speaker = speaker with { Span = new TextSpan(tokens.Starts[first], source.End), Name = name } };
    }

    // "the White House spokesman, Josh Earnest, said", "Dow's chief executive, Andrew Liveris, said": a name set off by
    // commas after the description it stands in apposition to is spoken for with that description; PolNeAR's source holds
    // both (whole train: 55 such sources against 1 with the name alone). The description opens on an article or a name's
    // possessive right after punctuation or the sentence's start, and runs without punctuation to the comma. Only the span
    // grows: the speaker keeps the name.
    private static Statement SourceWithItsDescription(Document document, Statement s)
    {
        if (s.Speaker is not { Span: { } source } speaker || source.IsEmpty || s.Cue.IsEmpty || s.Cue.Start < source.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(source.Start);
        int end = tokens.IndexAtOrAfter(source.End);
        if (t < 3 || end >= tokens.Count || tokens.Starts[t] != source.Start || Word(document, t - 1) is not "," || Word(document, end) is not ",")
        {
            return s;
        }
        for (int k = t; k < end; k++)
        {
            if (tokens.Kinds[k] != TokenKind.Word ? !(Word(document, k) is "." && k > t) : !char.IsUpper(document.Text[tokens.Starts[k]]))
            {
                return s;
            }
        }
        int sentenceStart = SentenceStartAt(document, source.Start);
        for (int k = t - 2; k >= 0 && t - k <= 12 && tokens.Starts[k] >= sentenceStart; k--)
        {
            var w = Word(document, k);
            bool opens = w is "the" or "The" or "a" or "A" or "an" or "An"
                || k + 1 < t - 1 && (Word(document, k + 1) is "'s" or "’s") && char.IsUpper(w[0]) && tokens.Kinds[k] == TokenKind.Word;
            if (opens && (k == 0 || tokens.Starts[k] == sentenceStart || tokens.Kinds[k - 1] != TokenKind.Word))
            {
                if (k > 0 && tokens.Starts[k] != sentenceStart && Word(document, k - 1) is not ("," or "\"" or "''" or "“" or "”" or "—" or "-" or "--"))
                {
                    return s;
                }
                // "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": a description that is
                // itself set after a name describes that name; the name after it is another apposition.
                if (k > 1 && Word(document, k - 1) is "," && tokens.Kinds[k - 2] == TokenKind.Word && char.IsUpper(document.Text[tokens.Starts[k - 2]]))
                {
                    return s;
                }
                if (s.Content.Overlaps(new TextSpan(tokens.Starts[k], source.Start)))
                {
                    return s;
                }
                return s with { Speaker = speaker with { Span = new TextSpan(tokens.Starts[k], source.End) } };
            }
            if (tokens.Kinds[k] != TokenKind.Word && !(w is "'s" or "’s" or "." or "-") || w is "who" or "whose" or "which" or "that")
            {
                return s;
            }
        }
        return s;
    }

    // "The mayor called the plan "a disgrace" and demanded that the council vote again": a speakerless cue right after
    // "and" that closes another speaker's content, in one sentence, is that speaker's second verb; the "and" leaves the
    // first content.
    private static void SubjectSharedOverAnd(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s.Speaker is not null || s.Cue.IsEmpty)
            {
                continue;
            }
            int cue = tokens.IndexAtOrAfter(s.Cue.Start);
            if (cue < 1 || cue >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || Word(document, cue - 1) is not "and")
            {
                continue;
            }
            int and = tokens.Starts[cue - 1];
            for (int j = 0; j < statements.Count; j++)
            {
                var o = statements[j];
                if (j == i || o.Speaker is null || o.Cue.IsEmpty || o.Cue.End > and
                    || SentenceStartAt(document, o.Cue.Start) != SentenceStartAt(document, s.Cue.Start))
                {
                    continue;
                }
                if (o.Content.End != tokens.Ends[cue - 1])
                {
                    // "… confirmed on Friday a second case, at a farm near Marn, and ordered …": the first content stopped
                    // before an aside set off by commas, and the tagger ran the second cue's content back over its cue into
                    // the aside; the second verb shares the subject, and its speech starts after it.
                    if (AfterAnAside(document, o, s, cue, statements))
                    {
                        statements[i] = ContentFrom(document, s with { Speaker = o.Speaker }, tokens.IndexAtOrAfter(s.Cue.End));
                        break;
                    }
                    continue;
                }
                int end = and;
                while (end > o.Content.Start && char.IsWhiteSpace(document.Text[end - 1]))
                {
                    end--;
                }
                statements[j] = o with { Content = new TextSpan(o.Content.Start, end) };
                statements[i] = s with { Speaker = o.Speaker };
                break;
            }
        }
    }

    // The words between the first content and ", and" are one aside after a comma: no verb, no quotation, no other cue.
    private static bool AfterAnAside(Document document, Statement o, Statement s, int cue, List<Statement> statements)
    {
        var tokens = document.Tokens;
        int comma = cue - 2;
        if (comma < 1 || Word(document, comma) is not "," || s.Content.Start >= s.Cue.Start || s.Content.End <= s.Cue.End
            || o.Content.IsEmpty || o.Content.Start < o.Cue.End || o.Quote is not null || s.Quote is not null)
        {
            return false;
        }
        int open = tokens.IndexAtOrAfter(o.Content.End);
        if (open >= comma || Word(document, open) is not "," || tokens.Starts[comma] <= o.Content.End)
        {
            return false;
        }
        for (int t = open + 1; t < comma; t++)
        {
            if (tokens.Kinds[t] is not (TokenKind.Word or TokenKind.Number) || tokens.Tags[t] is PartOfSpeech.VERB or PartOfSpeech.AUX)
            {
                return false;
            }
        }
        foreach (var other in statements)
        {
            if (!other.Cue.IsEmpty && other.Cue.Start > o.Content.End && other.Cue.End <= tokens.Starts[comma])
            {
                return false;
            }
        }
        return true;
    }

    // "A lawyer for two of the men said": a source that is a share of a group after "for" or "to" is the group the
    // speaker acts for; the speaker is the noun before it, with its article ("lawyer for two of the men").
    private static Statement ForAShareOfAGroup(Document document, Statement s)
    {
        if (s.Speaker is not { Span: { } source, Entity: < 0 } speaker || source.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(source.Start);
        if (t < 2 || t + 1 >= tokens.Count || tokens.Starts[t] != source.Start || Word(document, t + 1) is not "of"
            || tokens.Kinds[t] != TokenKind.Number && !NumberWords.Cardinals.ContainsKey(Word(document, t))
            || Word(document, t - 1) is not ("for" or "to"))
        {
            return s;
        }
        int noun = t - 2;
        var head = Word(document, noun);
        if (head.Length < 3 || !char.IsLower(head[0]) || StatementLexicon.SubjectPronouns.Contains(head) || IsAuxiliary(head)
            || StatementLexicon.CueLookup.ContainsKey(head) || s.Content.Contains(tokens.Starts[noun]) || noun < 1
            || Word(document, noun - 1) is not ("A" or "An" or "The" or "a" or "an" or "the"))
        {
            return s;
        }
        return s with
        {
            Speaker = speaker with { Name = document.Text[tokens.Starts[noun]..source.End], Span = new TextSpan(tokens.Starts[noun - 1], source.End) },
        };
    }

    // "Opposition rejects election result, alleges fraud": a headline's second verb of speech after a comma, left at the
    // end of the first content, is no part of it.
    private static Statement BeforeACoordinatedCue(Document document, Statement s)
    {
        if (s.Content.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Content.End) - 1;
        if (last < 2 || tokens.Ends[last] != s.Content.End || Word(document, last - 1) is not "," || tokens.Starts[last - 1] <= s.Content.Start
            || !char.IsLower(document.Text[tokens.Starts[last]]) || !StatementLexicon.CueLookup.ContainsKey(Word(document, last)))
        {
            return s;
        }
        return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[last - 2]) };
    }

    // "The firm denied the claims and will appeal", "her client denied any wrongdoing and would cooperate": a content that
    // is the cue's object, a phrase with no verb, ends before "and" and a modal; what follows is the subject's next deed.
    private static Statement ObjectBeforeACoordinatedModal(Document document, Statement s)
    {
        if (s.Content.IsEmpty || s.Cue.IsEmpty || s.Content.Start < s.Cue.End || s.Quote is not null)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        // The object opens on its determiner: a bare plural may be a clause's subject whose verb the tagger read as a noun
        // ("prices rose and would rise again").
        if (first >= tokens.Count || Word(document, first) is not ("the" or "a" or "an" or "any" or "all" or "some" or "no" or "its"
            or "his" or "her" or "their" or "these" or "those" or "this"))
        {
            return s;
        }
        for (int t = first; t + 1 < tokens.Count && tokens.Ends[t + 1] <= s.Content.End && t - first < 12; t++)
        {
            var tag = tokens.Tags[t];
            if (tag is PartOfSpeech.VERB or PartOfSpeech.AUX || tokens.Kinds[t] != TokenKind.Word && Word(document, t) is not ("-" or "'s" or "’s"))
            {
                return s; // a clause, or punctuation the phrase may not cross
            }
            if (t > first && Word(document, t) is "and" && Word(document, t + 1) is "will" or "would" or "can" or "could" or "may" or "might"
                or "shall" or "should" or "must")
            {
                return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[t - 1]) };
            }
        }
        return s;
    }

    // "Unions in Valdora have threatened …", "Local farmers in Brittany warned …": a place after "in" and a plural before it
    // is where the speakers are; the speakers are the group (the tagger can take the place alone as the source).
    private static Statement GroupInAPlace(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker is not { Span: { } span } speaker || span.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(span.Start);
        if (t < 2 || tokens.Starts[t] != span.Start || Word(document, t - 1) is not "in" || !char.IsUpper(document.Text[span.Start]))
        {
            return s;
        }
        int sentenceStart = SentenceStartAt(document, span.Start);
        int noun = t - 2;
        var head = Word(document, noun);
        if (tokens.Starts[noun] < sentenceStart || tokens.Kinds[noun] != TokenKind.Word || head.Length < 4 || (head[^1] != 's' || head[^2] is '\'' or '\u2019' or 's') && !IsPluralWithoutS(head)
            || !(char.IsLower(head[0]) || tokens.Starts[noun] == sentenceStart) || IsAuxiliary(head) || StatementLexicon.CueLookup.ContainsKey(head))
        {
            return s;
        }
        // Its modifiers before it ("Opposition parties", "The local unions"), as far as the sentence's start or a word that
        // opens a clause.
        int first = noun;
        while (first - 1 >= 0 && noun - first < 3 && tokens.Starts[first - 1] >= sentenceStart && tokens.Kinds[first - 1] == TokenKind.Word
            && (tokens.Starts[first - 1] == sentenceStart || char.IsLower(document.Text[tokens.Starts[first - 1]]))
            && Word(document, first - 1) is not ("that" or "and" or "but" or "or" or "as" or "while" or "when" or "after" or "because" or "if"
                or "of" or "to" or "with" or "by" or "for" or "on" or "at" or "from" or "where" or "which" or "who" or "than")
            && !IsAuxiliary(Word(document, first - 1)) && !StatementLexicon.CueLookup.ContainsKey(Word(document, first - 1)))
        {
            first--;
        }
        var group = new TextSpan(tokens.Starts[first], span.End);
        return SpokenByTheWordsAt(document, s, group);
    }

    // "State media in Varnel reported", "police in Ostra said": plural groups without the plural's "s".
    private static bool IsPluralWithoutS(ReadOnlySpan<char> w) => w is "media" or "police" or "people" or "Media" or "Police" or "People";

    // The start of the sentence holding the offset (0 before the first sentence).
    private static int SentenceStartAt(Document document, int offset) =>
        document.SentencePositionAt(offset) is int sentence and >= 0 ? document.Sentences[sentence].Span.Start : 0;

    // The end of the sentence holding the offset (the text's end after the last sentence).
    private static int SentenceEndAt(Document document, int offset) =>
        document.SentencePositionAt(offset) is int sentence and >= 0 ? document.Sentences[sentence].Span.End : document.Text.Length;

    // The statement's speaker becomes the unnamed words at the span, no entity and no role.
    private static Statement SpokenByTheWordsAt(Document document, Statement s, TextSpan span) =>
        s with { Speaker = s.Speaker! with { Span = span, Name = document.Text[span.Start..span.End], Entity = -1, Role = null } };

    // "Valdora protest: unions threaten general strike": in a headline a topic before a colon is no speaker; the words
    // after the colon and right before the cue are.
    private static Statement AfterAHeadlinesTopic(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker is not { Span: { } span } speaker || span.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int colon = -1;
        for (int k = tokens.IndexAtOrAfter(span.End); k < cue; k++)
        {
            if (Word(document, k) is ":")
            {
                colon = k;
            }
        }
        if (colon < 0 || cue - colon - 1 is < 1 or > 3)
        {
            return s;
        }
        for (int k = colon + 1; k < cue; k++)
        {
            if (tokens.Kinds[k] != TokenKind.Word || IsAuxiliary(Word(document, k)))
            {
                return s;
            }
        }
        var subject = new TextSpan(tokens.Starts[colon + 1], tokens.Ends[cue - 1]);
        return SpokenByTheWordsAt(document, s, subject);
    }

    internal static bool IsSeparator(char c) => c is '-' or '—' or '–' or ':';

    // "reject €80m bid": a currency sign before the content's number is part of it; 'said only: "I am happy here."': an
    // adverb before a colon says how it was said, and the content is what follows the colon.
    private static Statement ContentEdges(Document document, Statement s)
    {
        if (s.Content.IsEmpty)
        {
            return s;
        }
        string text = document.Text;
        if (s.Content.Start > 0 && text[s.Content.Start - 1] is '€' or '$' or '£' or '¥' && char.IsDigit(text[s.Content.Start]))
        {
            return s with { Content = new TextSpan(s.Content.Start - 1, s.Content.End) };
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        // "Meanwhile the number … has risen to eleven, an official told Reuters": the reporter's link to the story before,
        // outside any quotation, is not what the source said.
        if (first + 2 < tokens.Count && s.Cue.Start >= s.Content.End && s.Content.Start == document.Sentences[document.SentencePositionAt(s.Content.Start)].Span.Start
            && IsNarrativeLink(Word(document, first)) && !InQuotation(document, tokens.Starts[first]))
        {
            return ContentFrom(document, s, Word(document, first + 1) is "," ? first + 2 : first + 1);
        }
        return first + 2 < tokens.Count && Word(document, first + 1) is ":"
            && Word(document, first) is "only" or "simply" or "just" or "merely" or "briefly" or "later" or "bluntly" or "curtly"
            ? ContentFrom(document, s, first + 2)
            : s;
    }

    private static bool IsNarrativeLink(ReadOnlySpan<char> w) =>
        w is "Meanwhile" or "Separately" or "Elsewhere" or "Moreover" or "Furthermore" or "Additionally" or "Also";

    private static bool InQuotation(Document document, int position)
    {
        string text = document.Text;
        int quotes = 0;
        for (int i = document.Sentences[document.SentencePositionAt(position)].Span.Start; i < position; i++)
        {
            quotes += text[i] is '"' or '\u201c' or '\u201d' ? 1 : 0;
        }
        return quotes % 2 == 1 || position > 0 && text[position - 1] is '"' or '\u201c';
    }

    // "…, which experts say could take until October": a content that opens on its own relative word, source and cue holds
    // only what follows the cue.
    private static Statement WithoutItsOwnCue(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source || source.Start < s.Content.Start
            || s.Cue.End >= s.Content.End || source.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int sourceFirst = tokens.IndexAtOrAfter(source.Start);
        if (sourceFirst - first > 1 || sourceFirst - first == 1 && !(Word(document, first) is "which" or "who" or "that" or "as"))
        {
            return s;
        }
        // Only where the relative word is the subject of a verb after the cue ("which experts say | could take"); one the
        // cue governs ("who he is supporting in the primary") is itself what is said, as PolNeAR marks it.
        int after = tokens.IndexAtOrAfter(s.Cue.End);
        return after < tokens.Count && OpensAVerb(Word(document, after)) ? ContentFrom(document, s, after) : s;
    }

    // "upheld a fine against X for fixing prices, rejecting the company's argument that …": a content the tagger ran over
    // its own participle cue holds what the participle governs.
    private static Statement AfterItsParticiple(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Cue.Start <= s.Content.Start || s.Cue.End >= s.Content.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        return cue >= 1 && Word(document, cue - 1) is "," && Word(document, cue).EndsWith("ing")
            ? ContentFrom(document, s, tokens.IndexAtOrAfter(s.Cue.End))
            : s;
    }

    // 'Osei added: "We will appeal."', 'the coach said of the referee, "He lost control."': a content that holds its cue, or
    // the words between the cue and a comma or colon, before a quotation that runs to the content's end is that quotation.
    // Not where a quotation stands before the cue (the joined form of '"A," X said, "B"'), nor where the content opens on
    // a clause before the speaker ("Whether the vote is lost, Osei added, 'it …'" is one content, the cue an aside).
    private static Statement QuotationAfterItsCue(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is null || s.Content.IsEmpty || s.Cue.End >= s.Content.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        string text = document.Text;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int open = -1;
        for (int t = first; t < tokens.Count && tokens.Starts[t] < s.Content.End; t++)
        {
            if (IsQuoteToken(text, tokens, t))
            {
                if (t == first || tokens.Starts[t] < s.Cue.End)
                {
                    return s;
                }
                open = t;
                break;
            }
        }
        if (open < 0 || !(Word(document, open - 1) is "," or ":") || text.AsSpan(tokens.Ends[open - 1], tokens.Starts[open] - tokens.Ends[open - 1]).Contains('\n'))
        {
            return s;
        }
        int inner = open + (text[tokens.Starts[open]] == '\'' && open + 1 < tokens.Count && Word(document, open + 1) is "'" ? 2 : 1);
        // The quotation runs to the content's end: no closing mark before its last tokens.
        int lastWord = tokens.IndexAtOrAfter(s.Content.End) - 1;
        while (lastWord > inner && tokens.Kinds[lastWord] is TokenKind.Punctuation)
        {
            lastWord--;
        }
        for (int t = inner; t < lastWord; t++)
        {
            if (IsQuoteToken(text, tokens, t))
            {
                return s;
            }
        }
        int cueFirst = tokens.IndexAtOrAfter(s.Cue.Start);
        int cueEnd = tokens.IndexAtOrAfter(s.Cue.End);
        if (s.Content.Start < s.Cue.Start)
        {
            // Run back over the cue: only over the speaker (or a subject right before a speakerless cue), or to a colon.
            bool overSpeaker = s.Speaker?.Span is { } source ? source.Start <= s.Content.Start && source.End <= s.Cue.Start
                : cueFirst - first <= 2;
            if (!overSpeaker && Word(document, open - 1) is not ":")
            {
                return s;
            }
        }
        else if (open - 1 > cueEnd && (open - 1 - cueEnd > 5 || !(Word(document, cueEnd) is "of" or "about" or "on" or "to" or "in")))
        {
            // Only a short aside on whom or what was spoken ("said of the referee,"); "Politico reveals a few facts: …" and
            // "said he responded: …" speak the words before the colon too.
            return s;
        }
        for (int t = Math.Max(first, cueEnd); t < open - 1; t++)
        {
            if (tokens.Kinds[t] is TokenKind.Punctuation && !(Word(document, t) is "-" or "'"))
            {
                return s; // "agencies, as well, “including …": a clause of its own between the cue and the quotation
            }
        }
        // What is left is the quotation alone, so the speech is direct.
        return s with { Content = new TextSpan(tokens.Starts[open], s.Content.End), Kind = StatementKind.Direct };
    }

    // 'called the levy "a disgrace," and promised to repeal it', 'rated him "well qualified," which is its top grade': a
    // quotation closed by a comma inside a content after its cue ends the speech where the writer's own clause follows.
    // Only where nothing more is quoted after it ('said it was "dead," and that "…"' goes on).
    private static Statement AtAQuotationsClosingComma(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.IsEmpty || s.Content.Start < s.Cue.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        string text = document.Text;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int end = tokens.IndexAtOrAfter(s.Content.End);
        int open = first >= 1 && IsQuoteToken(text, tokens, first - 1) ? first - 1 : -1;
        int t = first;
        if (open < 0)
        {
            for (; t < end && !IsQuoteToken(text, tokens, t); t++)
            {
            }
            if (t >= end)
            {
                return s;
            }
            open = t++;
        }
        while (t < end && IsQuoteToken(text, tokens, t))
        {
            t++; // the second mark of ''
        }
        for (; t < end && !IsQuoteToken(text, tokens, t); t++)
        {
        }
        if (t >= end)
        {
            return s;
        }
        int close = t;
        while (close + 1 < end && IsQuoteToken(text, tokens, close + 1))
        {
            close++;
        }
        int next = close + 1;
        bool comma = Word(document, close - 1) is "," || next < end && Word(document, next) is ",";
        if (next < end && Word(document, next) is ",")
        {
            next++;
        }
        if (!comma || next >= end || !OpensTheWritersClause(document, next, end))
        {
            return s;
        }
        for (int k = next; k < end; k++)
        {
            if (IsQuoteToken(text, tokens, k))
            {
                return s;
            }
        }
        return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[close]) };
    }

    // ", and promised …", ", which is …", ", in which …", ", while …": after a quotation closed by a comma, a coordinated
    // or relative clause the writer adds. Not ", but is …" or ", where …", which go on with the speaker's own words as often.
    private static bool OpensTheWritersClause(Document document, int t, int end)
    {
        var w = Word(document, t);
        return w is "and" or "which" or "while" or "whereas"
            || t + 1 < end && Word(document, t + 1) is "which" && w is "in" or "of" or "for" or "to" or "by" or "with" or "under"
            || NamesTheQuotation(document, t, end);
    }

    // ', "stolen", a phrase widely read as a threat': a noun phrase opened by "a / an" that names the quoted words as words
    // ("a phrase", "a remark", "a term" …) is the writer's description of them, not more of the speech. Other nouns there
    // (', "confidential," a lower level of sensitivity', ', "help get eyes up," a reference to …') PolNeAR keeps in the
    // content more often than not (whole train: 2 of 3).
    private static bool NamesTheQuotation(Document document, int t, int end)
    {
        if (Word(document, t) is not ("a" or "an"))
        {
            return false;
        }
        for (int k = t + 1; k < end && k <= t + 3; k++)
        {
            if (document.Tokens.Kinds[k] != TokenKind.Word || !char.IsLower(document.Text[document.Tokens.Starts[k]]))
            {
                return false;
            }
            if (IsANameForWords(Word(document, k)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsANameForWords(ReadOnlySpan<char> w) =>
        w is "phrase" or "word" or "term" or "remark" or "comment" or "line" or "slogan" or "expression" or "euphemism" or "label"
            or "nickname" or "catchphrase" or "quip" or "jibe" or "jab" or "refrain";

    // '"…," Brandt said, a phrase widely read as a threat': a cue inside the writer's noun phrase naming the words just
    // quoted or reported, with nobody before it, is how the words were taken, not a statement of its own.
    private static bool InTheWritersNameForTheWords(Document document, Statement s)
    {
        if (s.Speaker is not null || s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(s.Cue.Start) - 1;
        while (k > 0 && char.IsLower(document.Text[tokens.Starts[k]]) && Word(document, k).EndsWith("ly", StringComparison.Ordinal))
        {
            k--;
        }
        if (k < 2 || !IsANameForWords(Word(document, k)))
        {
            return false;
        }
        for (int a = k - 1; a >= 1 && a >= k - 3; a--)
        {
            if (Word(document, a) is "a" or "an")
            {
                return Word(document, a - 1) is ",";
            }
            if (tokens.Kinds[a] != TokenKind.Word || !char.IsLower(document.Text[tokens.Starts[a]]))
            {
                return false;
            }
        }
        return false;
    }

    // "(She said she would retire.)": a content closes the parenthesis it opened and no other.
    private static Statement BalancedParentheses(Document document, Statement s)
    {
        if (s.Content.IsEmpty)
        {
            return s;
        }
        string text = document.Text;
        var content = text.AsSpan(s.Content.Start, s.Content.Length);
        int opened = content.Count('('), closed = content.Count(')');
        int end = s.Content.End;
        if (closed > opened)
        {
            while (end > s.Content.Start && (text[end - 1] is ')' || char.IsWhiteSpace(text[end - 1])) && closed > opened)
            {
                if (text[end - 1] == ')')
                {
                    closed--;
                }
                end--;
            }
        }
        else if (opened > closed && end < text.Length && text[end] == ')')
        {
            end++;
        }
        return end == s.Content.End || end <= s.Content.Start ? s : s with { Content = new TextSpan(s.Content.Start, end) };
    }

    private static bool IsQuoteToken(string text, TokenLayer tokens, int t) =>
        tokens.Ends[t] - tokens.Starts[t] == 1 && text[tokens.Starts[t]] is '"' or '\u201c' or '\u201d' or '\'';

    // "…, and late on Friday the union agreed to suspend the strike": a content the tagger ran back over its own cue (and
    // the source right before it) to some earlier point of the sentence holds what the cue governs, when a word follows
    // the cue. Not where the cue is set off as an aside ("The delay, she said, was avoidable" is one content in PolNeAR),
    // follows a relative word ("which he called …") or a clause it reports ("that … , officials disagree on"), nor for
    // passive and raising cues ("is expected to", "seemed to"), whose subject PolNeAR keeps in the content.
    private static Statement AfterItsOwnCue(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.Start >= s.Cue.Start || s.Cue.End >= s.Content.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        string text = document.Text;
        int c0 = tokens.IndexAtOrAfter(s.Cue.Start);
        int after = tokens.IndexAtOrAfter(s.Cue.End);
        // "when superdelegates declaring support for her pushed her total …": a participle cue lies inside a clause whose
        // own verb follows, so what follows the cue is not all its speech; "His answer might | infuriate …": a cue that
        // ends on an auxiliary has not reached its verb.
        if (after >= tokens.Count || tokens.Starts[after] >= s.Content.End || !char.IsLetterOrDigit(text[tokens.Starts[after]])
            || c0 >= 1 && IsBeForm(Word(document, c0 - 1)) || Word(document, after - 1).EndsWith("ing") || IsAuxiliary(Word(document, after - 1)))
        {
            return s;
        }
        for (int t = c0; t < after; t++)
        {
            var w = Word(document, t);
            if (IsBeForm(w) || w.StartsWith("seem") || w.StartsWith("appear") || w is "reportedly" || MovesAFeeling(w))
            {
                return s;
            }
        }
        // "The standards outline which skills … and aim to …": a speakerless cue joined to a verb before it shares that
        // verb's subject, and what the tagger ran back over is the other verb's speech.
        if (s.Speaker?.Span is null && c0 >= 1 && Word(document, c0 - 1) is "and")
        {
            return s;
        }
        int headEnd = c0;
        if (s.Speaker?.Span is { } source && source.Start >= s.Content.Start && source.End <= s.Cue.Start
            && text.AsSpan(source.End, s.Cue.Start - source.End).IsWhiteSpace())
        {
            headEnd = tokens.IndexAtOrAfter(source.Start);
        }
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        if (OpensOnItsOwnSpeaker(document, s))
        {
            // "The race's organiser, Calder Sports Group, said in a statement that it was shocked", read whole after a
            // sentence of someone else's speech: a content that opens on its own speaker holds what follows the cue, past
            // the cue's medium and time ("in a statement on Sunday that").
            if (Word(document, after) is "in" or "on" or "at" or "to" or "during" or "after" or "late" or "earlier")
            {
                for (int k = after + 1; k < tokens.Count && k < after + 10 && tokens.Starts[k] < s.Content.End; k++)
                {
                    var w = Word(document, k);
                    if (w is "that")
                    {
                        return ContentFrom(document, s, k + 1);
                    }
                    if (w is "," or ":" or ";" or "\"" or "\u201c" || OpensAVerb(w))
                    {
                        break;
                    }
                }
            }
            return ContentFrom(document, s, after);
        }
        if (headEnd <= first)
        {
            return s;
        }
        for (int t = first; t < headEnd; t++)
        {
            if (text[tokens.Starts[t]] is '"' or '\u201c' or '\u201d' or '\u2018' or '\u2019' or '\'')
            {
                return s; // a quotation before the cue: the joined form of '"A," X said, "B"'
            }
        }
        var last = Word(document, headEnd - 1);
        var opening = Word(document, first);
        // A quotation after the cue: only a circumstance before the speaker is cut (the quotation stays in the content).
        if (last is "," && document.SentencePositionAt(s.Content.Start) is var sentence and >= 0
            && OpensOnACircumstance(document, document.Sentences[sentence].FirstToken, headEnd - 1))
        {
            return ContentFrom(document, s, after);
        }
        // "death toll rises to seven as dam operator denies early release": an "as" with no comma before it joins a clause
        // of its own, whose speech is what follows its cue ("…, as the bank predicted" is the aside that keeps the content).
        bool joinedClause = last is "as" && headEnd - 2 >= first && Word(document, headEnd - 2) is not ",";
        if (s.Quote is not null || last is "," or "which" or "who" or "whom" or "that" or "what" || last is "as" && !joinedClause
            || opening is "that" or "which" or "what" or "whether" or "how" or "if")
        {
            return s;
        }
        return ContentFrom(document, s, after);
    }

    /// <summary>The content opens on the statement's own source, alone or after the role apposed to it ("The race's
    /// organiser, Calder Sports Group,"), and only a comma or space lies between the source and the cue.</summary>
    private static bool OpensOnItsOwnSpeaker(Document document, Statement s)
    {
        if (s.Quote is not null || s.Speaker?.Span is not { } own || own.Start < s.Content.Start || own.End > s.Cue.Start)
        {
            return false;
        }
        string text = document.Text;
        var between = text.AsSpan(own.End, s.Cue.Start - own.End).Trim();
        if (!(between.IsEmpty || between is ","))
        {
            return false;
        }
        if (own.Start == s.Content.Start)
        {
            return true;
        }
        // only the apposed role before the name: "The race's organiser, " ends on the role the speaker carries
        var before = text.AsSpan(s.Content.Start, own.Start - s.Content.Start).TrimEnd();
        return s.Speaker.Role is { Length: > 0 } role && before.EndsWith(",") && before[..^1].TrimEnd().EndsWith(role, StringComparison.Ordinal)
            && before.Length - 1 - role.Length <= 4;
    }

    // "Emerging from a meeting with the president, Sanders said the session …": a clause that opens the sentence with a
    // participle or a preposition of time or place, and ends at the one comma before the speaker, says when and where the
    // words were said, not what (wherever in it the tagger began the content); PolNeAR's content starts after the cue. A clause of the speech ("If elected, he said he
    // would …", "The delay, she said, was avoidable") opens otherwise or is an aside.
    private static bool OpensOnACircumstance(Document document, int first, int comma)
    {
        var w = Word(document, first);
        if (!(w.Length > 4 && char.IsUpper(w[0]) && w.EndsWith("ing") || w is "Asked" or "Pressed" or "In" or "At" or "During" or "After"
            or "Following" or "Before"))
        {
            return false;
        }
        for (int t = first + 1; t < comma; t++)
        {
            if (Word(document, t) is "," or ";" or ":" or "." or "\"" or "\u201c" or "\u201d")
            {
                return false;
            }
        }
        return true;
    }

    // "Her position has angered some Democrats", "The bill has drawn criticism from …": the subject of a verb of feeling
    // (or of drawing criticism) is what is judged, its object the one who judges it.
    private static bool MovesAFeeling(ReadOnlySpan<char> w) =>
        w is "drew" or "drawn" or "draws" or "draw" or "angered" or "angers" or "alarmed" or "alarms" or "worried" or "worries"
            or "frustrated" or "frustrates" or "upset" or "upsets" or "pleased" or "pleases" or "surprised" or "surprises" or "troubled" or "troubles" or "disappointed"
            or "disappoints" or "irritated" or "irritates" or "infuriated" or "infuriates" or "outraged" or "outrages"
            or "delighted" or "delights" or "concerned" or "concerns" or "encouraged" or "encourages" or "dismayed" or "dismays";

    private static bool IsBeForm(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "'s" or "\u2019s";

    // '…, he suggested, "Trump's actions …"': the comma (or stop, colon) that closes the words before a content is none of
    // it; the content opens at the quotation or word after it. After AfterARelativeSpeaker, which reads ", which warned".
    private static Statement AfterLeadingPunctuation(Document document, Statement s)
    {
        string text = document.Text;
        if (s.Content.IsEmpty || text[s.Content.Start] is not (',' or '.' or ';' or ':'))
        {
            return s;
        }
        int start = s.Content.Start;
        while (start < s.Content.End && (text[start] is ',' or '.' or ';' or ':' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }
        return start < s.Content.End ? s with { Content = new TextSpan(start, s.Content.End) } : s;
    }

    // "A new campaign manager, he said, could set a new tone": a speaker and cue set off between commas inside the sentence
    // they report interrupt one content, which opens with the sentence ("In any case, she said, the plan …"), not after the
    // aside; the words before it are the subject or circumstance of what is said. Not where a quotation opens after the
    // aside ("On the subject of trade, she added, "…"": the quotation is the speech, what comes before it says when or
    // where), nor where a quotation, semicolon or colon stands before the aside, nor past a dozen words before it. PolNeAR
    // keeps the opening words in 176 of 193 such attributions on train (up to eight words before the aside).
    private static Statement AroundItsAside(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Speaker?.Span is not { } source || source.End > s.Cue.Start || s.Content.Start < s.Cue.End
            || !document.Text.AsSpan(source.End, s.Cue.Start - source.End).IsWhiteSpace())
        {
            return s;
        }
        var tokens = document.Tokens;
        int after = tokens.IndexAtOrAfter(s.Cue.End);
        int first = tokens.IndexAtOrAfter(source.Start);
        if (after + 1 >= tokens.Count || Word(document, after) is not "," || tokens.Starts[after + 1] != s.Content.Start
            || IsQuoteToken(document.Text, tokens, after + 1) || first < 2 || Word(document, first - 1) is not ","
            || document.SentencePositionAt(source.Start) is not (var sentence and >= 0))
        {
            return s;
        }
        int open = document.Sentences[sentence].FirstToken;
        if (first - 1 - open is < 1 or > 12)
        {
            return s;
        }
        for (int t = open; t < first - 1; t++)
        {
            if (Word(document, t) is "\"" or "\u201c" or "\u201d" or "'" or "\u2018" or "\u2019" or "''" or ";" or ":")
            {
                return s;
            }
        }
        return s with { Content = new TextSpan(tokens.Starts[open], s.Content.End) };
    }

    // "according to the weather bureau, which warned of "catastrophic" fire danger": a content that opens with the comma
    // and the relative pronoun that speaks, and holds the cue right after it, starts after the cue.
    private static Statement AfterARelativeSpeaker(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Content.Start > s.Cue.Start || s.Cue.End >= s.Content.End)
        {
            return s;
        }
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        if (first + 2 >= tokens.Count || Word(document, first) is not "," || !(Word(document, first + 1) is "which" or "who")
            || tokens.IndexAtOrAfter(s.Cue.Start) != first + 2)
        {
            return s;
        }
        int after = tokens.IndexAtOrAfter(s.Cue.End);
        if (after < tokens.Count && Word(document, after) is "that")
        {
            after++;
        }
        return ContentFrom(document, s, after);
    }

    /// <summary><paramref name="s"/> with its content starting at token <paramref name="token"/>, when that token still lies
    /// inside the content; else <paramref name="s"/> as it is.</summary>
    private static Statement ContentFrom(Document document, Statement s, int token)
    {
        var tokens = document.Tokens;
        return token < tokens.Count && tokens.Starts[token] < s.Content.End ? s with { Content = new TextSpan(tokens.Starts[token], s.Content.End) } : s;
    }

    private static bool OpensAVerb(ReadOnlySpan<char> w) =>
        w is "could" or "would" or "will" or "may" or "might" or "can" or "should" or "must" or "is" or "was" or "are" or "were"
            or "has" or "had" or "have" or "does" or "did"
        || w.Length > 3 && char.IsLower(w[0]) && (w[^1] == 's' || w.EndsWith("ed")) && !w.EndsWith("ss");

    // "Mwangi, who insists he is innocent, was not available": speech in a relative clause ends at the comma that closes
    // the clause, where the main clause's verb takes over.
    private static Statement WithinRelativeClause(Document document, Statement s)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End || s.Quote is not null)
        {
            return s;
        }
        int k = tokens.IndexAtOrAfter(s.Cue.Start) - 1;
        if (k < 1 || !(Word(document, k) is "who" or "which") || Word(document, k - 1) is not ",")
        {
            return s;
        }
        for (int t = tokens.IndexAtOrAfter(s.Content.Start); t + 1 < tokens.Count && tokens.Ends[t + 1] <= s.Content.End; t++)
        {
            if (Word(document, t) is "\"" or "\u201c" or "\u201d")
            {
                return s;
            }
            if (Word(document, t) is "," && char.IsLower(text[tokens.Starts[t + 1]])
                && !(Word(document, t + 1) is "and" or "but" or "or" or "which" or "who" or "that" or "as" or "while" or "because" or "although" or "though" or "if" or "when"))
            {
                return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[t - 1]) };
            }
        }
        return s;
    }

    // Where PolNeAR (and a reader) draws the edges between source, cue and content, for the few shapes the rules and the
    // tagger both leave at the wrong word.
    private static Statement Boundaries(Document document, Statement s) =>
        SourceWithArticle(document, SourceWithDescription(document, SourceWithItsNamedBody(document, CueWithAuxiliaries(document, SourceWithoutAuxiliaries(document, SubjectBeforeItsVerb(document,
            ColonContent(document, PrepositionInCue(document, ContentAfterDay(document, ContentAtQuestion(document, ContentAfterHearers(document, ContentAfterWarned(document, WithoutTrailingRelay(document,
            WithoutTrailingPost(document, WithoutSpeakersRole(document, WithPrepositionsObject(document, WithoutDanglingArticle(document, NeitherConfirmNorDeny(document, s))))))))))))))))));

    // "Environmental group Friends of the Coast, which brought the case, welcomed …": a source cut at the adjective before
    // a body's noun is the name after the noun, up to the comma or the cue, with the adjective and the noun its role.
    private static Statement SourceWithItsNamedBody(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || source.IsEmpty || s.Cue.IsEmpty || source.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(source.Start);
        int noun = first + 1;
        if (noun + 1 >= tokens.Count || tokens.Ends[first] != source.End || !char.IsUpper(document.Text[source.Start])
            || !Dossier.Language.Entities.EntityHeads.IsBodyNoun(Word(document, noun)) || !char.IsLower(Word(document, noun)[0])
            || !char.IsUpper(Word(document, noun + 1)[0]))
        {
            return s;
        }
        int end = noun + 1;
        while (end < tokens.Count && tokens.Starts[end] < s.Cue.Start && end - noun <= 6
            && (char.IsUpper(Word(document, end)[0]) || Word(document, end) is "of" or "the" or "for" or "and" or "da" or "de" or "do" or "dos" or "das" or "del" or "di" or "van" or "von" or "der" or "du"))
        {
            end++;
        }
        // the name ends on a capitalised word, right before a comma or the cue
        if (!char.IsUpper(Word(document, end - 1)[0]) || end >= tokens.Count
            || !(Word(document, end) is "," || tokens.Starts[end] == s.Cue.Start))
        {
            return s;
        }
        var name = new TextSpan(tokens.Starts[noun + 1], tokens.Ends[end - 1]);
        int entity = -1;
        foreach (var m in document.Mentions)
        {
            if (m.Span == name)
            {
                entity = m.Entity;
                break;
            }
        }
        return s with { Speaker = new Speaker(name.Slice(document.Text), entity, new TextSpan(source.Start, name.End), document.Text[source.Start..tokens.Ends[noun]]) };
    }

    // "The ministry would neither confirm nor deny the report": withholding both answers is a refusal, and what it is
    // about follows the second verb, not "nor deny".
    private static Statement NeitherConfirmNorDeny(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.IsEmpty || s.Quote is not null)
        {
            return s;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int k = tokens.IndexAtOrAfter(s.Content.Start);
        if (cue < 1 || Word(document, cue - 1) is not "neither" || k + 2 >= tokens.Count || tokens.Starts[k] != s.Content.Start
            || Word(document, k) is not "nor" || tokens.Ends[k + 1] >= s.Content.End)
        {
            return s;
        }
        return s with { Content = new TextSpan(tokens.Starts[k + 2], s.Content.End), Act = SpeechAct.Decline, Certainty = Certainty.Certain, CertaintyCues = [] };
    }

    // "The merger values the line at €2 billion, the | Financial Times reported": a content that ends on a comma and an
    // article took the first word of the trailing source; it ends before the comma.
    private static Statement WithoutDanglingArticle(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Content.IsEmpty)
        {
            return s;
        }
        int last = tokens.IndexAtOrAfter(s.Content.End) - 1;
        if (last < 2 || tokens.Ends[last] != s.Content.End || !(Word(document, last) is "the" or "a" or "an" or "The")
            || Word(document, last - 1) is not "," || tokens.Starts[last - 2] < s.Content.Start)
        {
            return s;
        }
        return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[last - 2]) };
    }

    // "ordered three diplomats to leave the country within | 72 hours": a content that ends on a preposition was cut before
    // its object (the tagger stops at a number more often than at a word); it runs on to the next punctuation of its sentence.
    private static Statement WithPrepositionsObject(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Content.IsEmpty || s.Quote is not null)
        {
            return s;
        }
        int last = tokens.IndexAtOrAfter(s.Content.End) - 1;
        int sentence = document.SentencePositionAt(s.Content.Start);
        if (last < 0 || tokens.Ends[last] != s.Content.End || sentence < 0 || !IsObjectPreposition(Word(document, last)))
        {
            return s;
        }
        int limit = document.Sentences[sentence].EndToken;
        int end = last + 1;
        while (end < limit && tokens.Kinds[end] is TokenKind.Word or TokenKind.Number && !s.Cue.Contains(tokens.Starts[end])
            && !(s.Speaker?.Span is { } source && source.Contains(tokens.Starts[end])))
        {
            end++;
        }
        return end == last + 1 ? s : s with { Content = new TextSpan(s.Content.Start, tokens.Ends[end - 1]) };
    }

    private static bool IsObjectPreposition(ReadOnlySpan<char> w) =>
        w is "within" or "in" or "of" or "to" or "for" or "at" or "on" or "by" or "with" or "from" or "than" or "into" or "over" or "under"
            or "about" or "after" or "before" or "until" or "since" or "during" or "between" or "among" or "near";

    // "All 12 were rescued, the resort's owner, Alpenwerk, said": the description before the name between commas is
    // the speaker's role (read as such already), not the end of the speech.
    private static Statement WithoutSpeakersRole(Document document, Statement s)
    {
        if (s.Speaker is not { Role: { Length: > 0 } role, Span: { } source } || s.Content.End > source.Start || s.Quote is not null)
        {
            return s;
        }
        var content = document.Text.AsSpan(s.Content.Start, s.Content.Length).TrimEnd();
        int comma = content.LastIndexOf(',');
        if (comma <= 0)
        {
            return s;
        }
        var tail = content[(comma + 1)..].Trim();
        foreach (var article in (ReadOnlySpan<string>)["the ", "a ", "an ", "its ", "their "])
        {
            if (tail.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                tail = tail[article.Length..];
                break;
            }
        }
        if (!tail.Equals(role, StringComparison.OrdinalIgnoreCase))
        {
            return s;
        }
        var head = content[..comma].TrimEnd();
        return s with { Content = new TextSpan(s.Content.Start, s.Content.Start + head.Length) };
    }

    // "calling for a recount", "pointed at the vote", "talked through the plan": the preposition a reporting verb takes is
    // part of the cue ("calls for"), as "to" is of "according to"; what it introduces is the content. A lone "to" is left
    // to the content: before a verb ("agreed to pay") it opens the speech.
    private static Statement PrepositionInCue(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End || s.Quote is not null)
        {
            return s;
        }
        int t = tokens.IndexAtOrAfter(s.Content.Start);
        // "pounced on | the plan": the preposition may also stand alone between the cue and the content.
        int p = tokens.IndexAtOrAfter(s.Cue.End);
        if (p + 1 == t && tokens.Ends[p] < s.Content.Start && IsCuePreposition(Word(document, p)) && !HedgesANumber(document, p)
            && document.Text.AsSpan(s.Cue.End, tokens.Starts[p] - s.Cue.End).IsWhiteSpace()
            && document.Text.AsSpan(tokens.Ends[p], s.Content.Start - tokens.Ends[p]).IsWhiteSpace())
        {
            return s with { Cue = new TextSpan(s.Cue.Start, tokens.Ends[p]) };
        }
        if (t + 1 >= tokens.Count || tokens.Starts[t] != s.Content.Start || tokens.Starts[t + 1] >= s.Content.End
            || !IsCuePreposition(Word(document, t)) || HedgesANumber(document, t) || !document.Text.AsSpan(s.Cue.End, s.Content.Start - s.Cue.End).IsWhiteSpace())
        {
            return s;
        }
        return s with { Cue = new TextSpan(s.Cue.Start, tokens.Ends[t]), Content = new TextSpan(tokens.Starts[t + 1], s.Content.End) };
    }

    // "She said about 40 people remained missing", "said at least two …": "about", "at least" and "at most" before a
    // number hedge it; they are no preposition of the cue.
    private static bool HedgesANumber(Document document, int t) =>
        Word(document, t) is "about" && t + 1 < document.Tokens.Count && document.Tokens.Kinds[t + 1] == TokenKind.Number
        || Word(document, t) is "at" && t + 1 < document.Tokens.Count && Word(document, t + 1) is "least" or "most";

    private static bool IsCuePreposition(ReadOnlySpan<char> w) =>
        w is "for" or "about" or "of" or "at" or "upon" or "through" or "with" or "against" or "on";

    // "Minister: Talks Will Go On Until Friday": a colon that is the cue gives all of its sentence after it, which the
    // tagger cuts short at a capitalised word of a title-case headline.
    private static Statement ColonContent(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.Length != 1 || document.Text[s.Cue.Start] != ':' || s.Content.Start < s.Cue.End)
        {
            return s;
        }
        int sentence = document.SentencePositionAt(s.Cue.Start);
        if (sentence < 0)
        {
            return s;
        }
        var sent = document.Sentences[sentence];
        int first = tokens.IndexAtOrAfter(s.Cue.End);
        int last = sent.EndToken - 1;
        while (last > first && document.Text[tokens.Starts[last]] is '.' or '!' or '?' or ',' or ';')
        {
            last--;
        }
        if (first > last || first >= sent.EndToken || tokens.Ends[last] < s.Content.End && tokens.Starts[first] >= s.Content.Start)
        {
            return s;
        }
        return s with { Content = new TextSpan(tokens.Starts[first], Math.Max(tokens.Ends[last], s.Content.End)) };
    }

    // "Officials have | denied", "The ministry hasn't | said": the auxiliaries and negation right before a verb cue are
    // part of it; the speaker stays as it was.
    private static Statement CueWithAuxiliaries(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(s.Cue.Start) - 1;
        while (k >= 0 && IsAuxiliary(Word(document, k)) && tokens.Ends[k] <= s.Cue.Start && s.Cue.Start - tokens.Ends[k] <= 1
            && !(s.Speaker?.Span is { } source && source.Contains(tokens.Starts[k])) && !s.Content.Contains(tokens.Starts[k]))
        {
            s = s with { Cue = new TextSpan(tokens.Starts[k], s.Cue.End) };
            k--;
        }
        return s;
    }

    // "Sonexay told a meeting the government would review all dams, the Vientiane Times reported": the closing clause
    // that names the statement's relay says how the speech reached us; it is no part of it.
    private static Statement WithoutTrailingRelay(Document document, Statement s)
    {
        if (s.Relays.Count == 0 || s.Content.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Content.End) - 1;
        if (last < 2 || tokens.Ends[last] != s.Content.End || !(Word(document, last) is "reported" or "said" or "reports" or "says" or "wrote"))
        {
            return s;
        }
        for (int k = last - 1; k > last - 7 && tokens.Starts[k] > s.Content.Start; k--)
        {
            if (Word(document, k) is ",")
            {
                var clause = new TextSpan(tokens.Ends[k], tokens.Ends[last]);
                bool relay = false;
                foreach (var r in s.Relays)
                {
                    relay |= clause.Contains(r.Span.Start);
                }
                return relay ? s with { Content = new TextSpan(s.Content.Start, tokens.Ends[k - 1]) } : s;
            }
            if (!char.IsLetter(document.Text[tokens.Starts[k]]))
            {
                return s;
            }
        }
        return s;
    }

    // "claimed responsibility for the attack | on Telegram", "claimed responsibility | in a post on its leak site on Monday":
    // where the words were posted, and when, close the content after its cue; they say how it was said, not what.
    private static Statement WithoutTrailingPost(Document document, Statement s)
    {
        if (s.Relays.Count == 0 || s.Content.IsEmpty || s.Cue.IsEmpty || s.Content.Start < s.Cue.End || s.Quote is not null)
        {
            return s;
        }
        var tokens = document.Tokens;
        foreach (var r in s.Relays)
        {
            if (r.Medium != "post" || !s.Content.Contains(r.Span.Start) || r.Span.End > s.Content.End)
            {
                continue;
            }
            // Back over the phrase that names the place ("in a post on its leak site", "on Telegram") to its preposition.
            int open = -1;
            for (int k = tokens.IndexAtOrAfter(r.Span.Start) - 1; k >= 0 && tokens.Starts[k] > s.Content.Start && tokens.Ends[k] <= r.Span.Start; k--)
            {
                var w = Word(document, k);
                if (w is "on" or "in" or "via")
                {
                    open = k;
                    continue;
                }
                if (!(w is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our" or "post" or "posts" or "message"
                    or "statement" or "video" or "tweet" or "leak" or "web" or "dark" or "official" or "own" or "online"))
                {
                    break;
                }
            }
            if (open < 0)
            {
                continue;
            }
            // Only the rest of the place's name ("Telegram | channel") and a time ("on Monday", "late on Sunday") may follow.
            for (int k = tokens.IndexAtOrAfter(r.Span.End); k < tokens.Count && tokens.Starts[k] < s.Content.End; k++)
            {
                var w = Word(document, k);
                if (!(w is "on" or "late" or "early" or "last" or "this" or "week" or "night" or "morning" or "evening" or "weekend"
                    or "channel" or "page" or "account" or "feed" or "site" or "website" or "blog"
                    || StatementLexicon.DayWords.Contains(w) || tokens.Kinds[k] == TokenKind.Punctuation))
                {
                    return s;
                }
            }
            return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[open - 1]) };
        }
        return s;
    }

    // "told an emergency cabinet | meeting that the government would …": the hearers of "told" end at "that", whatever
    // part of them the content took.
    private static Statement ContentAfterHearers(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End || !(CueVerb(document, s) is "told" or "tells" or "tell" or "telling" or "informed"
            or "assured" or "briefed" or "reminded"))
        {
            return s;
        }
        return ContentAfterObject(document, s, 4, static (document, k) => Word(document, k) switch
        {
            "that" => ObjectWord.Ends,
            // 'told the inquiry | he had radioed … "at least three times"': a subject pronoun after the hearers opens the
            // speech of a statement that quotes (the tagger's extent, which the indirect ones take, already leaves the
            // hearers out; there, held-out train lost one exact content).
            "he" or "she" or "they" or "we" => ObjectWord.Opens,
            var w when w.Length == 0 || !char.IsLower(w[0]) || w is "it" or "there" => ObjectWord.Stops,
            _ => ObjectWord.Goes,
        });
    }

    // "asked the harbour master on Friday | whether the pier would reopen": whom a question went to is no part of it.
    // PolNeAR opens such a content at the question word (on all of train 62 of 69 after an object of "ask" or "tell");
    // an object before "to" ("urged residents to leave") is inside the content in 147 of 201, so only a question word cuts.
    private static Statement ContentAtQuestion(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End || !(CueVerb(document, s) is "asked" or "ask" or "asks" or "asking" or "told"
            or "tell" or "tells" or "telling" or "questioned" or "pressed" or "reminded" or "reminding"))
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        for (int k = first; k < tokens.Count && k - first < 7 && tokens.Starts[k] < s.Content.End; k++)
        {
            var w = Word(document, k);
            // ("who", "which", "when" and "where" open a relative clause of the object as often: "told of a supporter who …")
            if (w is "whether" or "if" or "how" or "why" or "what")
            {
                return k > first && k + 1 < tokens.Count && tokens.Starts[k + 1] < s.Content.End
                    ? s with { Content = new TextSpan(tokens.Starts[k], s.Content.End) }
                    : s;
            }
            // The object is names, words and a time ("Clinton Friday", "him then,"); a subject or a verb's auxiliary
            // ("told reporters he would only …") means the speech began already.
            if (tokens.Kinds[k] is not (TokenKind.Word or TokenKind.Number) && w is not ("," or "'s" or "\u2019s")
                || w is "that" or "to" or "about" or "for" or "of" or "and" or "but" or "or" or "he" or "she" or "they" or "we" or "I" or "it"
                    or "there" or "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "could"
                    or "can" or "should" or "may" or "might" or "must" or "did" or "does" or "do")
            {
                return s;
            }
        }
        return s;
    }

    // "warned the minister's office | about the risks": whom a warning went to is no part of what it said; the speech
    // starts after "about" or "against" ("of" is left: "warned the price of oil could rise").
    private static Statement ContentAfterWarned(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End || s.Quote is not null
            || !(CueVerb(document, s) is "warned" or "warns" or "warn" or "cautioned" or "cautions" or "alerted" or "alerts"))
        {
            return s;
        }
        return ContentAfterObject(document, s, 6, static (document, k) => Word(document, k) switch
        {
            "about" or "against" when k + 1 < document.Tokens.Count && document.Tokens.Kinds[k + 1] != TokenKind.Number => ObjectWord.Ends,
            var w when w.Length == 0 || w is "that" || document.Tokens.Kinds[k] != TokenKind.Word && w is not ("'s" or "’s") => ObjectWord.Stops,
            _ => ObjectWord.Goes,
        });
    }

    // The last word of the cue, which names the verb whose object the content may have taken.
    private static ReadOnlySpan<char> CueVerb(Document document, Statement s)
    {
        int cue = document.Tokens.IndexAtOrAfter(s.Cue.End) - 1;
        return cue < 0 ? default : Word(document, cue);
    }

    private enum ObjectWord
    {
        Goes,
        Ends,
        Opens,
        Stops,
    }

    // The object of the cue that the content took ("an emergency cabinet | meeting that", "the minister's office | about"):
    // within the content's first words, a word that ends the object (after the first word) starts the speech after it; a
    // word that cannot be part of the object leaves the content as it was.
    private static Statement ContentAfterObject(Document document, Statement s, int window, Func<Document, int, ObjectWord> read)
    {
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        for (int k = first; k < tokens.Count && k - first < window && tokens.Starts[k] < s.Content.End; k++)
        {
            var word = read(document, k);
            if (word == ObjectWord.Ends && k > first && k + 1 < tokens.Count && tokens.Starts[k + 1] < s.Content.End)
            {
                return s with { Content = new TextSpan(tokens.Starts[k + 1], s.Content.End) };
            }
            if (word == ObjectWord.Opens && k > first && s.Quote is not null)
            {
                return s with { Content = new TextSpan(tokens.Starts[k], s.Content.End) };
            }
            if (word is ObjectWord.Stops or ObjectWord.Opens)
            {
                return s;
            }
        }
        return s;
    }

    // "said Thursday it had warned", "said on Monday it would", "told reporters late Friday that": the day right after
    // the cue says when it was said; the speech starts after it (and after a "that" there).
    private static Statement ContentAfterDay(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(s.Content.Start);
        if (k >= tokens.Count || tokens.Starts[k] != s.Content.Start)
        {
            return s;
        }
        // "said last week | it had …": a content that opens on the period word leaves its "last" between it and the cue.
        bool periodAfterGap = k > 0 && Word(document, k - 1) is "last" or "this" or "next" && IsPeriod(Word(document, k))
            && tokens.Starts[k - 1] >= s.Cue.End && document.Text.AsSpan(s.Cue.End, tokens.Starts[k - 1] - s.Cue.End).IsWhiteSpace();
        if (!periodAfterGap && !document.Text.AsSpan(s.Cue.End, s.Content.Start - s.Cue.End).IsWhiteSpace())
        {
            return s.Time < 0 ? s with { Time = DayBetweenCueAndContent(document, s) } : s;
        }
        int first = k;
        while (!periodAfterGap && k < tokens.Count && k - first < 2 && Word(document, k) is "late" or "early")
        {
            k++;
        }
        // "said on Monday it would …": the day may come with its "on".
        if (k + 1 < tokens.Count && Word(document, k) is "on" && IsWeekday(Word(document, k + 1)))
        {
            k++;
        }
        // "said last month it had …", "said this week the plant would …": a period counted from the day of writing.
        if (!periodAfterGap && k + 1 < tokens.Count && Word(document, k) is "last" or "this" or "next" && IsPeriod(Word(document, k + 1)))
        {
            k++;
        }
        if (k >= tokens.Count || !IsWeekday(Word(document, k)) && !(IsPeriod(Word(document, k)) && k > 0 && Word(document, k - 1) is "last" or "this" or "next"))
        {
            return s;
        }
        k++;
        // "said on Monday night he would …": the part of the day belongs to the day.
        if (k + 1 < tokens.Count && IsWeekday(Word(document, k - 1)) && Word(document, k) is "morning" or "afternoon" or "evening" or "night")
        {
            k++;
        }
        if (k < tokens.Count && Word(document, k) is "that")
        {
            k++;
        }
        // A day followed by a word that continues it ("Thursday's vote", "Friday, when …") is part of the speech.
        if (k >= tokens.Count || tokens.Starts[k] >= s.Content.End || !(char.IsLetterOrDigit(document.Text[tokens.Starts[k]]) || IsOpeningQuote(document.Text[tokens.Starts[k]])))
        {
            return s;
        }
        return s with { Content = new TextSpan(tokens.Starts[k], s.Content.End), Time = s.Time >= 0 ? s.Time : TimeBetween(document, s.Cue.End, tokens.Starts[k]) };
    }

    // "said on Wednesday | they had opened": when the tagger already started the content past the day, the day, alone
    // between the cue and the content with its "on", "late" or "that", still says when the words were said.
    private static int DayBetweenCueAndContent(Document document, Statement s)
    {
        int t = TimeBetween(document, s.Cue.End, s.Content.Start);
        if (t < 0)
        {
            return -1;
        }
        var tokens = document.Tokens;
        var day = document.Times[t].Span;
        for (int k = tokens.IndexAtOrAfter(s.Cue.End); k < tokens.Count && tokens.Starts[k] < s.Content.Start; k++)
        {
            if (tokens.Starts[k] >= day.Start && tokens.Ends[k] <= day.End)
            {
                continue;
            }
            // "said on Monday, more than 200 …": the comma closing the day is no more of the speech than "that" is.
            if (Word(document, k) is not ("on" or "late" or "early" or "that" or ","))
            {
                return -1;
            }
        }
        return t;
    }

    // The day or period the content was moved past ("said last week | it had …") dates the speech when nothing else did:
    // the assembler, which dates statements, saw it inside the content.
    private static int TimeBetween(Document document, int from, int to)
    {
        var times = document.Times;
        for (int i = 0; i < times.Count; i++)
        {
            var span = times[i].Span;
            if (span.Start >= from && span.End <= to && times[i].Type is not (Core.Time.TimeType.Duration or Core.Time.TimeType.Set))
            {
                return i;
            }
        }
        return -1;
    }

    // "She said 25 ballots rejected in the first count were valid", "the 40 claims disputed by the insurer have been paid": a
    // participle right after a counted noun, then a preposition, with the clause's own verb still to come, says what was done
    // to the things counted (a relative clause without "which were"); the count says nothing.
    private static bool ACountsParticiple(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source || s.Content.Start < s.Cue.End)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int first = tokens.IndexAtOrAfter(source.Start);
        if (tokens.Ends[cue] != s.Cue.End || tokens.Kinds[first] != TokenKind.Number || tokens.Starts[cue] - source.End > 1
            || !Word(document, cue).EndsWith("ed", StringComparison.Ordinal) || cue + 1 >= tokens.Count
            || Word(document, cue + 1) is not ("in" or "at" or "by" or "during" or "on" or "since" or "from" or "over" or "after"))
        {
            return false;
        }
        for (int k = cue + 2; k < tokens.Count && tokens.Starts[k] < s.Content.End; k++)
        {
            if (Word(document, k) is "were" or "was" or "are" or "is" or "have" or "has" or "had" or "will" or "would")
            {
                return true;
            }
        }
        return false;
    }

    // "Divers found two more bodies on Tuesday", "Swine fever found at fourth farm" (a headline): to find a thing counted,
    // or a headline's bare "found" before where, is a deed of searching, not a finding. "found that …", "found no evidence
    // of …", "found 40 percent of voters …" and a count with its own verb after ("found two ballots were forged") are findings.
    private static bool FoundAThing(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.End) - 1;
        // "Foot-and-mouth | found at | …": the tagger may take the preposition into the cue.
        if (cue > 0 && tokens.Ends[cue] == s.Cue.End && Word(document, cue) is "at" or "in" or "on" or "near" && tokens.Starts[cue - 1] >= s.Cue.Start)
        {
            cue--;
        }
        if (cue < 0 || tokens.Starts[cue] < s.Cue.Start || Word(document, cue) is not ("found" or "finds" or "find") || cue + 2 >= tokens.Count)
        {
            return false;
        }
        int next = cue + 1;
        if (Word(document, next) is "at" or "in" or "on" or "near" && NoAuxiliaryOrPronounBefore(document, cue) && document.Paragraphs.Length >= 2
            && document.Paragraphs[0].Span.Contains(s.Cue)
            && document.Text.AsSpan(document.Paragraphs[0].Span.Start, document.Paragraphs[0].Span.Length).TrimEnd() is { Length: > 0 } line
            && line[^1] is not ('.' or '"' or '\u201d'))
        {
            return true;
        }
        if (tokens.Kinds[next] != TokenKind.Number && !NumberWords.Cardinals.ContainsKey(Word(document, next)))
        {
            return false;
        }
        int k = next + 1;
        if (Word(document, k) is "more" or "other" or "further" or "new")
        {
            k++;
        }
        if (k >= tokens.Count || !char.IsLower(document.Text[tokens.Starts[k]]) || tokens.Kinds[k] != TokenKind.Word
            || Word(document, k) is "percent" or "per" or "in" or "of" or "out")
        {
            return false;
        }
        int end = SentenceEndAt(document, tokens.Starts[k]);
        for (int t = k + 1; t < tokens.Count && tokens.Starts[t] < end && Word(document, t) is not ("," or ";" or ":"); t++)
        {
            if (IsAuxiliary(Word(document, t)) || Word(document, t) is "that")
            {
                return false;
            }
        }
        return true;
    }

    // "A jury found Hale guilty of fraud", "Former executive found guilty of fraud": a verdict on someone is a deed of the
    // court, and the one it is passed on says nothing.
    private static bool AVerdict(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Cue.Start);
        int end = tokens.IndexAtOrAfter(s.Cue.End);
        bool verdict = false;
        for (int k = first; k < end; k++)
        {
            // "pleaded not guilty", "admitted being liable": the accused's own word on the charge is a statement.
            if (Word(document, k) is "pleaded" or "pleads" or "plead" or "pleading" or "admitted" or "admits" or "denied" or "denies")
            {
                return false;
            }
            verdict |= Word(document, k) is "guilty" or "liable";
        }
        if (verdict)
        {
            return true;
        }
        if (Word(document, end - 1) is not ("found" or "find" or "finds" or "convicted" or "acquitted") || s.Content.IsEmpty)
        {
            return false;
        }
        int last = Math.Min(tokens.IndexAtOrAfter(s.Content.End), tokens.IndexAtOrAfter(s.Content.Start) + 8);
        for (int k = tokens.IndexAtOrAfter(s.Content.Start); k < last; k++)
        {
            if (Word(document, k) is "guilty" or "liable" or "innocent")
            {
                return true;
            }
            if (Word(document, k) is "that" or "," or ";")
            {
                return false;
            }
        }
        return false;
    }

    // "…, a judge ruled on Wednesday, rejecting …": a cue read with its "on" takes the day that dates it for a content.
    private static bool OnlyTheDayAfterOn(Document document, Statement s)
    {
        var tokens = document.Tokens;
        int cueLast = tokens.IndexAtOrAfter(s.Cue.End) - 1;
        if (s.Quote is not null || s.Content.IsEmpty || cueLast < 0)
        {
            return false;
        }
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int end = tokens.IndexAtOrAfter(s.Content.End);
        // "pleaded guilty last month", "resigned earlier this week": a cue that took the time's first word leaves its
        // content only the rest of the time.
        if (Word(document, cueLast) is "last" or "next" or "this" && first == cueLast + 1 && end - first == 1
            && (IsPeriod(Word(document, first)) || IsWeekday(Word(document, first)) || Month(Word(document, first))))
        {
            return true;
        }
        // "Kovac conceded on Tuesday evening.": a content of the day's part alone, the rest of the time between it and the
        // cue.
        if (end - first == 1 && first > cueLast + 1 && Word(document, first) is "morning" or "afternoon" or "evening" or "night")
        {
            bool time = true;
            for (int k = cueLast + 1; k < first && time; k++)
            {
                var w = Word(document, k);
                time = w is "on" or "late" or "early" or "this" or "yesterday" or "last" || IsWeekday(w);
            }
            if (time)
            {
                return true;
            }
        }
        if (Word(document, cueLast) is not "on")
        {
            return false;
        }
        if (end - first is < 1 or > 3)
        {
            return false;
        }
        for (int k = first; k < end; k++)
        {
            var w = Word(document, k);
            if (!IsWeekday(w) && !Month(w) && !char.IsAsciiDigit(w[0]) && w is not ("morning" or "afternoon" or "evening" or "night" or ","))
            {
                return false;
            }
        }
        return IsWeekday(Word(document, first)) || Month(Word(document, first));
    }

    private static bool Month(ReadOnlySpan<char> w) =>
        w is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October"
            or "November" or "December";

    private static bool IsPeriod(ReadOnlySpan<char> w) =>
        w is "week" or "month" or "year" or "weekend" or "spring" or "summer" or "autumn" or "winter";

    private static bool IsWeekday(ReadOnlySpan<char> w) => StatementLexicon.IsWeekdayName(w) || w is "yesterday" or "today";

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201c';

    // "Farmers began blocking roads on Monday but warned": a source read as the sentence's opening phrase may run on into
    // its first verb and object; the subject ends before that verb. Only a verb with an object or another verb after it
    // ends it: "officials briefed on the inquiry" and "doctors treating the wounded" describe who spoke. (Reads the
    // tagger's parts of speech, so it acts on the product's documents, not on the evaluation's untagged ones.)
    private static Statement SubjectBeforeItsVerb(Document document, Statement s)
    {
        if (s.Speaker is not { Entity: < 0, Span: { } source } speaker || source.IsEmpty || s.Cue.Start < source.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(source.Start);
        int end = tokens.IndexAtOrAfter(source.End);
        for (int k = first + 1; k + 1 < end; k++)
        {
            if (tokens.Tags[k] != PartOfSpeech.VERB || tokens.Tags[k - 1] is not (PartOfSpeech.NOUN or PartOfSpeech.PROPN)
                || Word(document, k).EndsWith("ing", StringComparison.Ordinal)
                || tokens.Tags[k + 1] is not (PartOfSpeech.VERB or PartOfSpeech.DET or PartOfSpeech.NOUN or PartOfSpeech.PART))
            {
                continue;
            }
            return WithSourceCut(document, s, source, new TextSpan(source.Start, tokens.Ends[k - 1]));
        }
        return s;
    }

    // "Environmental groups have long | warned", "Rights groups have repeatedly | criticised": an auxiliary and the adverbs
    // after it, ending a source right before its cue, belong to the verb, not to who spoke.
    private static Statement SourceWithoutAuxiliaries(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || source.IsEmpty || s.Cue.IsEmpty || s.Cue.Start < source.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(source.Start);
        int k = tokens.IndexAtOrAfter(source.End) - 1;
        if (k <= first || tokens.Ends[k] != source.End)
        {
            return s;
        }
        while (k > first && IsVerbAdverb(Word(document, k)))
        {
            k--;
        }
        if (k <= first || !IsAuxiliary(Word(document, k)))
        {
            return s;
        }
        return WithSourceCut(document, s, source, new TextSpan(source.Start, tokens.Ends[k - 1]));
    }

    // The source cut to a shorter span. A speaker named by the source's own words ("The ministry would neither": maybe
    // without their article) is named by the words left; one named otherwise (an entity) keeps its name.
    private static Statement WithSourceCut(Document document, Statement s, TextSpan source, TextSpan span)
    {
        var speaker = s.Speaker!;
        string written = document.Text[source.Start..source.End];
        bool asWritten = speaker.Name == written || WithoutArticle(written) == speaker.Name;
        string name = !asWritten ? speaker.Name : speaker.Name == written ? document.Text[span.Start..span.End] : WithoutArticle(document.Text[span.Start..span.End]);
        return s with { Speaker = speaker with { Name = name, Span = span } };
    }

    private static string WithoutArticle(string words) =>
        words.StartsWith("The ", StringComparison.Ordinal) || words.StartsWith("the ", StringComparison.Ordinal) ? words[4..]
            : words.StartsWith("A ", StringComparison.Ordinal) || words.StartsWith("a ", StringComparison.Ordinal) ? words[2..]
            : words.StartsWith("An ", StringComparison.Ordinal) || words.StartsWith("an ", StringComparison.Ordinal) ? words[3..] : words;

    private static bool IsVerbAdverb(ReadOnlySpan<char> w) =>
        w is "long" or "also" or "repeatedly" or "previously" or "already" or "often" or "consistently" or "publicly" or "since"
            or "recently" or "frequently" or "openly" or "privately" or "now" or "still" or "never" or "always" or "not" or "n't" or "neither";

    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "been" or "be" or "n't" or "not"
            or "hasn't" or "haven't" or "isn't" or "aren't" or "wasn't" or "didn't" or "doesn't" or "did" or "does" or "do"
            or "can" or "could" or "may" or "might" or "should" or "must";

    // "The | retired surgeon said": a source the tagger started after its article ("retired surgeon") opens with it.
    private static Statement SourceWithArticle(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || source.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(source.Start) - 1;
        if (k < 0 || tokens.Starts[k + 1] != source.Start || !(Word(document, k) is "the" or "The") || !document.Text.AsSpan(tokens.Ends[k], source.Start - tokens.Ends[k]).IsWhiteSpace()
            || s.Cue.Contains(tokens.Starts[k]) || s.Content.Contains(tokens.Starts[k]))
        {
            return s;
        }
        return s with { Speaker = s.Speaker with { Span = new TextSpan(tokens.Starts[k], source.End) } };
    }

    // "Dana Ruiz, a former adviser to the mayor, said": a description between commas (or to the sentence's end) right
    // after the source, opening with an article, names the same speaker and is part of where the source is written; the
    // speaker's role is read from it already.
    private static Statement SourceWithDescription(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || source.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(source.End);
        if (k + 2 >= tokens.Count || Word(document, k) is not "," || tokens.Starts[k] != source.End || Word(document, k + 1) is not ("a" or "an" or "the"))
        {
            return s;
        }
        int sentence = document.SentencePositionAt(source.Start);
        int limit = sentence >= 0 ? document.Sentences[sentence].EndToken : tokens.Count;
        int m = k + 1;
        while (m < limit && m <= k + MaxDescription && !IsDescriptionEnd(Word(document, m)) && !s.Cue.Contains(tokens.Starts[m]) && !s.Content.Contains(tokens.Starts[m]))
        {
            m++;
        }
        if (m > k + MaxDescription || m < limit && !(Word(document, m) is "," or "." or ";"))
        {
            return s;
        }
        var span = new TextSpan(source.Start, tokens.Ends[m - 1]);
        return span.Overlaps(s.Cue) || span.Overlaps(s.Content) ? s : s with { Speaker = s.Speaker with { Span = span } };
    }

    // "According to Memorial, a Russian human rights group, 600 prisoners remain in custody": a description between commas
    // right after a source that opens the sentence says who the source is; what it says starts after it.
    private static Statement AfterTheSourcesDescription(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || source.IsEmpty || s.Content.Start < source.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int k = tokens.IndexAtOrAfter(source.End);
        if (k + 3 >= tokens.Count || tokens.Starts[k] != source.End || Word(document, k) is not "," || tokens.Starts[k + 1] != s.Content.Start
            || Word(document, k + 1) is not ("a" or "an" or "the"))
        {
            return s;
        }
        int m = k + 2;
        while (m < tokens.Count && m <= k + MaxDescription && !IsDescriptionEnd(Word(document, m)))
        {
            m++;
        }
        if (m + 1 >= tokens.Count || m > k + MaxDescription || Word(document, m) is not "," || tokens.Ends[m] >= s.Content.End)
        {
            return s;
        }
        var head = Word(document, m - 1);
        if (!(Dossier.Language.Entities.EntityHeads.IsBodyNoun(head) || StatementLexicon.RoleWords.Contains(head) || StatementLexicon.PersonNouns.Contains(head)
            || StatementLexicon.UnofficialNouns.Contains(head)))
        {
            return s;
        }
        return s with { Content = new TextSpan(tokens.Starts[m + 1], s.Content.End) };
    }

    // Tokens after the comma, the closing mark included: a description of more than twelve words is more likely a clause
    // of its own than a role.
    private const int MaxDescription = 13;

    private static bool IsDescriptionEnd(ReadOnlySpan<char> w) =>
        w is "," or "." or ";" or ":" or "\"" or "\u201c" or "\u201d" or "(" or ")" or "\u2014" or "\u2013";

    private static ReadOnlySpan<char> Word(Document document, int t) =>
        document.Text.AsSpan(document.Tokens.Starts[t], document.Tokens.Ends[t] - document.Tokens.Starts[t]);

    // "Trump | would | show voters he is serious", "the DOJ | had | issued a threat": a cue the tagger closed on an auxiliary
    // takes the verb after it, which the content then no longer opens with.
    private static Statement VerbAfterAuxiliaries(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return s;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(s.Cue.Start);
        for (; t < tokens.Count && tokens.Starts[t] < s.Cue.End; t++)
        {
            if (!IsAuxiliary(Word(document, t)))
            {
                return s;
            }
        }
        if (t >= tokens.Count || tokens.Kinds[t] != TokenKind.Word || !char.IsLower(document.Text[tokens.Starts[t]])
            || IsAuxiliary(Word(document, t)) || IsDeterminerWord(Word(document, t)) || tokens.Starts[t] - s.Cue.End > 1)
        {
            return s;
        }
        // "The ministry would not | comment.": a refusal whose only content is its verb keeps it there, as "declined | to
        // comment" does.
        if (s.Content.Start == tokens.Starts[t] && s.Content.End == tokens.Ends[t])
        {
            return s;
        }
        var cue = new TextSpan(s.Cue.Start, tokens.Ends[t]);
        var content = s.Content;
        if (content.Start == tokens.Starts[t] && t + 1 < tokens.Count && tokens.Starts[t + 1] < content.End)
        {
            content = new TextSpan(tokens.Starts[t + 1], content.End);
        }
        return s with { Cue = cue, Content = content };
    }

    private static bool IsDeterminerWord(ReadOnlySpan<char> w) =>
        w is "the" or "a" or "an" or "this" or "that" or "these" or "those" or "his" or "her" or "its" or "their" or "our" or "my" or "your";

    private static bool SaysSomething(string text, Statement s)
    {
        if (s.Content.IsEmpty || s.Speaker?.Span is { } source && source.Start <= s.Content.Start && s.Content.End <= source.End)
        {
            return false;
        }
        foreach (char c in text.AsSpan(s.Content.Start, s.Content.Length))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    // "… wants to address concerns about the cost", "is in many ways about the future": a lone "about" that no speaker holds is
    // the topic of a noun or verb nearby, not a report (on PolNeAR train dropping them takes out 17 wrong cues and 5 right).
    // "advice about how to steer …", "questions about whether they knew …": an "about" that opens an indirect question
    // reports one, and stays (PolNeAR marks 4 of the 6 such contents on train).
    private static bool LoneAbout(Document document, Statement s)
    {
        if (s.Speaker is not null || s.Cue.Length != 5 || document.Text.AsSpan(s.Cue.Start, 5) is not "about")
        {
            return false;
        }
        var tokens = document.Tokens;
        int next = tokens.IndexAtOrAfter(s.Cue.End);
        return next >= tokens.Count || Word(document, next) is not ("how" or "whether" or "why" or "what" or "who" or "when" or "where" or "if");
    }

    // "A new group called Black Votes Matter, led by …", "a competition called the House to Home Prize": "called" after a
    // thing the sentence brings in with "a / an / another" and before its name gives that name; nobody speaks.
    private static bool NamesANewThing(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 1 || cue + 1 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || tokens.Ends[cue] != s.Cue.End || Word(document, cue) is not "called")
        {
            return false;
        }
        int name = Word(document, cue + 1) is "the" && cue + 2 < tokens.Count ? cue + 2 : cue + 1;
        char c = document.Text[tokens.Starts[name]];
        if (!(char.IsUpper(c) || c is '"' or '\u201c' or '\'' or '\u2018') || StatementLexicon.SubjectPronouns.Contains(Word(document, name)))
        {
            return false;
        }
        // Back over the thing's words ("a group of disaffected Ethiopians") to its article.
        for (int k = cue - 1; k >= 0 && cue - k <= 6; k--)
        {
            var w = Word(document, k);
            if (w is "a" or "an" or "A" or "An" or "another" or "Another")
            {
                return k < cue - 1 || w is "another" or "Another";
            }
            if (tokens.Kinds[k] != TokenKind.Word && w is not "-" || IsAuxiliary(w) || StatementLexicon.SubjectPronouns.Contains(w)
                || w.EndsWith("ly", StringComparison.Ordinal) || w is "who" or "which" or "that" or "what" or "whom" or "the" or "The")
            {
                return false;
            }
        }
        return false;
    }

    // "Farmers criticised the water rationing plan announced last week": a participle read as a cue whose content is only a
    // time ("last", "last week", "on Monday", a year) dates the deed; nothing was said.
    private static bool OnlyATime(Document document, Statement s)
    {
        if (s.Content.IsEmpty || s.Quote is not null || s.Cue.IsEmpty)
        {
            return false;
        }
        // Only after a thing's noun: "Ryan said last week on CNN" (after a quotation) or "told POLITICO last month" name who
        // spoke, whatever the content. With no speaker, a count before the participle will do too ("up from 52 reported
        // last Friday"): what the count was, and when.
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 1 || tokens.Ends[cue] != s.Cue.End || !Word(document, cue).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }
        if (s.Speaker?.Span is not { } source)
        {
            if (s.Speaker is not null || tokens.Starts[cue] != s.Cue.Start || tokens.Kinds[cue - 1] != TokenKind.Number)
            {
                return false;
            }
        }
        else if (tokens.Ends[cue - 1] != source.End
            || tokens.Kinds[cue - 1] != TokenKind.Word || !char.IsLower(document.Text[tokens.Starts[cue - 1]])
            || StatementLexicon.SubjectPronouns.Contains(Word(document, cue - 1)) || StatementLexicon.NamesAPersonsRole(Word(document, cue - 1)))
        {
            return false;
        }
        for (int t = tokens.IndexAtOrAfter(s.Content.Start); t < tokens.Count && tokens.Starts[t] < s.Content.End; t++)
        {
            var w = Word(document, t);
            // "up from six reported in February": a month is a time as a weekday is.
            if (tokens.Kinds[t] == TokenKind.Word && !(w is "last" or "next" or "on" or "in" or "week" or "month" or "year" or "weekend"
                or "yesterday" or "today" or "earlier" || StatementLexicon.DayWords.Contains(w) || StatementLexicon.Months.Contains(w))
                || tokens.Kinds[t] == TokenKind.Number && !(w.Length == 4 && w[0] is '1' or '2'))
            {
                return false;
            }
        }
        return true;
    }

    // "Fourth death confirmed as clean-up begins": a headline's bare participle with a clause of time after it is a
    // passive that reports an event; what follows "as" is no speech.
    private static bool HeadlinePassive(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int after = cue + 1;
        if (tokens.Ends[cue] != s.Cue.End || first != after && first != after + 1 || !Word(document, cue).EndsWith("ed", StringComparison.Ordinal)
            || after >= tokens.Count || cue < 1 || !NoAuxiliaryOrPronounBefore(document, cue))
        {
            return false;
        }
        if (Word(document, after) is "as" or "after" or "amid" or "while" or "despite" or "following")
        {
            return true;
        }
        // "Recount ordered in Velmora mayoral race": in a headline over a body, a bare participle after its noun and before
        // where it happened is a passive that reports the deed.
        return Word(document, after) is "in" or "at" or "over" or "for" && document.Paragraphs.Length >= 2
            && document.Paragraphs[0].Span.Contains(s.Cue) && char.IsLower(document.Text[tokens.Starts[cue]])
            && document.Text.AsSpan(document.Paragraphs[0].Span.Start, document.Paragraphs[0].Span.Length).TrimEnd() is { Length: > 0 } line
            && line[^1] is not ('.' or '"' or '”');
    }

    // "A cargo manifest seen by the Valdoran Courier showed 188 containers": the document says it and the outlet that saw it
    // passes it on, as "according to a copy seen by" reads in AttributionExtractor.AccordingTo.
    // "The club confirmed the transfer in a statement (on Monday).": after the cue's object, "in a statement / an email / a
    // letter" is how the speaker said it, as in "said in a statement", not what; the content ends before it, and the noun
    // is the statement's medium ("post" for a tweet or message, as for "in a post on X").
    private static Statement BeforeItsOwnMedium(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Quote is not null || s.Cue.IsEmpty || s.Cue.End > s.Content.Start || s.Content.Length < 12)
        {
            return s;
        }
        int end = tokens.IndexAtOrAfter(s.Content.End);
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int last = end - 1;
        while (last > first && tokens.Kinds[last] == TokenKind.Punctuation)
        {
            last--;
        }
        // "… on Monday", "… on Friday night": the day of saying after the medium goes with it.
        if (last - 1 > first && Word(document, last - 1) is "on" && StatementLexicon.DayWords.Contains(Word(document, last)))
        {
            last -= 2;
        }
        if (last - 3 <= first || Word(document, last) is not ("statement" or "email" or "e-mail" or "letter" or "post" or "tweet" or "video" or "message")
            || Word(document, last - 1) is not ("a" or "an") || Word(document, last - 2) is not "in"
            || tokens.Kinds[last - 3] != TokenKind.Word || !char.IsLower(document.Text[tokens.Starts[last - 3]]))
        {
            return s;
        }
        string medium = Word(document, last) switch
        {
            "e-mail" => "email",
            "tweet" or "message" => "post",
            var w => w.ToString(),
        };
        return s with { Content = new TextSpan(s.Content.Start, tokens.Ends[last - 3]), Medium = s.Medium ?? medium };
    }

    private static Statement ADocumentSeenByAnOutlet(Document document, Statement s)
    {
        if (s.Speaker is not { Span: { } source } speaker || s.Quote is not null || source.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int by = tokens.IndexAtOrAfter(source.Start);
        // The source may hold the document ("A manifest obtained by Reuters"), open on "by" ("by the Valdoran Courier") or
        // follow it ("the Harwick Gazette").
        if (by >= 1 && Word(document, by - 1) is "by")
        {
            by--;
        }
        while (by < tokens.Count && tokens.Ends[by] < source.End && Word(document, by) is not "by")
        {
            by++;
        }
        if (by < 2 || by + 1 >= tokens.Count || tokens.Ends[by] >= source.End || Word(document, by) is not "by"
            || Word(document, by - 1) is not ("seen" or "obtained" or "reviewed"))
        {
            return s;
        }
        int noun = by - 2;
        var head = Word(document, noun);
        if (!StatementLexicon.DocumentNouns.Contains(head) && head is not ("list" or "lists" or "manifest" or "manifests" or "log" or "logs"))
        {
            return s;
        }
        // "A passenger list", "The leaked memo": lower-case words back to the phrase's determiner.
        int first = noun;
        while (first > 0 && noun - first < 3 && char.IsLower(document.Text[tokens.Starts[first - 1]]) && !IsDeterminerWord(Word(document, first - 1)))
        {
            first--;
        }
        if (first == 0 || !IsDeterminerWord(Word(document, first - 1)) && Word(document, first - 1) is not ("The" or "A" or "An"))
        {
            return s;
        }
        // The one who saw it is a name (the tagger's mention), not "police" or "investigators", who may be speaking.
        var outlet = new TextSpan(tokens.Starts[by + 1], source.End);
        bool named = false;
        foreach (var m in document.Mentions)
        {
            named |= m.Type == EntityType.Org && outlet.Start <= m.Span.Start && m.Span.End <= outlet.End;
        }
        if (!named)
        {
            return s;
        }
        var documentSpan = new TextSpan(tokens.Starts[first - 1], tokens.Ends[noun]);
        var name = document.Text.Substring(tokens.Starts[first], tokens.Ends[noun] - tokens.Starts[first]);
        return s with { Speaker = new Speaker(name, -1, documentSpan, null), Relays = [new Relay(speaker.Name, outlet, "report"), .. s.Relays] };
    }

    // "In a letter to staff, seen by this newspaper, Holm said": a participle of a document's being seen or obtained says
    // how the words reached the writer; the one who saw them said nothing.
    private static bool SeenByAMedium(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        return cue >= 1 && cue + 1 < tokens.Count && tokens.Ends[cue] == s.Cue.End && Word(document, cue) is "seen" or "obtained" or "reviewed"
            && Word(document, cue + 1) is "by" && !IsFiniteAuxiliary(Word(document, cue - 1))
            && Word(document, cue - 1) is not ("been" or "be" or "being");
    }

    // "Elin Marsh was declared mayor of Velmora", "the area was declared a disaster zone": a passive of naming with a noun
    // phrase after it says what someone became; no words of anyone's are given.
    private static bool DeclaredSomething(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End) - 1;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        if (last < 1 || first != last + 1 || Word(document, last) is not ("declared" or "pronounced" or "proclaimed")
            || Word(document, last - 1) is not ("was" or "were" or "been" or "be" or "is" or "are" or "being"))
        {
            return false;
        }
        var opening = Word(document, first);
        return opening is not ("that" or "to" or "whether" or "how" or "what") && tokens.Kinds[first] == TokenKind.Word && !IsFiniteAuxiliary(opening);
    }

    // "The gang, which calls itself Black Heron": a body giving itself a name says nothing about the story.
    private static bool NamesItself(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        // A name follows; "32% call themselves conservative" describes how people see themselves, which polls report.
        return last + 2 < tokens.Count && Word(document, last) is "calls" or "call" or "called" or "calling"
            && Word(document, last + 1) is "itself" or "themselves" or "himself" or "herself"
            && tokens.Kinds[last + 2] == TokenKind.Word && char.IsUpper(document.Text[tokens.Starts[last + 2]]);
    }

    // "Kenya: Ouko appeal filed, lawyers say …": a place before a headline's colon is the page's label for where the
    // story is, not a speaker; a place that speaks through a colon quotes its words ("Kremlin: 'no talks'").
    private static bool PlaceLabel(Document document, Statement s)
    {
        if (s.Quote is not null || s.Cue.Length != 1 || document.Text[s.Cue.Start] != ':' || s.Speaker?.Span is not { } source)
        {
            return false;
        }
        foreach (var m in document.Mentions)
        {
            if (m.Span == source && m.Type is EntityType.Gpe or EntityType.Loc)
            {
                // "Kremlin: no talks planned": a seat of power speaks for its government.
                var tokens = document.Tokens;
                return !(Dossier.Language.Entities.Gazetteer.Default.TryLookup(document.Text, tokens.Starts, tokens.Ends, tokens.IndexAtOrAfter(source.Start),
                    tokens.IndexAtOrAfter(source.End), out var entry) && entry.Kind == Dossier.Language.Entities.GazetteerKind.Seat);
            }
        }
        return false;
    }

    // "Lesvos ferry disaster: death toll rises", "Tesla Berlin plant fire: what we know": a name that only qualifies the
    // label before a headline's colon is not its speaker; a speaker's role may stand there ("Kremlin spokesman: no talks").
    private static bool NameInALabel(Document document, Statement s)
    {
        if (s.Quote is not null || s.Cue.Length != 1 || document.Text[s.Cue.Start] != ':' || s.Speaker?.Span is not { } source)
        {
            return false;
        }
        // A capitalised last word may be the name itself ("Gingrich:", "Poll:"); only a common noun in lower case labels.
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.Start) - 1;
        return last >= 0 && tokens.Starts[last] >= source.Start && tokens.Kinds[last] == TokenKind.Word
            && char.IsLower(document.Text[tokens.Starts[last]]) && !StatementLexicon.NamesAPersonsRole(Word(document, last));
    }

    // "the German firm said to have chaired the meetings", "a rebel leader said to be in hiding": "said to" with its verb
    // reports what others say of the noun; the noun says nothing ("said to reporters" still speaks; "who is said to have
    // pressed for it" is hearsay with its own cue, as PolNeAR marks it).
    private static bool SaidToDoIt(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.End - 1);
        if (cue + 2 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || tokens.Ends[cue] != s.Cue.End || Word(document, cue) is not "said"
            || Word(document, cue + 1) is not "to")
        {
            return false;
        }
        return Word(document, cue + 2) is "have" or "be" || tokens.Tags[cue + 2] is PartOfSpeech.VERB or PartOfSpeech.AUX;
    }

    // "Prisoner swap: what we know", "Here is how we got here": a question word alone, known by the writers themselves, is
    // what they will tell, not anything said ("When asked why, she said" is a question someone asked).
    private static bool OnlyAQuestionWord(Document document, Statement s)
    {
        var before = document.Text.AsSpan(0, s.Cue.Start).TrimEnd();
        return (before.EndsWith(" we", StringComparison.Ordinal) || before.EndsWith(" I", StringComparison.Ordinal))
            && document.Text.AsSpan(s.Content.Start, s.Content.Length).Trim() is "what" or "What" or "how" or "How" or "why" or "Why"
            or "where" or "Where" or "when" or "When" or "who" or "Who"
            || WhatWeKnowOpensTheLine(document.Text.AsSpan(0, s.Cue.Start), document.Text.AsSpan(s.Cue.Start, s.Cue.Length));
    }

    // "What we know about the hospital hack" as a title or heading: the writers' promise of what follows, whatever the
    // cue took of it; "what we know" inside a sentence stays, as someone may say it.
    private static bool WhatWeKnowOpensTheLine(ReadOnlySpan<char> before, ReadOnlySpan<char> cue)
    {
        if (!cue.StartsWith("know", StringComparison.Ordinal))
        {
            return false;
        }
        before = before.TrimEnd();
        if (!before.EndsWith("What we", StringComparison.Ordinal))
        {
            return false;
        }
        var rest = before[..^"What we".Length].TrimEnd(' ');
        return rest.IsEmpty || rest[^1] is '\n' or '\r' or ':' or '#' or '\u2014' or '-' or '|';
    }

    // "The ministry said it took note of the ruling": to take note of something is to receive it, not to say anything.
    private static bool TookNote(Document document, Statement s)
    {
        if (s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        return cue >= 1 && tokens.Starts[cue] == s.Cue.Start && Word(document, cue) is "note" && Word(document, cue - 1) is "took" or "take" or "takes" or "taking" or "taken";
    }

    // "Cases rose to 80, up from 52 reported last Friday, the agency said": a speakerless content that runs on both sides
    // of its own cue read a participle inside someone's report as the report's cue; what it holds is the other's speech.
    // PolNeAR's own passives ("The birth … is expected to coincide …") run round their cue too, and stand alone.
    // Only a participle in "-ed" ("reported", "recorded"): "took the last step Wednesday of announcing that …" is PolNeAR's.
    private static bool SpeakerlessAroundItsCue(Document document, Statement s, List<Statement> all)
    {
        if (s.Speaker is not null || s.Quote is not null || s.Cue.IsEmpty || s.Content.Start >= s.Cue.Start || s.Cue.End >= s.Content.End
            || !document.Text.AsSpan(s.Cue.Start, s.Cue.Length).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var other in all)
        {
            if (other.Speaker is not null && other.Cue != s.Cue && other.Content.Contains(s.Content))
            {
                return true;
            }
        }
        return false;
    }

    // "Another 85 suspected cases were being tested": a participle between a count and its lower-case noun sorts what is
    // counted ("suspected cases", "140 confirmed patients"); nobody suspects or confirms anything in the sentence.
    private static bool ACountsSortingParticiple(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 1 || cue + 1 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || tokens.Ends[cue] != s.Cue.End
            || Word(document, cue) is not ("suspected" or "confirmed" or "reported" or "alleged" or "probable")
            || tokens.Kinds[cue - 1] != TokenKind.Number && !NumberWords.Cardinals.ContainsKey(Word(document, cue - 1))
                // "nearly two dozen suspected cases", "a few hundred confirmed infections": the count ends on its magnitude.
                && !NumberWords.Magnitudes.ContainsKey(Word(document, cue - 1)))
        {
            return false;
        }
        var next = Word(document, cue + 1);
        return next.Length > 2 && char.IsLower(next[0]) && next[^1] == 's' && tokens.Tags[cue + 1] is PartOfSpeech.NOUN;
    }

    // "LYON, May 3 (Reuters) - Confirmed measles cases rose to 80": a capitalised participle opening the sentence right
    // before a noun describes the subject ("Reported thefts", "Suspected cases"); with no speaker, it reports no speech.
    private static bool AParticipleOpeningItsSubject(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Speaker is not null || s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue + 1 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || tokens.Ends[cue] != s.Cue.End
            || tokens.Starts[cue + 1] != s.Content.Start
            || Word(document, cue) is not ("Confirmed" or "Reported" or "Suspected" or "Alleged" or "Estimated" or "Expected" or "Claimed" or "Recorded"))
        {
            return false;
        }
        var next = Word(document, cue + 1);
        return next.Length > 1 && char.IsLower(next[0]) && char.IsLetter(next[^1])
            && next is not ("that" or "to" or "by" or "on" or "in" or "at" or "with" or "about" or "as" or "for" or "from" or "after" or "during");
    }

    // "The airline cut its annual sales forecast for the third time": "forecast" or "estimate" after a lower-case word and
    // before "for" or "of" is the noun of a phrase ("sales forecast for", "profit estimate of"), whose words before it were
    // read as a speaker; the verb takes its object or "that" at once ("the bank forecast growth of 2%").
    private static bool AForecastsNoun(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 1 || cue + 1 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start
            || Word(document, cue) is not ("forecast" or "estimate" or "projection" or "prediction" or "outlook" or "guidance"))
        {
            return false;
        }
        var before = Word(document, cue - 1);
        if (!(before.Length > 1 && char.IsLower(before[0]) && char.IsLetter(before[^1])))
        {
            return false;
        }
        if (Word(document, cue + 1) is "for" or "of")
        {
            return true;
        }
        // "lowered its annual earnings forecast, saying …": before a comma or a stop the word is the object's noun when a
        // possessive opens its phrase, at most three lower-case words before it ("their forecast" never takes a verb).
        if (Word(document, cue + 1) is not ("," or "."))
        {
            return false;
        }
        for (int k = cue - 1; k >= 0 && k >= cue - 4; k--)
        {
            var w = Word(document, k);
            if (w is "its" or "their" or "his" or "her" or "our")
            {
                return true;
            }
            if (w.Length == 0 || !char.IsLower(w[0]) || tokens.Tags[k] is PartOfSpeech.VERB or PartOfSpeech.AUX)
            {
                return false;
            }
        }
        return false;
    }

    // "Port dispute: workers threaten strike": a bare verb form between a singular noun and a headline's colon is the
    // label's noun ("dispute", "row"); a verb there agrees with its subject ("Unions warn:", "Minister warns:").
    private static bool NounBeforeAHeadlineColon(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker?.Span is not { } source)
        {
            return false;
        }
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 1 || cue + 1 >= tokens.Count || tokens.Starts[cue] != s.Cue.Start || tokens.Ends[cue] != s.Cue.End
            || Word(document, cue + 1) is not ":" || tokens.Ends[cue - 1] != source.End || tokens.Kinds[cue - 1] != TokenKind.Word)
        {
            return false;
        }
        var verb = Word(document, cue);
        var subject = Word(document, cue - 1);
        return verb.Length > 2 && char.IsLower(verb[0]) && !verb.EndsWith('s') && !verb.EndsWith("ed", StringComparison.Ordinal)
            && !verb.EndsWith("ing", StringComparison.Ordinal) && !subject.EndsWith('s') && !subject.EndsWith('S')
            && subject is not ("police" or "Police" or "people" or "People" or "staff" or "Staff" or "children" or "Children"
                or "men" or "Men" or "women" or "Women" or "I" or "we" or "We" or "you" or "You" or "they" or "They");
    }

    // "Valdoria orders out four Kestan diplomats", "ordered the envoys out": to order people out is to expel them, a deed,
    // not speech ("ordered a review carried out" keeps its verb before "out").
    private static bool OrdersOut(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Cue.End - 1);
        if (tokens.Ends[last] != s.Cue.End || Word(document, last) is not ("order" or "orders" or "ordered" or "ordering"))
        {
            return false;
        }
        for (int k = last + 1; k < tokens.Count && k - last <= 6 && tokens.Kinds[k] == TokenKind.Word && Word(document, k) is not ("that" or "to"); k++)
        {
            if (Word(document, k) is "out")
            {
                var before = Word(document, k - 1);
                return k == last + 1 || !before.EndsWith("ed", StringComparison.Ordinal) && !before.EndsWith("ing", StringComparison.Ordinal);
            }
        }
        return false;
    }

    // "Confirmed: the plant will close", "Exclusive: …": a participle or a page's label alone before a line's colon labels
    // the line; with nobody named, it is nobody's speech (a name there, "Ellison: …", is a speaker the tagger left out).
    private static bool LabelBeforeAColon(Document document, Statement s)
    {
        if (s.Speaker is not null || s.Cue.Length != 1 || document.Text[s.Cue.Start] != ':')
        {
            return false;
        }
        var tokens = document.Tokens;
        int colon = tokens.IndexAtOrAfter(s.Cue.Start);
        if (colon < 1 || tokens.Kinds[colon - 1] != TokenKind.Word || tokens.Starts[colon - 1] != SentenceStartAt(document, s.Cue.Start))
        {
            return false;
        }
        var label = Word(document, colon - 1);
        return label.Length > 3 && char.IsUpper(label[0]) && label.EndsWith("ed", StringComparison.Ordinal) && tokens.Tags[colon - 1] != PartOfSpeech.PROPN
            || label is "Exclusive" or "Breaking" or "Update" or "Official" or "Analysis" or "Explainer" or "Watch" or "Live";
    }

    // "… for the repairs, which the company refused to pay, according to court documents": a refusal whose object is the
    // relative pronoun before its subject, inside what another source reports, is a deed that source tells of; a refusal to
    // speak ("which the firm refused to confirm") stays.
    private static bool RefusedDeedInAReport(Document document, Statement s, List<Statement> all)
    {
        if (s.Speaker?.Span is not { } source || s.Quote is not null || s.Cue.IsEmpty || s.Content.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int src = tokens.IndexAtOrAfter(source.Start);
        if (src < 1 || first + 1 >= tokens.Count || tokens.Ends[first + 1] != s.Content.End || Word(document, first) is not "to"
            || !IsRefusalVerb(Word(document, cue))
            || Word(document, src - 1) is not ("which" or "that")
            || Word(document, first + 1) is "say" or "comment" or "confirm" or "deny" or "discuss" or "disclose" or "reveal" or "answer"
                or "explain" or "identify" or "name" or "specify" or "elaborate" or "release" or "publish")
        {
            return false;
        }
        foreach (var other in all)
        {
            if (other.Cue != s.Cue && !other.Cue.IsEmpty && other.Content.Contains(s.Cue) && other.Content.Start < source.Start)
            {
                return true;
            }
        }
        return false;
    }

    // "The envoy was told of the decision on Monday, the ministry said": whoever was told of something, inside what another
    // source reports, is that report's news, and read as a statement of its own it only says again what the report holds (its
    // content the hearer or the report's clause). PolNeAR marks "was told that …" outside a report, which stays.
    private static bool ToldOfInsideAReport(Document document, Statement s, List<Statement> all)
    {
        if (s.Speaker is not null || s.Quote is not null || s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int told = tokens.IndexAtOrAfter(s.Cue.Start);
        int cueEnd = tokens.IndexAtOrAfter(s.Cue.End);
        while (told < cueEnd && Word(document, told) is not ("told" or "informed" or "notified" or "briefed"))
        {
            told++;
        }
        if (told >= cueEnd || told == 0 || told + 1 >= tokens.Count || Word(document, told - 1) is not ("was" or "were" or "been" or "is" or "are" or "being")
            || Word(document, told + 1) is not ("of" or "about"))
        {
            return false;
        }
        return InsideANamedReport(s, all);
    }

    // "the Harbour Courier, which first reported the leak": with no speaker found, a content of the relative pronoun alone
    // is the subject a deed was read from, no words ("which his colleague defended" keeps its speaker and stays).
    private static bool OnlyARelativePronoun(Document document, Statement s) =>
        s.Speaker is null && s.Quote is null && document.Text.AsSpan(s.Content.Start, s.Content.Length).Trim() is "which" or "who" or "that";

    // "The company denied that the fault pointed to poor maintenance": inside another's report, a thing that points to a
    // cause is what the speaker talks about, not a speaker; a person, body or document that points to something speaks.
    private static bool AThingPointsInsideAReport(Document document, Statement s, List<Statement> all)
    {
        if (s.Speaker is not { Entity: < 0, Span: { } span } || s.Quote is not null || s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int head = tokens.IndexAtOrAfter(span.Start);
        // "the fault": a determiner and one lower-case noun.
        if (head + 1 < tokens.Count && tokens.Ends[head] < span.End && Word(document, head) is "the" or "a" or "an" or "this" or "that")
        {
            head++;
        }
        if (cue >= tokens.Count || Word(document, cue) is not ("pointed" or "points" or "point") || head >= tokens.Count
            || tokens.Ends[head] != span.End || !char.IsLower(document.Text[tokens.Starts[head]]))
        {
            return false;
        }
        return IsAThingsNoun(Word(document, head)) && InsideANamedReport(s, all);
    }

    // "Survivors said the ship listed sharply before it sank": with nobody named, a past verb right after "the" and a thing's
    // noun, inside what a named speaker reports, is what the thing did (the ship listed), not words of its own.
    private static bool AThingsDeedInsideAReport(Document document, Statement s, List<Statement> all)
    {
        if (s.Speaker is not null || s.Quote is not null || s.Cue.IsEmpty)
        {
            return false;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 2 || cue >= tokens.Count || tokens.Ends[cue] != s.Cue.End || !Word(document, cue).EndsWith("ed", StringComparison.Ordinal)
            || Word(document, cue - 2) is not ("the" or "a" or "an" or "its" or "their" or "this") || tokens.Kinds[cue - 1] != TokenKind.Word
            || !char.IsLower(document.Text[tokens.Starts[cue - 1]]) || tokens.Tags[cue - 1] != PartOfSpeech.NOUN)
        {
            return false;
        }
        return IsAThingsNoun(Word(document, cue - 1)) && InsideANamedReport(s, all);
    }

    /// <summary>Whether a named speaker's content other than <paramref name="s"/>'s own holds its cue: the words are part of what
    /// that speaker reports.</summary>
    private static bool InsideANamedReport(Statement s, List<Statement> all)
    {
        foreach (var other in all)
        {
            if (other.Speaker is not null && !other.Cue.IsEmpty && !other.Cue.Overlaps(s.Cue) && other.Content.Contains(s.Cue))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a lower-case noun names a thing: no person, role, body, document or press word, which can speak.</summary>
    private static bool IsAThingsNoun(ReadOnlySpan<char> w) =>
        !(StatementLexicon.PersonNouns.Contains(w) || StatementLexicon.RoleWords.Contains(w) || StatementLexicon.OrgWords.Contains(w)
            || StatementLexicon.DocumentNouns.Contains(w) || StatementLexicon.PressWords.Contains(w));

    // 'she had "no intention of resigning," a day after the shares fell': a time the writer sets after a comma, counted from
    // another event, says when the words came, not what they were.
    private static Statement BeforeTheWritersTime(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End)
        {
            return s;
        }
        var tokens = document.Tokens;
        int first = tokens.IndexAtOrAfter(s.Content.Start);
        int end = tokens.IndexAtOrAfter(s.Content.End);
        for (int k = first + 1; k + 2 < end; k++)
        {
            if (Word(document, k) is not ",")
            {
                continue;
            }
            int w = k + 1;
            bool quote = document.Text[tokens.Starts[w]] is '"' or '\u201d' && tokens.Ends[w] - tokens.Starts[w] == 1;
            if (quote)
            {
                w++;
            }
            if (Word(document, w) is "just" or "only" or "barely")
            {
                w++;
            }
            if (Word(document, w) is "a" or "one" or "two" or "three" or "four" or "five" or "several")
            {
                w++;
            }
            if (w + 1 < end && Word(document, w) is "day" or "days" or "week" or "weeks" or "hour" or "hours" or "month" or "months" or "shortly"
                && Word(document, w + 1) is "after" or "before")
            {
                return s with { Content = new TextSpan(s.Content.Start, quote ? tokens.Ends[k + 1] : tokens.Ends[k - 1]) };
            }
        }
        return s;
    }

    // "Bridge collapse prompts calls for review", "The ruling sparked demands for …": the subject of a verb of causing made
    // others speak and said nothing itself; the words have no speaker named (PolNeAR marks such a cue without a source).
    private static Statement WhatProvokedTheWords(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || s.Cue.IsEmpty || source.End > s.Cue.Start)
        {
            return s;
        }
        var tokens = document.Tokens;
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int last = tokens.IndexAtOrAfter(source.End) - 1;
        if (last < 0 || cue != last + 1 || tokens.Starts[last] < source.Start || !IsAVerbOfCausing(Word(document, last))
            || Word(document, cue) is not ("calls" or "demands" or "criticism" or "questions" or "warnings" or "complaints" or "protests"
                or "appeals" or "condemnation" or "outrage" or "fears" or "concerns" or "accusations" or "claims"))
        {
            return s;
        }
        return s with { Speaker = null };
    }

    private static bool IsAVerbOfCausing(ReadOnlySpan<char> w) =>
        w is "prompts" or "prompted" or "sparks" or "sparked" or "triggers" or "triggered" or "fuels" or "fuelled" or "fueled"
            or "renews" or "renewed" or "draws" or "drew" or "brings" or "brought" or "raises" or "raised" or "spurs" or "spurred"
            or "provokes" or "provoked" or "stokes" or "stoked" or "ignites" or "ignited" or "revives" or "revived";

    // "an inquiry, which she said would report within six months", "the man, who police said could be armed": what is said
    // is what follows the cue, of the noun the relative pronoun stands for; a content that opens on the pronoun (and holds
    // the speaker and the cue) starts after the cue instead, a quotation inside it or not ("which she said could be working
    // "within weeks""). PolNeAR marks such a content from the pronoun, so the evaluator maps it back there
    // (AttributionEvaluation.FromTheRelativePronoun). A direct quotation is its own content.
    private static Statement FromTheRelativePronoun(Document document, Statement s)
    {
        if (s.Kind == StatementKind.Direct || RelativePronounBeforeItsSource(document, s) is not int pronoun)
        {
            return s;
        }
        var tokens = document.Tokens;
        int after = tokens.IndexAtOrAfter(s.Cue.End);
        // "a clip in which he says he will …", "a news conference at which he predicted that …": a content that opens on the
        // pronoun's preposition holds the source and the cue all the same.
        bool atPronoun = s.Content.Start == tokens.Starts[pronoun]
            || s.Content.Start == tokens.Starts[pronoun - 1] && Word(document, pronoun - 1) is "in" or "at" or "on" or "of" or "for" or "during" or "with";
        if (!atPronoun && tokens.IndexAtOrAfter(s.Content.Start) != after || after >= tokens.Count || tokens.Starts[after] >= s.Content.End)
        {
            return s;
        }
        // "…, at which he predicted that neither …": a that-clause after the cue is what was said, without its "that" (as
        // every content after its cue), and the pronoun is no part of it.
        if (Word(document, after) is "that" && after + 1 < tokens.Count && tokens.Starts[after + 1] < s.Content.End)
        {
            after++;
        }
        // "The contractor who police said paid the officials, Mark Dunn, pleaded guilty": the relative clause ends before
        // the name set off by commas that follows it; what comes after the name is the sentence's own. (A comma inside the
        // clause, "leaving millions of voters, especially …", does not end it.)
        int contentEnd = s.Content.End;
        for (int k = after; k + 2 < tokens.Count && tokens.Ends[k] <= s.Content.End; k++)
        {
            if (Word(document, k) is "," && k > pronoun + 3 && char.IsUpper(document.Text[tokens.Starts[k + 1]]))
            {
                int n = k + 1;
                while (n < tokens.Count && n - k <= 4 && char.IsUpper(document.Text[tokens.Starts[n]]))
                {
                    n++;
                }
                if (n > k + 1 && n < tokens.Count && Word(document, n) is ",")
                {
                    contentEnd = tokens.Ends[k - 1];
                    break;
                }
            }
        }
        return s with { Content = new TextSpan(tokens.Starts[after], contentEnd) };
    }

    /// <summary>The token of the relative pronoun right before a statement's source, a subject pronoun or "police /
    /// officials" with the cue right after it ("which she said", "who police said", "a rule that they said"); else null.</summary>
    internal static int? RelativePronounBeforeItsSource(Document document, Statement s)
    {
        if (s.Speaker?.Span is not { } source || s.Cue.IsEmpty)
        {
            return null;
        }
        var tokens = document.Tokens;
        int src = tokens.IndexAtOrAfter(source.Start);
        if (src < 2 || src >= tokens.Count || tokens.Ends[src] != source.End || tokens.IndexAtOrAfter(s.Cue.Start) != src + 1
            || Word(document, src) is not ("he" or "she" or "they" or "it" or "we" or "I" or "police" or "officials"))
        {
            return null;
        }
        var pronoun = Word(document, src - 1);
        return pronoun is "who" or "which" or "whom" || pronoun is "that" && tokens.Tags[src - 2] == PartOfSpeech.NOUN ? src - 1 : null;
    }

    // "urged drivers not to stop for the hitchhiker, who she said could be dangerous": a content that runs on to the
    // relative pronoun of a clause after a comma ends before the comma; the clause is the noun's, not the urging's.
    private static Statement BeforeATrailingRelative(Document document, Statement s)
    {
        if (s.Cue.IsEmpty || s.Content.Start < s.Cue.End || s.Quote is not null)
        {
            return s;
        }
        var tokens = document.Tokens;
        int last = tokens.IndexAtOrAfter(s.Content.End - 1);
        return last >= 2 && tokens.Ends[last] == s.Content.End && Word(document, last) is "who" or "which" && Word(document, last - 1) is ","
            && tokens.Starts[last - 1] > s.Content.Start
            ? s with { Content = new TextSpan(s.Content.Start, tokens.Ends[last - 2]) }
            : s;
    }

    // "Coulter tweeted that Trump should deport Haley, and Trump later called Haley …", "… had risen to 140, as doctors warned
    // that …": a report after its cue ends before a comma and a conjunction that open another speaker's clause (the other's
    // source right after the conjunction, its cue after the source); that clause is the other's.
    private static void BeforeAnotherSpeakersClause(Document document, List<Statement> statements)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (s.Cue.IsEmpty || s.Quote is not null || s.Content.Start < s.Cue.End)
            {
                continue;
            }
            foreach (var o in statements)
            {
                if (ReferenceEquals(o, s) || o.Speaker?.Span is not { } source || o.Cue.IsEmpty || source.Start <= s.Content.Start
                    || o.Cue.End > s.Content.End || o.Cue.Start < source.End)
                {
                    continue;
                }
                int k = tokens.IndexAtOrAfter(source.Start) - 1;
                if (k >= 2 && Word(document, k) is "and" or "but" or "as" or "while" or "whereas" && Word(document, k - 1) is ","
                    && tokens.Starts[k - 1] > s.Content.Start)
                {
                    statements[i] = s with { Content = new TextSpan(s.Content.Start, tokens.Ends[k - 2]) };
                    break;
                }
            }
        }
    }

    // '"We have no plans to sell," the chief executive told reporters': a content that closes the quotation opening its
    // sentence, whose opening mark stands right before it, takes the mark too, as a quotation's content holds both marks.
    private static Statement WithItsOpeningMark(Document document, Statement s)
    {
        string text = document.Text;
        if (s.Content.Length < 2 || s.Content.Start < 1 || text[s.Content.Start - 1] is not ('"' or '\u201c') || text[s.Content.End - 1] is not ('"' or '\u201d'))
        {
            return s;
        }
        int marks = 0;
        foreach (char c in text.AsSpan(s.Content.Start, s.Content.Length))
        {
            marks += c is '"' or '\u201c' or '\u201d' ? 1 : 0;
        }
        // Only the quotation that opens its sentence: a title or a partial quotation inside one ("his “brash” personality,")
        // is marked as PolNeAR marks it, without the marks.
        return marks == 1 && SentenceStartAt(document, s.Content.Start) == s.Content.Start - 1
            ? s with { Content = new TextSpan(s.Content.Start - 1, s.Content.End) }
            : s;
    }

    // "Bank fraud suspects remanded in custody": "suspects" right before a lower-case "-ed" verb is the plural noun, the
    // subject of that verb (the verb takes "that", a person or a thing: "police suspect arson").
    private static bool SuspectsAsANoun(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        if (cue < 0 || cue + 1 >= tokens.Count || tokens.Ends[cue] != s.Cue.End || Word(document, cue) is not ("suspects" or "Suspects"))
        {
            return false;
        }
        var next = Word(document, cue + 1);
        return next.Length > 3 && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal);
    }

    // "the toll stood at 41, not the 35 first reported, and rescuers …": a participle after a count ("the 35 first
    // reported", "the 2,000 initially estimated") qualifies that count; the count says nothing. Only a count after "the"
    // and a participle closed by a comma or "and": "Some 300 residents reported hearing blasts" keeps its speakers.
    private static bool ACountAsReportedBefore(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Quote is not null || s.Speaker is not { Span: { } source })
        {
            return false;
        }
        int first = tokens.IndexAtOrAfter(source.Start);
        if (first >= 0 && first < tokens.Count && Word(document, first) is "the" or "The")
        {
            first++;
        }
        bool determined = first > 0 && Word(document, first - 1) is "the" or "The";
        if (!determined || first >= tokens.Count || tokens.Kinds[first] != TokenKind.Number && !NumberWords.Cardinals.ContainsKey(Word(document, first)))
        {
            return false;
        }
        int last = tokens.IndexAtOrAfter(s.Cue.End) - 1;
        if (last < 0 || !Word(document, last).EndsWith("ed", StringComparison.Ordinal) || last + 1 >= tokens.Count)
        {
            return false;
        }
        return Word(document, last + 1) is "," or "and" or "or" or "but" or ")" or ";";
    }

    // "What the fishing dispute tells us": a speech noun followed at once by a verb is that verb's subject; what follows is
    // the verb's own clause, nobody's speech.
    private static bool NounCueBeforeItsVerb(Document document, Statement s)
    {
        var tokens = document.Tokens;
        if (s.Cue.IsEmpty || s.Quote is not null)
        {
            return false;
        }
        int cue = tokens.IndexAtOrAfter(s.Cue.Start);
        int next = cue + 1;
        // "Kestrel airbag recall widens to 600,000 cars": nouns of one phrase may stand between the cue and the verb.
        while (next < tokens.Count && next - cue <= 3 && tokens.Starts[next] < s.Content.Start && tokens.Tags[next] is PartOfSpeech.NOUN or PartOfSpeech.PROPN)
        {
            next++;
        }
        return next < tokens.Count && tokens.Ends[cue] == s.Cue.End && tokens.Starts[next] == s.Content.Start
            && tokens.Tags[cue] == PartOfSpeech.NOUN && tokens.Tags[next] is PartOfSpeech.VERB or PartOfSpeech.AUX
            && char.IsLower(document.Text[tokens.Starts[next]]);
    }

    // "said in its annual report last month that banks were …": a second, speakerless reading of the same speech whose cue
    // is no verb and which only keeps its "that" is the same statement, not a second source for it.
    private static bool SameButThat(Document document, TextSpan a, TextSpan b)
    {
        if (a.End != b.End || a.Start == b.Start)
        {
            return false;
        }
        var tokens = document.Tokens;
        int t = tokens.IndexAtOrAfter(Math.Min(a.Start, b.Start));
        return t + 1 < tokens.Count && tokens.Starts[t] == Math.Min(a.Start, b.Start) && Word(document, t) is "that"
            && tokens.Starts[t + 1] == Math.Max(a.Start, b.Start);
    }

    // "after hinting that …" is a speech act of its own even without a subject; "assessment last month that" is not.
    private static bool CueHasAVerb(Document document, Statement s)
    {
        var tokens = document.Tokens;
        for (int t = tokens.IndexAtOrAfter(s.Cue.Start); t < tokens.Count && tokens.Starts[t] < s.Cue.End; t++)
        {
            // Untagged text (the evaluation reads no parts of speech) keeps every reading.
            if (tokens.Tags[t] is PartOfSpeech.VERB or PartOfSpeech.None)
            {
                return true;
            }
        }
        return false;
    }

    // A cue, then a speaker written in the text, then a linked entity make a statement better attributed.
    private static int Attribution(Statement s) =>
        (s.Cue.IsEmpty ? 0 : 4) + (s.Speaker?.Span is null ? 0 : 2) + (s.Speaker is { Entity: >= 0 } ? 1 : 0);
}
