using Dossier.Core;
using Dossier.Core.Time;
using Dossier.Core.Tokens;
using Dossier.Time.Lexicon;
using Dossier.Time.Recognition;
using Dossier.Time.Resolution;

namespace Dossier.Time.Dating;

/// <summary>The dossier-level step: an undated article that quotes or repeats words a dated article prints gets a
/// publication window from that date, and its time expressions are resolved again against the window.</summary>
/// <remarks>
/// Run after de-duplication, over every article of a dossier (each already through <see cref="TimeStage"/>).
/// Words the undated article quotes from a dated one bound it below by that date: we assume it did not print them before
/// any dated article did. A shared sentence that is not a quote may have been copied either way, so it bounds the window
/// on both sides. The distance is a heuristic (<see cref="DossierDatingOptions.ReuseDays"/>).
/// Both assumptions are written into the window's evidence. Articles with a stated date are never changed.
/// Cost is quadratic in sentences of the undated × dated articles: fine for a dossier of dozens of reports.
/// </remarks>
public sealed class DossierDating
{
    private readonly DossierDatingOptions _options;
    private readonly TimeAnnotator _annotator;

    public DossierDating(DossierDatingOptions? options = null, TimeAnnotator? annotator = null)
    {
        _options = options ?? new DossierDatingOptions();
        _annotator = annotator ?? new TimeAnnotator();
    }

    /// <summary>Dates the undated documents of <paramref name="documents"/> where shared text allows; returns one result per document dated.</summary>
    public IReadOnlyList<DossierDatingResult> InferWindows(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var dated = new List<(Document Doc, DateOnly Date, List<(string Text, List<string> Words, HashSet<string> Set)> Sentences)>();
        foreach (var d in documents)
        {
            if (d.Metadata.Published is DateOnly p)
            {
                dated.Add((d, p, SentenceWords(d)));
            }
        }
        var results = new List<DossierDatingResult>();
        if (dated.Count == 0)
        {
            return results;
        }
        foreach (var u in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (u.Metadata.Published is not null)
            {
                continue;
            }
            string? sameDay = SameDayInDatedReport(u, dated);
            string? insideSpan = DatelineInsideDatedSpan(u, dated, _options.MaxDatedSpanDays);
            string? weekdayEvent = WeekdayEventInDatedReport(u, dated, _options.WeekdayReachDays);
            var evidence = new List<SharedTextEvidence>();
            var quotes = Quotes(u);
            var own = SentenceWords(u);
            foreach (var (d, date, sentences) in dated)
            {
                if (ReferenceEquals(d, u))
                {
                    continue;
                }
                foreach (var q in quotes)
                {
                    var best = BestQuoteMatch(q.Words, sentences);
                    if (best.Index >= 0)
                    {
                        evidence.Add(new SharedTextEvidence(d.Id, date, q.Text, sentences[best.Index].Text, best.Score, true));
                    }
                }
                foreach (var s in own)
                {
                    if (s.Set.Count < _options.MinSentenceContentWords)
                    {
                        continue;
                    }
                    foreach (var t in sentences)
                    {
                        double j = Jaccard(s.Set, t.Set);
                        if (j >= _options.MinSentenceSimilarity)
                        {
                            evidence.Add(new SharedTextEvidence(d.Id, date, s.Text, t.Text, j, false));
                            break;
                        }
                    }
                }
            }
            if (evidence.Count == 0)
            {
                if (u.PublishedWindow is { } window0 && (sameDay is not null || insideSpan is not null || weekdayEvent is not null))
                {
                    var more = new List<string>(window0.Evidence);
                    if (sameDay is not null)
                    {
                        more.Add(sameDay);
                    }
                    if (insideSpan is not null)
                    {
                        more.Add(insideSpan);
                    }
                    if (weekdayEvent is not null)
                    {
                        more.Add(weekdayEvent);
                    }
                    u.PublishedWindow = window0 with { Evidence = more };
                }
                continue;
            }
            var earliest = DateOnly.MaxValue;
            SharedTextEvidence? first = null;
            foreach (var e in evidence)
            {
                if (e.DatedPublished < earliest || e.DatedPublished == earliest && e.IsQuote && !first!.IsQuote)
                {
                    earliest = e.DatedPublished;
                    first = e;
                }
            }
            // Words quoted from a dated article were said by then; a shared sentence may have been copied either way
            // (the undated article may be the wire story the dated one reprinted), so it bounds the window on both sides.
            var lower = first!.IsQuote ? earliest : earliest.AddDays(-_options.ReuseDays);
            var upper = earliest.AddDays(_options.ReuseDays);
            var lines = new List<string>
            {
                first.IsQuote
                    ? $"quotes words that {first.DatedId} (published {Calendar.Iso(earliest)}) prints ({first.Overlap:P0} of the content "
                        + $"words): \"{Clip(first.UndatedText)}\"; assumed not in print before then"
                    : $"repeats a sentence that {first.DatedId} (published {Calendar.Iso(earliest)}) prints ({first.Overlap:P0} of the "
                        + $"content words): \"{Clip(first.UndatedText)}\"; either may have copied the other",
                (first.IsQuote ? $"upper bound {Calendar.Iso(upper)} is" : $"bounds {Calendar.Iso(lower)} .. {Calendar.Iso(upper)} are")
                    + $" a heuristic: shared words are usually reused within {_options.ReuseDays} days",
            };
            if (evidence.Count > 1)
            {
                lines.Add($"{evidence.Count - 1} more shared quote(s) or sentence(s) with dated articles");
            }
            if (sameDay is not null)
            {
                lines.Add(sameDay);
            }
            if (insideSpan is not null)
            {
                lines.Add(insideSpan);
            }
            if (weekdayEvent is not null)
            {
                lines.Add(weekdayEvent);
            }
            var window = new PublicationWindow(lower, upper, false, lines);
            _annotator.Annotate(u, window, cancellationToken);
            results.Add(new DossierDatingResult(u.Id, u.PublishedWindow ?? window, evidence));
        }
        return results;
    }

    /// <summary>
    /// A dated report of the same story (two or more names in common) that dates an event to the month and day of the
    /// undated report's latest year-less date ("Feb 7" in its dateline; "the day before" = 2024-02-07 in the other) suggests
    /// the year: a line of evidence for the window, which it does not change, as the two days may differ. Null when none.
    /// </summary>
    private static string? SameDayInDatedReport(Document u, List<(Document Doc, DateOnly Date, List<(string Text, List<string> Words, HashSet<string> Set)> Sentences)> dated)
    {
        if (u.PublishedWindow?.LatestYearlessMention is not { } mention || !TryYearlessMonthDay(mention, out int month, out int day))
        {
            return null;
        }
        var names = Names(u);
        foreach (var (d, published, _) in dated)
        {
            if (ReferenceEquals(d, u))
            {
                continue;
            }
            var shared = SharedNames(names, d);
            if (shared.Count < 2)
            {
                continue;
            }
            foreach (var t in d.Times)
            {
                if (t.Value is not { Earliest: DateOnly e, Latest: DateOnly l } || e != l || e.Month != month || e.Day != day
                    || e > published || e.Year < published.Year - 1)
                {
                    continue;
                }
                shared.Sort(StringComparer.Ordinal);
                string agrees = u.PublishedWindow.WeekdayYears.Contains(e.Year) ? "; the lede's weekday agrees" : "";
                return $"{d.Id} (published {Calendar.Iso(published)}), which shares the names {string.Join(", ", shared.Take(4))}, dates "
                    + $"\"{Clip(d.Slice(t.Span))}\" to {Calendar.Iso(e)}: if that is the day of {mention}, this report was written in "
                    + $"{e.Year} or soon after{agrees} (evidence, not proof)";
            }
        }
        return null;
    }

    /// <summary>
    /// An event the undated report names by a bare weekday ("Friday's landslide in Varrow", "the landslide on Friday") that
    /// a dated report sharing a name tells in one sentence with the same weekday, the same event word and the place the
    /// undated one gives it ("A landslide buried part of Varrow early on Friday", published the Saturday; with no place
    /// given, a name both sentences hold),
    /// resolved to a day within <paramref name="reachDays"/> before its publication: a line of evidence that the undated
    /// report was written on or after that day and, as a bare weekday is said of the week just past, within about a week
    /// of it. The window and every value stay as they were: the two reports may tell different events. Null when none,
    /// or when the dated reports date the event to different days.
    /// </summary>
    private static string? WeekdayEventInDatedReport(Document u, List<(Document Doc, DateOnly Date, List<(string Text, List<string> Words, HashSet<string> Set)> Sentences)> dated,
        int reachDays)
    {
        if (u.PublishedWindow is null)
        {
            return null;
        }
        HashSet<string>? names = null;
        string? line = null;
        DateOnly found = default;
        foreach (var ut in u.Times)
        {
            // A bare weekday the time stage could not resolve: the publication date is unknown.
            if (ut.Value.Value is not { Length: 10 } v || !v.StartsWith("XXXX-WXX-", StringComparison.Ordinal)
                || WeekdayWordIn(u.Text, ut.Span) is not (int wStart, int wEnd) || !TimeWords.Weekdays.TryGetValue(u.Text[wStart..wEnd], out var weekday))
            {
                continue;
            }
            var eventWords = EventWordsAround(u.Text, wStart, wEnd, out string? eventPlace);
            if (eventWords.Count == 0)
            {
                continue;
            }
            int us = u.SentencePositionAt(ut.Span.Start);
            if (us < 0)
            {
                continue;
            }
            string uSentence = u.Slice(u.Sentences[us].Span);
            names ??= Names(u);
            foreach (var (d, published, _) in dated)
            {
                if (ReferenceEquals(d, u))
                {
                    continue;
                }
                var shared = SharedNames(names, d);
                if (shared.Count == 0)
                {
                    continue;
                }
                foreach (var t in d.Times)
                {
                    if (t.Value is not { Earliest: DateOnly e, Latest: DateOnly l } || e != l || e.DayOfWeek != weekday || e > published
                        || published.DayNumber - e.DayNumber > reachDays || WeekdayWordIn(d.Text, t.Span) is null)
                    {
                        continue;
                    }
                    int ds = d.SentencePositionAt(t.Span.Start);
                    if (ds < 0)
                    {
                        continue;
                    }
                    string dSentence = d.Slice(d.Sentences[ds].Span);
                    var dWords = new HashSet<string>(ContentWords.Of(dSentence), StringComparer.Ordinal);
                    string? word = null;
                    foreach (var (key, w) in eventWords)
                    {
                        if (dWords.Contains(key))
                        {
                            word = w;
                            break;
                        }
                    }
                    // The place the undated report puts the event in must be the dated sentence's; with none named, a name
                    // both sentences hold stands for it.
                    string? place = null;
                    if (eventPlace is not null)
                    {
                        place = ContainsWord(dSentence, eventPlace) ? eventPlace : null;
                    }
                    else
                    {
                        foreach (var n in shared)
                        {
                            if (ContainsWord(uSentence, n) && ContainsWord(dSentence, n))
                            {
                                place = n;
                                break;
                            }
                        }
                    }
                    if (word is null || place is null)
                    {
                        continue;
                    }
                    if (line is not null && found != e)
                    {
                        return null;
                    }
                    if (line is null)
                    {
                        found = e;
                        // "last Friday" may be said of the Friday a week before the one just past.
                        bool lastWeek = NeighbourWords.Before(u.Text, wStart).Equals("last", StringComparison.OrdinalIgnoreCase);
                        int reach = lastWeek ? 2 * reachDays - 1 : reachDays;
                        shared.Sort(StringComparer.Ordinal);
                        line = $"{d.Id} (published {Calendar.Iso(published)}), which shares the names {string.Join(", ", shared.Take(4))}, dates "
                            + $"\"{Clip(d.Slice(t.Span))}\" to {Calendar.Iso(e)} in \"{Clip(dSentence)}\": if this report's \"{u.Slice(ut.Span)}\" is "
                            + $"the day of the same {word} in {place}, it was written on or after {Calendar.Iso(e)}, likely within about {(lastWeek ? "two weeks" : "a week")} "
                            + $"(by {Calendar.Iso(e.AddDays(reach))}) (evidence, not proof: the window and the values are not changed)";
                    }
                }
            }
        }
        return line;
    }

    /// <summary>The span of the weekday's full name inside a time's extent ("early on Friday"); null when it holds none.</summary>
    private static (int Start, int End)? WeekdayWordIn(string text, TextSpan span)
    {
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !char.IsLetter(text[i]))
            {
                i++;
            }
            int start = i;
            while (i < span.End && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i > start && TimeWords.IsWeekdayName(text.AsSpan(start, i - start)))
            {
                return (start, i);
            }
        }
        return null;
    }

    /// <summary>
    /// The words naming the event a weekday dates, with their content-word keys: the lower-case words after its possessive up to a
    /// preposition or a stop ("Friday's deadly landslide in" → deadly, landslide), or the lower-case word right before
    /// "on" ("the landslide (early) on Friday" → landslide). Empty for any other shape: a weekday alone names no event.
    /// </summary>
    private static List<(string Key, string Word)> EventWordsAround(string text, int start, int end, out string? place)
    {
        var words = new List<(string, string)>();
        place = null;
        int i = end;
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's')
        {
            i += 2;
            for (int k = 0; k < 3; k++)
            {
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
                int ws = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
                if (i == ws || !char.IsLower(text[ws]))
                {
                    break;
                }
                string w = text[ws..i];
                if (ContentWords.IsStop(w))
                {
                    place = PlaceAfter(text, ws);
                    break;
                }
                AddKeys(words, w);
            }
            return words;
        }
        int j = start - 1;
        string? prev = PreviousWord(text, ref j);
        if (prev is "early" or "late")
        {
            prev = PreviousWord(text, ref j);
        }
        // "the landslide last Friday" names its event as "the landslide on Friday" does; "last" says the week, not the day.
        if (prev is not ("on" or "last"))
        {
            return words;
        }
        prev = PreviousWord(text, ref j);
        if (IsEventWord(prev))
        {
            AddKeys(words, prev!);
            place = PlaceAfter(text, end);
        }
        // "the landslide that struck Varrow on Friday", "the flood that swept through their streets last Thursday": the
        // event's noun stands before "that / which", a verb and its object between it and the day (a few words, no comma);
        // the word before the day may be that object, so both are kept.
        for (int k = 0; k < RelativeClauseWords && prev is not null; k++)
        {
            if (prev is "that" or "which")
            {
                prev = PreviousWord(text, ref j);
                if (IsEventWord(prev))
                {
                    AddKeys(words, prev!);
                    place = PlaceAfter(text, end);
                }
                break;
            }
            prev = PreviousWord(text, ref j);
        }
        return words;
    }

    /// <summary>Words walked back over from the day to "that / which" in "the landslide that buried part of Varrow on Friday".</summary>
    private const int RelativeClauseWords = 8;

    /// <summary>A lower-case content word of four letters or more: what may name an event ("landslide", "fire").</summary>
    private static bool IsEventWord(string? word) => word is { Length: >= 4 } && char.IsLower(word[0]) && !ContentWords.IsStop(word);

    /// <summary>The capitalised name after "in / at / near" starting at <paramref name="i"/> ("in Varrow" → Varrow); null otherwise.</summary>
    private static string? PlaceAfter(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        int ws = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        if (text.AsSpan(ws, i - ws) is not ("in" or "at" or "near"))
        {
            return null;
        }
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (text.AsSpan(i).StartsWith("the ", StringComparison.Ordinal))
        {
            i += 4;
        }
        int ns = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }
        return i - ns >= 3 && char.IsUpper(text[ns]) ? text[ns..i] : null;
    }

    private static void AddKeys(List<(string, string)> words, string word)
    {
        foreach (var key in ContentWords.Of(word))
        {
            words.Add((key, word));
        }
    }

    /// <summary>The word ending at or before <paramref name="i"/> across spaces only (null at a stop or a comma); moves <paramref name="i"/> before it.</summary>
    private static string? PreviousWord(string text, ref int i)
    {
        int start = NeighbourWords.StartBefore(text, i + 1, out var word);
        i = start - 1;
        return word.IsEmpty ? null : word.ToString();
    }

    /// <summary>True when <paramref name="word"/> stands in <paramref name="text"/> as a whole word.</summary>
    private static bool ContainsWord(string text, string word)
    {
        int at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            int after = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (after == text.Length || !char.IsLetter(text[after])))
            {
                return true;
            }
            at = after;
        }
        return false;
    }

    /// <summary>
    /// The undated report's year-less dateline day ("DRAVIK, July 29 (Nordwire) -") that falls inside the span of the
    /// dossier's dated reports (2025-07-22 .. 2025-08-05), all within <paramref name="maxSpanDays"/> of one another, in
    /// exactly one year: a line of evidence that the report was filed on that day, as one of the same weeks' reports. The
    /// window is not changed and no year is filled in: a dossier may hold an old report. Null when the day falls outside the
    /// span, the dated reports are spread too wide or are fewer than two days apart.
    /// </summary>
    private static string? DatelineInsideDatedSpan(Document u, List<(Document Doc, DateOnly Date, List<(string Text, List<string> Words, HashSet<string> Set)> Sentences)> dated,
        int maxSpanDays)
    {
        if (u.Metadata.DatelineSpan is not TextSpan dateline || DatelineMonthDay(u, dateline) is not (int month, int day))
        {
            return null;
        }
        DateOnly first = DateOnly.MaxValue, last = DateOnly.MinValue;
        foreach (var (_, date, _) in dated)
        {
            first = date < first ? date : first;
            last = date > last ? date : last;
        }
        if (last <= first || last.DayNumber - first.DayNumber > maxSpanDays)
        {
            return null;
        }
        DateOnly? only = null;
        for (int y = first.Year; y <= last.Year; y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }
            var d = new DateOnly(y, month, day);
            if (d >= first && d <= last)
            {
                if (only is not null)
                {
                    return null;
                }
                only = d;
            }
        }
        if (only is not DateOnly filed)
        {
            return null;
        }
        return $"the dateline's day {filed.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture)} falls inside the span of the dossier's {dated.Count} dated reports ({Calendar.Iso(first)} .. "
            + $"{Calendar.Iso(last)}) only in {filed.Year}: if this report is one of the same weeks', it was filed on {Calendar.Iso(filed)} "
            + "(evidence, not proof: the window is not changed)";
    }

    /// <summary>The month and day of the year-less date the time stage read inside the dateline ("XXXX-07-29"); null otherwise.</summary>
    private static (int Month, int Day)? DatelineMonthDay(Document u, TextSpan dateline)
    {
        foreach (var t in u.Times)
        {
            if (t.Span.Start >= dateline.Start && t.Span.End <= dateline.End && t.Value.Value is { } v
                && TryYearlessMonthDay(v, out int month, out int day) && month is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                return (month, day);
            }
        }
        return null;
    }

    /// <summary>The month and day of a year-less day's value ("XXXX-07-29"); false for any other value.</summary>
    private static bool TryYearlessMonthDay(string value, out int month, out int day)
    {
        month = day = 0;
        return value.Length == 10 && value.StartsWith("XXXX-", StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(5, 2), out month) && int.TryParse(value.AsSpan(8, 2), out day);
    }

    /// <summary>The names of <paramref name="d"/> that <paramref name="names"/> holds too, in <paramref name="d"/>'s order.</summary>
    private static List<string> SharedNames(HashSet<string> names, Document d)
    {
        var shared = new List<string>();
        foreach (var n in Names(d))
        {
            if (names.Contains(n))
            {
                shared.Add(n);
            }
        }
        return shared;
    }

    /// <summary>Capitalised words of four letters or more, but a function word or a weekday or month opening a sentence:
    /// the names a report uses.</summary>
    private static HashSet<string> Names(Document d)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in d.Sentences)
        {
            var text = d[s.Span];
            int i = 0;
            bool first = true;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetter(text[i]))
                {
                    i++;
                }
                int start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
                {
                    i++;
                }
                if (i - start >= 4 && char.IsUpper(text[start]))
                {
                    string word = text[start..i].ToString();
                    if (!(first && ContentWords.IsStop(word)) && !TimeWords.Weekdays.ContainsKey(word) && !TimeWords.Months.ContainsKey(word))
                    {
                        names.Add(word);
                    }
                }
                first = false;
            }
        }
        return names;
    }

    private (int Index, double Score) BestQuoteMatch(List<string> quote, List<(string Text, List<string> Words, HashSet<string> Set)> sentences)
    {
        int best = -1;
        double bestScore = 0;
        var quoteSet = new HashSet<string>(quote, StringComparer.Ordinal);
        for (int i = 0; i < sentences.Count; i++)
        {
            var (_, words, set) = sentences[i];
            int hits = 0;
            foreach (var w in quoteSet)
            {
                if (set.Contains(w))
                {
                    hits++;
                }
            }
            double coverage = (double)hits / quoteSet.Count;
            if (coverage >= _options.MinQuoteCoverage && coverage > bestScore && SharesTrigram(quote, words))
            {
                best = i;
                bestScore = coverage;
            }
        }
        return (best, bestScore);
    }

    /// <summary>Three content words in a row in both: shared phrasing, not just a shared topic.</summary>
    private static bool SharesTrigram(List<string> a, List<string> b)
    {
        if (a.Count < 3 || b.Count < 3)
        {
            return false;
        }
        var grams = new HashSet<(string, string, string)>();
        for (int i = 0; i + 2 < b.Count; i++)
        {
            grams.Add((b[i], b[i + 1], b[i + 2]));
        }
        for (int i = 0; i + 2 < a.Count; i++)
        {
            if (grams.Contains((a[i], a[i + 1], a[i + 2])))
            {
                return true;
            }
        }
        return false;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        int inter = 0;
        foreach (var w in a)
        {
            if (b.Contains(w))
            {
                inter++;
            }
        }
        int union = a.Count + b.Count - inter;
        return union == 0 ? 0 : (double)inter / union;
    }

    private static List<(string Text, List<string> Words, HashSet<string> Set)> SentenceWords(Document d)
    {
        var list = new List<(string, List<string>, HashSet<string>)>();
        foreach (var s in d.Sentences)
        {
            var text = d.Slice(s.Span);
            var words = ContentWords.Of(text);
            list.Add((text, words, new HashSet<string>(words, StringComparer.Ordinal)));
        }
        return list;
    }

    /// <summary>Quoted passages of the document (curly or straight double quotes, within a paragraph) with enough content words.</summary>
    private List<(string Text, List<string> Words)> Quotes(Document d)
    {
        var list = new List<(string, List<string>)>();
        foreach (var p in d.Paragraphs)
        {
            var text = d[p.Span];
            int i = 0;
            while (i < text.Length)
            {
                int open = text[i..].IndexOfAny('“', '"');
                if (open < 0)
                {
                    break;
                }
                open += i;
                char closer = text[open] == '“' ? '”' : '"';
                int close = text[(open + 1)..].IndexOf(closer);
                if (close < 0)
                {
                    break;
                }
                close += open + 1;
                var quote = text[(open + 1)..close];
                var words = ContentWords.Of(quote);
                if (words.Count >= _options.MinQuoteContentWords)
                {
                    list.Add((quote.ToString(), words));
                }
                i = close + 1;
            }
        }
        return list;
    }

    private static string Clip(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
