using System.Globalization;
using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.Core.Tokens;
using Dossier.Statements.Attribution;
using Dossier.Statements.Lexicon;

namespace Dossier.Statements.Quantities;

/// <summary>Finds numbers in digits, words and mixes, with their qualifier as a value interval and the thing they count.</summary>
/// <remarks>
/// Calibres ("152-mm"), ordinals ("75th"), decades ("1970s"), years, days of months and clock times are not counts:
/// years, dates, ordinals and times are skipped; calibres, durations and measures are kept with their unit as
/// <see cref="QuantityKind.Measure"/>; money keeps its currency as <see cref="QuantityKind.Money"/>. Parts of speech are
/// not read: the pipeline tags them only when tokens are asked for, and a quantity must read the same either way (on
/// 50 unseen stories, tags changed 3 objects, one for the better).
/// </remarks>
internal static class QuantityExtractor
{
    private const int MaxObjectTokens = 4;

    public static void Extract(TokenView v, List<(int First, int End, int Paragraph)> units, List<Quantity> output)
    {
        int before = 0;
        int beforeParagraph = -1;
        foreach (var (u0, u1, paragraph) in units)
        {
            int first = output.Count;
            for (int t = u0; t < u1; t++)
            {
                int next = TryAt(v, t, u0, u1, output);
                if (next > t)
                {
                    t = next - 1;
                }
            }
            for (int i = first; i < output.Count; i++)
            {
                if (i > first)
                {
                    SharedObject(v, output, i, u1);
                    MoreOfTheSameMoney(v, output, i, u0, u1);
                    ContinuedFigure(v, output, i, u0, u1);
                    TotalOutOf(v, output, i);
                }
                NumberOf(v, output, i, NumberOfBound(v, output, first, i, u0), u1);
                NounOfAmount(v, output, i, u0);
                MarginOf(v, output, i, u0);
                ChangeOf(v, output, i, first, u0);
                DifferenceOf(v, output, i, first, u1);
                NumberSaidToBe(v, output, i, first, u0);
                PartOfGroup(v, output, i, first, u0);
                GroupReferredTo(v, output, i, before, u1);
            }
            for (int i = first + 1; i < output.Count; i++)
            {
                Tally(v, output, i, u0);
            }
            if (paragraph == beforeParagraph)
            {
                CountedBefore(v, output, before, first, u0, u1);
            }
            before = first;
            beforeParagraph = paragraph;
        }
        CentsCurrency(output);
    }

    /// <summary>"312 votes apart out of roughly 86,000 cast", "about 3.4 million customers, above its estimate of up to 2
    /// million": a total after "out of", or a figure after "estimate / target / toll of", that names no noun of its own
    /// (nothing, or only a participle) counts what the count before it counts.</summary>
    private static void TotalOutOf(TokenView v, List<Quantity> output, int i)
    {
        var q = output[i];
        if (q.Kind != QuantityKind.Count || output[i - 1] is not { Kind: QuantityKind.Count, Object: { } counted, ObjectSpan: { } named })
        {
            return;
        }
        // A hedge ("roughly 86,000", "up to 2 million", "about 11,000 to 12,000") is inside the quantity's span, so the
        // word before the span is the "of".
        int k = v.Tokens.IndexAtOrAfter(q.Span.Start) - 1;
        // A plural's span may still leave its hedge out ("an estimate of some thousands"): step over it to the "of".
        while (k > 0 && v.Word(k) is "roughly" or "about" or "around" or "some" or "nearly" or "almost" or "approximately" or "more" or "than")
        {
            k--;
        }
        if (v.Is(k, "to") && k > 1 && v.Is(k - 1, "up"))
        {
            k -= 2; // "the initial estimate of up to 2 million"
        }
        // "the company's initial estimate of up to 2 million": an earlier figure for the same thing.
        // "410 passengers, below its limit of 450": a bound set on a count is a count of the same thing.
        bool figureOf = k >= 1 && v.Is(k, "of") && (IsFigureNoun(v.Word(k - 1)) || v.Word(k - 1) is "tally" or "count" or "toll" || IsBoundNoun(v, k - 1));
        if (k < 1 || !v.Is(k, "of") || !v.Is(k - 1, "out") && !figureOf || named.End > v.Start(k))
        {
            return;
        }
        if (q.Object is null || ParticipleObject(v, q))
        {
            output[i] = q with { Object = counted, ObjectSpan = named };
        }
    }

    /// <summary>True when a quantity's object is one lower-case past participle ("cast", "listed"), which says how the
    /// figure came about, not what it counts.</summary>
    private static bool ParticipleObject(TokenView v, Quantity q) =>
        q.Object is { } own && q.ObjectSpan is { } ownSpan && v.Tokens.IndexAtOrAfter(ownSpan.Start) is int o
            && v.End(o) == ownSpan.End && v.IsLower(o) && (own.EndsWith("ed", StringComparison.Ordinal)
                || own is "cast" or "held" or "sold" or "spent" or "taken" or "given" or "won" or "lost" or "seen" or "built" or "made");

    /// <summary>"at least 290 people had boarded, nearly 50 more than the 238 listed", "85 pupils, 12 fewer than the 97
    /// recorded": a difference "N more / fewer than M" that names nothing counts what the count before it in the sentence
    /// counts, and so does the figure M it is reckoned from when M names nothing of its own (or only a participle).</summary>
    private static void DifferenceOf(TokenView v, List<Quantity> output, int i, int first, int u1)
    {
        var q = output[i];
        if (i == first || q.Kind != QuantityKind.Count || q.Object is not null)
        {
            return;
        }
        int after = v.Tokens.IndexAtOrAfter(q.Span.End);
        if (after + 1 >= u1 || !(v.Is(after, "more") || v.Is(after, "fewer") || v.Is(after, "less")) || !v.Is(after + 1, "than"))
        {
            return;
        }
        if (LastCountBefore(output, i, first) is not { Object: { } what, ObjectSpan: { } named } || named.End > q.Span.Start)
        {
            return;
        }
        output[i] = q with { Object = what, ObjectSpan = named };
        int m = after + 2;
        if (m < u1 && (v.Is(m, "the") || v.Is(m, "a")))
        {
            m++;
        }
        if (i + 1 < output.Count && output[i + 1] is { Kind: QuantityKind.Count } compared && v.Tokens.IndexAtOrAfter(compared.Span.Start) == m
            && (compared.Object is null || ParticipleObject(v, compared)))
        {
            output[i + 1] = compared with { Object = what, ObjectSpan = named };
        }
    }

    /// <summary>"said about 240 people were on board, but … the real number could have been close to 300", "the true figure
    /// is about 60": a count that "the number / figure / total" (of nothing named) is said to be counts what the count before
    /// it in the sentence counts.</summary>
    private static void NumberSaidToBe(TokenView v, List<Quantity> output, int i, int first, int u0)
    {
        var q = output[i];
        if (i == first || q.Kind != QuantityKind.Count || q.Object is not null)
        {
            return;
        }
        int k = v.Tokens.IndexAtOrAfter(q.Span.Start) - 1;
        bool be = false;
        while (k > u0 && v.IsLower(k) && (IsBeVerb(v, k) || v.Word(k) is "been" or "being" or "could" or "may" or "might" or "would"
            or "will" or "should" or "must" or "have" or "has" or "had" or "probably" or "likely" or "actually" or "really" or "now"))
        {
            be |= IsBeVerb(v, k) || v.Is(k, "been");
            k--;
        }
        if (!be || !(v.Is(k, "number") || v.Is(k, "figure") || v.Is(k, "total") || v.Is(k, "count") || v.Is(k, "tally")))
        {
            return;
        }
        // "the real number", "the true figure", "the actual total": at most two words between the article and the noun.
        int d = k - 1;
        while (d > u0 && k - d <= 2 && v.IsWord(d) && v.IsLower(d) && !v.IsDeterminer(d))
        {
            d--;
        }
        if (!(v.Is(d, "the") || v.Is(d, "its") || v.Is(d, "their")))
        {
            return;
        }
        if (LastCountBefore(output, i, first) is { Object: { } what, ObjectSpan: { } named } && named.End <= v.Start(d))
        {
            output[i] = q with { Object = what, ObjectSpan = named };
        }
    }

    /// <summary>The nearest count before index <paramref name="i"/> in the sentence (from <paramref name="first"/>), whose
    /// object a count that names nothing may share; null when there is none.</summary>
    private static Quantity? LastCountBefore(List<Quantity> output, int i, int first)
    {
        for (int j = i - 1; j >= first; j--)
        {
            if (output[j].Kind == QuantityKind.Count)
            {
                return output[j];
            }
        }
        return null;
    }

    /// <summary>"41 million euros, with up to 6 million more in add-ons", "$12 million on repairs and 3 million more on
    /// pumps": a bare number with "more" and no noun of its own after a sum of money in the same sentence adds to that sum
    /// and is money in its currency.</summary>
    private static void MoreOfTheSameMoney(TokenView v, List<Quantity> output, int i, int u0, int u1)
    {
        var q = output[i];
        if (q.Kind != QuantityKind.Count || q.Unit is not null)
        {
            return;
        }
        int after = v.Tokens.IndexAtOrAfter(q.Span.End);
        if (!(q.Object is "more" || q.Object is null && after < u1 && v.Is(after, "more")))
        {
            return;
        }
        if (LastMoneyBefore(output, i, v.Start(u0)) is { } money)
        {
            output[i] = q with { Kind = QuantityKind.Money, Unit = money.Unit, Object = null, ObjectSpan = null };
        }
    }

    /// <summary>"from 12 euros to 15", "4.50 euros a bird, up from 3 euros, and want it raised to at least 6": a bare number
    /// after "to" that ends a change the sentence told in a unit is a figure in that unit (and of that object, when it names
    /// none): right after "from &lt;figure&gt; to", or after a verb of change and "to" when the figure before it in the
    /// sentence opened a change ("up from 3 euros").</summary>
    private static void ContinuedFigure(TokenView v, List<Quantity> output, int i, int u0, int u1)
    {
        var q = output[i];
        if (q.Kind != QuantityKind.Count || q.Unit is not null)
        {
            return;
        }
        int to = v.Tokens.IndexAtOrAfter(q.Span.Start) - 1;
        if (to - 2 < u0 || !v.Is(to, "to"))
        {
            return;
        }
        // A noun after the number is its own ("rose to 40 staff"); "6 a bird" keeps the rate of the figure before.
        int after = v.Tokens.IndexAtOrAfter(q.Span.End);
        if (!AtAStop(v, after) && !v.Is(after, "a") && !v.Is(after, "an"))
        {
            return;
        }
        Quantity? continued = null;
        var prev = output[i - 1];
        int prevFirst = v.Tokens.IndexAtOrAfter(prev.Span.Start);
        if (prev.Unit is not null && prev.Kind != QuantityKind.Count && v.End(to - 1) == prev.Span.End && prevFirst - 1 >= u0 && v.Is(prevFirst - 1, "from"))
        {
            // "rose from 12 euros to 15": the range's second end.
            continued = prev;
        }
        else if ((IsChangeVerb(v, to - 1) || IsTransitiveChange(v, to - 1)) && (q.Object is null || IsPricedNoun(v, q.ObjectSpan!.Value)))
        {
            // "..., up from 3 euros, and want it raised to at least 6": the change's new figure, after the one it starts from.
            for (int j = i - 1; j >= 0 && output[j].Span.Start >= v.Start(u0); j--)
            {
                if (output[j].Unit is not null && output[j].Kind != QuantityKind.Count)
                {
                    int f = v.Tokens.IndexAtOrAfter(output[j].Span.Start);
                    if (f - 2 >= u0 && v.Is(f - 1, "from") && (v.Is(f - 2, "up") || v.Is(f - 2, "down")))
                    {
                        continued = output[j];
                    }
                    break;
                }
            }
        }
        if (continued is null)
        {
            return;
        }
        output[i] = q.Object is null
            ? q with { Kind = continued.Kind, Unit = continued.Unit, Object = continued.Object, ObjectSpan = continued.ObjectSpan }
            : q with { Kind = continued.Kind, Unit = continued.Unit };
    }

    /// <summary>Whether a count's object ends on a noun for a sum or a rate paid ("the price", "compensation"), which a
    /// figure continuing a sum may measure.</summary>
    private static bool IsPricedNoun(TokenView v, TextSpan span)
    {
        int last = v.Tokens.IndexAtOrAfter(span.End) - 1;
        var w = v.Word(last);
        return IsSumNoun(w) || w is "rate" or "fee" or "fare" or "payment" or "compensation" or "wage" or "pay" or "premium" or "subsidy";
    }

    /// <summary>The unit cents carry until <see cref="CentsCurrency"/> settles whose hundredths they are.</summary>
    private const string CentsPending = "¢";

    /// <summary>"Parking costs 25 cents an hour" in a story that speaks of "$5,000" elsewhere: cents are hundredths of the
    /// one currency with cents the document names (dollars of any country, euros); with none, or with two, the currency is
    /// not known and the amount has no unit (its value is still in whole currency units: 0.25).</summary>
    private static void CentsCurrency(List<Quantity> output)
    {
        string? currency = null;
        bool pending = false;
        foreach (var q in output)
        {
            if (q.Kind != QuantityKind.Money || q.Unit is not { } unit)
            {
                continue;
            }
            if (unit == CentsPending)
            {
                pending = true;
            }
            else if (unit is "USD" or "EUR" or "CAD" or "AUD" or "NZD" or "HKD" or "SGD" or "TWD")
            {
                if (currency is not null && currency != unit)
                {
                    currency = "";
                }
                else if (currency is null)
                {
                    currency = unit;
                }
            }
        }
        if (!pending)
        {
            return;
        }
        string? settled = string.IsNullOrEmpty(currency) ? null : currency;
        for (int i = 0; i < output.Count; i++)
        {
            if (output[i].Unit == CentsPending)
            {
                output[i] = output[i] with { Unit = settled };
            }
        }
    }

    /// <summary>"The vote was 9 to 4", "approved the plan 5 to 2", "412 to 38": two bare counts joined by "to" after a word of
    /// voting are a tally, each a count of votes (not of the thing the vote was about, nor of nothing). A score without
    /// a word of voting ("won 3 to 1") is left as two bare counts.</summary>
    private static void Tally(TokenView v, List<Quantity> output, int i, int u0)
    {
        var a = output[i - 1];
        var b = output[i];
        if (a.Kind != QuantityKind.Count || b.Kind != QuantityKind.Count || a.Qualifier != QuantityQualifier.Exact || b.Qualifier != QuantityQualifier.Exact)
        {
            return;
        }
        int aFirst = v.Tokens.IndexAtOrAfter(a.Span.Start);
        int aEnd = v.Tokens.IndexAtOrAfter(a.Span.End);
        int bFirst = v.Tokens.IndexAtOrAfter(b.Span.Start);
        // "9 votes to 4": the first count names its votes; the second shares them.
        bool votesNamed = a.ObjectSpan is { } named && named.Start >= a.Span.End && a.Object is "votes" or "vote";
        int to = votesNamed ? v.Tokens.IndexAtOrAfter(a.ObjectSpan!.Value.End) : aEnd;
        if (to + 1 != bFirst || !v.Is(to, "to") || !v.IsNumber(aFirst) && !NumberWords.Cardinals.ContainsKey(v.Word(aFirst)))
        {
            return;
        }
        // "His lead shrank by 4,000 votes to 9,800": a change and the level it reached, no tally.
        if (aFirst - 2 >= u0 && v.Is(aFirst - 1, "by") && IsChangeVerb(v, aFirst - 2))
        {
            return;
        }
        bool voting = votesNamed;
        for (int k = aFirst - 1; k >= u0 && !voting; k--)
        {
            var w = v.Word(k);
            voting = w is "vote" or "votes" or "voted" or "voting" or "ballot" or "tally" or "voté";
        }
        if (!voting)
        {
            return;
        }
        output[i - 1] = a with { Object = "votes", ObjectSpan = votesNamed ? a.ObjectSpan : null };
        output[i] = b with { Object = "votes", ObjectSpan = votesNamed ? a.ObjectSpan : null };
    }

    /// <summary>"Rescuers found 40 miners alive. Nearly two dozen remained trapped.": a count that opens its sentence, names
    /// nothing and is followed by its verb counts what the one count of the sentence before (same paragraph) counts; a measure
    /// or a sum beside that count ("winds of up to 140 km/h … cutting power to 85,000 homes") does not stop it.</summary>
    private static void CountedBefore(TokenView v, List<Quantity> output, int from, int first, int u0, int u1)
    {
        // "By Wednesday evening, about 30,000 were still without power": an opening circumstance set off by a comma may
        // stand before the count.
        if (first == output.Count || output[first] is not { Kind: QuantityKind.Count, Object: null } q
            || q.Span.Start != v.Start(u0) && !(v.Tokens.IndexAtOrAfter(q.Span.Start) is int at && at - 1 > u0 && v.IsComma(at - 1))
            || OnlyCount(output, from, first) is not { ObjectSpan: { } named } counted || named.Start < counted.Span.End)
        {
            return;
        }
        int after = v.Tokens.IndexAtOrAfter(q.Span.End);
        if (after >= u1 || !v.IsLower(after) || counted.Value <= 1)
        {
            return;
        }
        var w = v.Word(after);
        if (w is "are" or "were" or "remain" or "remained" or "have" or "had" or "died" || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            output[first] = q with { Object = counted.Object, ObjectSpan = named };
        }
    }

    /// <summary>The one count among <paramref name="output"/>[from..to) (measures, sums and shares beside it do not matter),
    /// or null when there is none or more than one.</summary>
    private static Quantity? OnlyCount(List<Quantity> output, int from, int to)
    {
        Quantity? found = null;
        for (int j = from; j < to; j++)
        {
            if (output[j].Kind == QuantityKind.Count)
            {
                if (found is not null)
                {
                    return null;
                }
                found = output[j];
            }
        }
        return found;
    }

    /// <summary>Where the look back for "number of" stops: the end of the count before in the unit; a measure ("a magnitude
    /// 7.4 quake") between the "number of" and its value does not stop it.</summary>
    private static int NumberOfBound(TokenView v, List<Quantity> output, int first, int i, int u0)
    {
        for (int j = i - 1; j >= first; j--)
        {
            if (output[j].Kind != QuantityKind.Measure)
            {
                return v.Tokens.IndexAtOrAfter(output[j].Span.End) - 1;
            }
        }
        return u0;
    }

    /// <summary>"Traffic through the canal fell by about 40%", "Its shares rose 2%", "margin narrowed to 6.1%": a share
    /// after a verb of change (or any amount after its "to") is the change or the level of that verb's subject, which is
    /// what it measures; "to 6.1% from 7.9%" gives the earlier level the same subject. So is an amount after a verb of
    /// being or reaching ("Net profit was €4.1bn", "turnout reached 64%"), a level after a change ("fell by 11,000 votes
    /// to 23,400"), and an earlier or compared value ("…, up from 167", "compared with 36 a year ago", "down 28% from
    /// €5.7bn").</summary>
    private static void ChangeOf(TokenView v, List<Quantity> output, int i, int first, int u0)
    {
        var q = output[i];
        // "96 per 100,000 residents": a rate per head measures what changed, as a count would.
        bool perHead = q.Kind == QuantityKind.Measure && q.Unit is { } u && u.StartsWith("per ", StringComparison.Ordinal);
        if (q.Object is not null || q.Kind is not (QuantityKind.Percent or QuantityKind.Money or QuantityKind.Count) && !perHead)
        {
            return;
        }
        int k = v.Tokens.IndexAtOrAfter(q.Span.Start) - 1;
        if (k <= u0)
        {
            return;
        }
        if (v.Is(k, "from") && i > first && output[i - 1] is { ObjectSpan: { } earlier } before && before.Kind == q.Kind
            && v.Tokens.IndexAtOrAfter(before.Span.End) == k && earlier.End <= before.Span.Start
            && k - 1 > u0 && v.Is(v.Tokens.IndexAtOrAfter(before.Span.Start) - 1, "to"))
        {
            output[i] = q with { Object = before.Object, ObjectSpan = earlier };
            return;
        }
        if (ComparedWith(v, output, i, first, k, u0) is Quantity compared)
        {
            output[i] = q with { Object = compared.Object, ObjectSpan = compared.ObjectSpan };
            return;
        }
        bool level = v.Is(k, "to");
        bool by = v.Is(k, "by");
        if (level || by)
        {
            k--;
        }
        // "fell by 11,000 votes to 23,400", "dropped 7.2% to 348p": a level right after a change is the level of what changed.
        if (level && i > first && ChangeVerbOf(v, output[i - 1], k, u0) is int changed)
        {
            k = changed;
        }
        // "Reservoir levels have fallen further, to 14 percent", "Turnout dropped sharply, to 41%": an adverb of the change
        // and a comma may stand between the verb and the level it came to.
        else if (level && k - 1 > u0 && !IsChangeVerb(v, k))
        {
            int c = v.IsComma(k) ? k - 1 : k;
            if (c - 1 > u0 && IsChangeAdverb(v, c))
            {
                c--;
            }
            if (c < k && IsChangeVerb(v, c))
            {
                k = c;
            }
        }
        if (k <= u0)
        {
            return;
        }
        // "The firm cut its annual profit by a fifth", "would raise emergency aid to 120 million crowns": a transitive verb
        // of change names what changed after it.
        if ((by || level) && !IsChangeVerb(v, k) && !IsTransitiveChange(v, k) && ObjectOfChange(v, k, u0) is TextSpan changedThing)
        {
            // "said about 2 million customers had been affected but later raised the figure to 3.4 million": "the figure"
            // revised is the count before it in the sentence, and counts the same thing.
            var changedWord = changedThing.Slice(v.Text).AsSpan();
            changedWord = changedWord[(changedWord.LastIndexOf(' ') + 1)..];
            if (changedWord is "figure" or "number" or "estimate" or "tally" or "total" && i > first
                && output[i - 1] is { Object: { } counted, ObjectSpan: { } countedSpan } revised && revised.Kind == q.Kind
                && countedSpan.End <= changedThing.Start && !counted.EndsWith("figure", StringComparison.Ordinal))
            {
                output[i] = q with { Object = counted, ObjectSpan = countedSpan };
                return;
            }
            output[i] = q with { Object = changedThing.Slice(v.Text), ObjectSpan = changedThing };
            return;
        }
        int verb = VerbOfAmount(v, k, u0, level, by, q.Kind == QuantityKind.Percent);
        // "my bride was 20": a small whole count after a verb of being may be an age; counts there are read from 121 up.
        if (verb < 0 || verb == k && IsBeVerb(v, k) && q.Kind == QuantityKind.Count && q.Value <= 120 && q.Value == Math.Floor(q.Value))
        {
            return;
        }
        // "The fee rises to $300 a semester": a rate stays without an object, as it is read elsewhere.
        int after = v.Tokens.IndexAtOrAfter(q.Span.End);
        if (q.Kind != QuantityKind.Percent && (v.Is(after, "a") || v.Is(after, "an") || v.Is(after, "per")))
        {
            return;
        }
        if (SubjectBefore(v, verb, u0) is TextSpan span)
        {
            output[i] = q with { Object = span.Slice(v.Text), ObjectSpan = span };
        }
    }

    /// <summary>The token whose subject an amount after token <paramref name="k"/> measures, or -1: a verb of change ("rose
    /// 4%", "rose by 4%", "rose to 6%"; any kind after "by" or "to", only a share right after the verb), "were up / down
    /// 15%", or a verb of being or reaching before the amount itself ("was €4.1bn", "reached 96", "stood at 71%", "came to
    /// $3m").</summary>
    private static int VerbOfAmount(TokenView v, int k, int u0, bool level, bool by, bool percent)
    {
        if (IsChangeVerb(v, k) || by && IsTransitiveChange(v, k))
        {
            return level || by || percent ? k : -1;
        }
        if (level || by)
        {
            return level && k > u0 && (v.Is(k, "amounted") || v.Is(k, "amounts") || v.Is(k, "came") || v.Is(k, "comes")) ? k : -1;
        }
        // "Brevik shares closed down 3.1%", "the index ended up 0.8%": a verb of a session's end with its direction.
        if ((v.Is(k, "up") || v.Is(k, "down")) && k - 1 > u0 && (IsBeVerb(v, k - 1) || v.Word(k - 1) is "closed" or "closes" or "close"
            or "ended" or "ends" or "finished" or "finishes" or "opened" or "opens"))
        {
            return k - 1;
        }
        if (v.Is(k, "at") && k - 1 > u0 && (v.Is(k - 1, "stood") || v.Is(k - 1, "stands") || v.Is(k - 1, "stand")))
        {
            return k - 1;
        }
        return v.IsLower(k) && (IsBeVerb(v, k) || v.Is(k, "reached") || v.Is(k, "reaches") || v.Is(k, "totalled") || v.Is(k, "totaled")
            || v.Is(k, "totals") || v.Is(k, "cost") || v.Is(k, "costs")) ? k : -1;
    }

    private static bool IsChangeAdverb(TokenView v, int k) =>
        v.IsLower(k) && (v.Word(k) is "further" or "again" or "back" or "still"
            || v.Word(k).Length > 4 && v.Word(k).EndsWith("ly", StringComparison.Ordinal));

    private static bool IsBeVerb(TokenView v, int k) =>
        v.Is(k, "was") || v.Is(k, "were") || v.Is(k, "is") || v.Is(k, "are") || v.Is(k, "be");

    /// <summary>The subject of the verb at <paramref name="verb"/>, read back past auxiliaries, hedges, an infinitive's "to"
    /// and a short phrase of place, group or owner; null when none is a lower-case noun phrase.</summary>
    private static TextSpan? SubjectBefore(TokenView v, int verb, int u0)
    {
        int s = verb - 1;
        bool infinitive = false;
        // "will rise", "have dropped", "more than doubled", "were cut": auxiliaries and hedges between the subject and its verb
        while (s > u0 && (v.Is(s, "will") || v.Is(s, "would") || v.Is(s, "could") || v.Is(s, "may") || v.Is(s, "has") || v.Is(s, "have")
            || v.Is(s, "had") || v.Is(s, "also") || v.Is(s, "than") || v.Is(s, "more") || v.Is(s, "nearly") || v.Is(s, "almost")
            || v.Is(s, "to") || v.Is(s, "been") || v.Is(s, "were") || v.Is(s, "was")
            // "Median household income finally reached": an adverb of time or manner before the verb
            || v.Is(s, "finally") || v.Is(s, "already") || v.Is(s, "now") || v.Is(s, "recently") || v.Is(s, "eventually")
            || v.Is(s, "sharply") || v.Is(s, "steadily") || v.Is(s, "slightly") || v.Is(s, "still") || v.Is(s, "just")))
        {
            infinitive |= v.Is(s, "to");
            s--;
        }
        int headEnd = s + 1;
        // "Knife offences in the capital rose", "TV ad spending in the state Supreme Court campaign had reached": the noun
        // before a short phrase of place, group or owner is the subject; "ensure that the country reaches" has none.
        int phrase = PhrasePreposition(v, s, u0, 6);
        if (phrase > u0)
        {
            headEnd = phrase;
            // "Uptake of the second MMR dose at age five fell", "joblessness among the … children of immigrants is": a second
            // phrase right before the first belongs to the same subject.
            int second = PhrasePreposition(v, phrase - 1, u0, 4);
            if (second > u0)
            {
                headEnd = second;
            }
        }
        // "Shares in Halden Air rose", "Stock of Brevik fell": whose shares they are is the point of the phrase.
        if (headEnd <= s && (v.Is(headEnd, "in") || v.Is(headEnd, "of")) && headEnd - 1 >= u0 && IsSecurities(v.Word(headEnd - 1))
            && headEnd + 1 <= s && v.IsCap(headEnd + 1))
        {
            int owner = headEnd - 1;
            if (owner == u0 || IsSubjectWord(v, owner, u0))
            {
                return v.Span(owner, s + 1);
            }
        }
        int start = headEnd;
        // "Insurers expect claims to rise by 20%": before an infinitive the subject is one noun (the verb before it is no
        // modifier). A plural that is also a reporting word ("claims", "reports") heads a subject all the same.
        while (start > u0 && headEnd - start < (infinitive ? 1 : 3)
            && (IsSubjectWord(v, start - 1, u0) || start == headEnd && IsPluralCueNoun(v, start - 1)))
        {
            start--;
        }
        // "a crowded ferry capsized …": a past tense closing the words before is a verb of its own clause, not the subject.
        // "The number of injured … stands at 387": a "number of" is read by NumberOf, or not at all.
        // "It's probably going to be close to $2m": a verb in "-ing" after a pronoun, a verb of being or an adverb is no subject.
        if (start == headEnd || !v.IsLower(headEnd - 1) && headEnd - 1 != u0 || v.Is(headEnd - 1, "number") || v.Is(headEnd - 1, "total")
            || v.IsIngForm(headEnd - 1) && headEnd - 2 >= 0 && (v.IsPossessive(headEnd - 2) || IsBeVerb(v, headEnd - 2)
                || v.IsLower(headEnd - 2) && (v.InSet(headEnd - 2, StatementLexicon.SubjectPronouns) || v.Word(headEnd - 2).EndsWith("ly", StringComparison.Ordinal)))
            || v.IsLower(headEnd - 1) && v.Word(headEnd - 1).Length > 4 && v.Word(headEnd - 1).EndsWith("ed", StringComparison.Ordinal))
        {
            return null;
        }
        // "On Tuesday, Kestrel shares fell", "Tolvane's shares slid": a firm's name, or its possessive, before the securities
        // says whose they are.
        if (start == headEnd - 1 && start > u0 && IsSecurities(v.Word(start)))
        {
            int owner = start;
            if (owner - 2 >= u0 && v.IsPossessive(owner - 1) && v.IsCap(owner - 2))
            {
                owner -= 2;
            }
            int names = owner < start ? 1 : 0;
            while (owner - 1 >= u0 && names < 3 && v.IsCap(owner - 1) && !v.IsDeterminer(owner - 1)
                && v.Word(owner - 1) is not ("Its" or "Their" or "His" or "Her" or "Our" or "My" or "Your"))
            {
                owner--;
                names++;
            }
            if (names > 0)
            {
                start = owner;
            }
        }
        return v.Span(start, headEnd);
    }

    private static bool IsSecurities(ReadOnlySpan<char> w) =>
        w is "shares" or "Shares" or "stock" or "Stock" or "stocks" or "bonds" or "Bonds" or "securities" or "units";

    /// <summary>The preposition opening a phrase of place, group or owner within <paramref name="words"/> words back from
    /// <paramref name="s"/>, or -1 when a clause word, a reporting word, a punctuation mark or the determiner of a noun
    /// phrase not opened by a preposition ("said on Thursday its annual profit") comes first.</summary>
    private static int PhrasePreposition(TokenView v, int s, int u0, int words)
    {
        for (int j = s; j > u0 && j >= s - words; j--)
        {
            if (!v.IsWord(j) && !v.IsNumber(j) && !v.IsPossessive(j) || v.Is(j, "that") || v.Is(j, "which") || v.Is(j, "who")
                || v.Is(j, "whom") || v.Is(j, "whose") || v.Is(j, "if") || v.Is(j, "when") || v.Is(j, "where") || v.Is(j, "because")
                || v.Is(j, "while") || v.IsLower(j) && StatementLexicon.CueLookup.ContainsKey(v.Word(j)) && j < s)
            {
                return -1;
            }
            if (v.IsDeterminer(j) && j - 1 > u0 && !IsPhrasePreposition(v, j - 1) && !v.IsPossessive(j - 1))
            {
                return -1;
            }
            if (IsPhrasePreposition(v, j))
            {
                return j;
            }
        }
        return -1;
    }

    private static bool IsPhrasePreposition(TokenView v, int j) =>
        v.Is(j, "in") || v.Is(j, "through") || v.Is(j, "among") || v.Is(j, "across") || v.Is(j, "at") || v.Is(j, "on")
        || v.Is(j, "by") || v.Is(j, "of") || v.Is(j, "from") || v.Is(j, "for") || v.Is(j, "to") || v.Is(j, "with") || v.Is(j, "per");

    private static bool IsPluralCueNoun(TokenView v, int k) =>
        v.IsWord(k) && StatementLexicon.CueLookup.TryGetValue(v.Word(k), out var cue) && cue.NounToo && v.Word(k).Length > 4
        && v.Word(k)[^1] == 's';

    /// <summary>"up from 167", "down from 98", "compared with 36", and "from €5.7bn" right after a change: the value an
    /// amount is set against counts what that amount counts. The amount is the one before of the same kind for the first
    /// three; for "from" after a change, the change itself. "…, down 19%", "…, up by 4%": a change after a comma is the
    /// change of the last named amount before it. "…, more / fewer than (the) 350" compares a count with the count before it.</summary>
    private static Quantity? ComparedWith(TokenView v, List<Quantity> output, int i, int first, int k, int u0)
    {
        if (i == first)
        {
            return null;
        }
        var q = output[i];
        var before = output[i - 1];
        if (v.Is(k, "from") && before.Object is not null && LastTokenOf(v, before) + 1 == k)
        {
            return before;
        }
        bool against = v.Is(k, "from") && (v.Is(k - 1, "up") || v.Is(k - 1, "down"))
            || (v.Is(k, "with") || v.Is(k, "to")) && v.Is(k - 1, "compared");
        if (against && k - 1 > u0)
        {
            for (int j = i - 1; j >= first; j--)
            {
                if (output[j].Kind == q.Kind)
                {
                    return output[j].Object is not null ? output[j] : null;
                }
            }
            return null;
        }
        // "297 people aboard, far more than the 260 the company reported": a count compared with one before it that names
        // nothing counts what that one counts.
        if (q.Kind == QuantityKind.Count && (v.Is(k, "the") ? k - 2 : k - 1) is int than && than > u0 && v.Is(than + 1, "than")
            && v.Word(than) is "more" or "fewer" or "less" or "higher" or "lower" or "greater")
        {
            for (int j = i - 1; j >= first; j--)
            {
                if (output[j].Kind == QuantityKind.Count)
                {
                    return output[j].Object is not null && output[j].ObjectSpan is { } named && named.End <= v.Start(than) ? output[j] : null;
                }
            }
            return null;
        }
        int c = v.Is(k, "by") ? k - 1 : k;
        if ((v.Is(c, "up") || v.Is(c, "down")) && c - 1 > u0 && v.IsComma(c - 1) && q.Kind != QuantityKind.Count)
        {
            for (int j = i - 1; j >= first; j--)
            {
                if (output[j].Kind != QuantityKind.Measure)
                {
                    return output[j].Object is not null ? output[j] : null;
                }
            }
        }
        return null;
    }

    /// <summary>The last token of a quantity: its span's, or its object's when the object follows it.</summary>
    private static int LastTokenOf(TokenView v, Quantity q)
    {
        int end = q.ObjectSpan is { } o && o.Start >= q.Span.End ? Math.Max(o.End, q.Span.End) : q.Span.End;
        return v.Tokens.IndexAtOrAfter(end) - 1;
    }

    /// <summary>The verb of change of the quantity <paramref name="change"/> when it ends at most three words before token
    /// <paramref name="k"/> ("fell by 11,000 votes in May to …"), or null.</summary>
    private static int? ChangeVerbOf(TokenView v, Quantity change, int k, int u0)
    {
        int last = LastTokenOf(v, change);
        if (last > k || k - last > 3)
        {
            return null;
        }
        for (int j = last + 1; j <= k; j++)
        {
            if (!v.IsWord(j))
            {
                return null;
            }
        }
        int verb = v.Tokens.IndexAtOrAfter(change.Span.Start) - 1;
        bool by = v.Is(verb, "by");
        if (by)
        {
            verb--;
        }
        return verb > u0 && (IsChangeVerb(v, verb) || by && IsTransitiveChange(v, verb)) ? verb : null;
    }

    /// <summary>"cut its annual profit by …", "raised the fee by …": the words between a transitive verb of change and the
    /// "by" at <paramref name="k"/>+1, without their determiner; null when no such verb is within six words.</summary>
    private static TextSpan? ObjectOfChange(TokenView v, int k, int u0)
    {
        for (int j = k - 1; j > u0 && k - j <= 6; j--)
        {
            // "the levy on sugary drinks", "its forecast for exports": a short phrase of what or where may follow the noun.
            if (!v.IsWord(j) && !v.IsPossessive(j) || v.IsLower(j) && v.InSet(j, StatementLexicon.RightStops) && !v.Is(j, "on") && !v.Is(j, "for"))
            {
                return null;
            }
            if (IsTransitiveChange(v, j) || v.Is(j, "increased") || v.Is(j, "decreased") || v.Is(j, "expanded") || v.Is(j, "doubled")
                || v.Is(j, "narrowed") || v.Is(j, "widened"))
            {
                int o = j + 1;
                while (o <= k && v.IsDeterminer(o))
                {
                    o++;
                }
                return o <= k && v.IsLower(k) && !v.IsDeterminer(k) && !v.Word(k).EndsWith("ly", StringComparison.Ordinal)
                    && !v.InSet(o, StatementLexicon.RightStops) ? v.Span(o, k + 1) : null;
            }
        }
        return null;
    }

    private static bool IsTransitiveChange(TokenView v, int k)
    {
        if (!v.IsLower(k))
        {
            return false;
        }
        var w = v.Word(k);
        return w is "cut" or "cuts" or "slashed" or "slashes" or "raised" or "raises" or "reduced" or "reduces" or "lowered"
            or "lowers" or "boosted" or "boosts" or "trimmed" or "trims" or "lifted" or "lifts" or "hiked" or "hikes"
            or "raise" or "reduce" or "lower" or "boost" or "trim" or "lift" or "hike" or "slash";
    }

    private static bool IsSubjectWord(TokenView v, int k, int u0) =>
        v.IsWord(k) && (v.IsLower(k) || k == u0 || v.OpensQuote(k - 1)) && !v.InSet(k, StatementLexicon.RightStops)
        && !v.InSet(k, StatementLexicon.Determiners) && !v.Is(k, "its") && !v.Is(k, "the") && !v.Is(k, "their") && !v.Is(k, "it")
        && !v.Is(k, "they") && !v.Is(k, "this") && !StatementLexicon.CueLookup.ContainsKey(v.Word(k))
        && !NumberWords.Cardinals.TryGetValue(v.Word(k), out _);

    private static bool IsChangeVerb(TokenView v, int k)
    {
        if (!v.IsLower(k))
        {
            return false;
        }
        var w = v.Word(k);
        return w is "rose" or "rise" or "rises" or "risen" or "fell" or "fall" or "falls" or "fallen" or "dropped" or "drop" or "drops"
            or "grew" or "grow" or "grows" or "grown" or "increased" or "decreased" or "declined" or "jumped" or "climbed" or "slumped"
            or "surged" or "soared" or "plunged" or "slipped" or "narrowed" or "widened" or "doubled" or "tripled" or "shrank"
            or "contracted" or "expanded" or "tumbled" or "dipped" or "sank" or "edged" or "slid" or "slides" or "gained"
            or "plummeted" or "rallied"
            // the present forms, as after "expect … to": "claims to climb by 30%"
            or "climb" or "climbs" or "jump" or "jumps" or "surge" or "surges" or "soar" or "soars" or "plunge" or "plunges"
            or "slip" or "slips" or "tumble" or "tumbles" or "decline" or "declines" or "increase" or "increases" or "decrease"
            or "decreases" or "shrink" or "shrinks" or "dip" or "dips" or "sink" or "sinks" or "double" or "doubles" or "narrow"
            or "narrows" or "widen" or "widens" or "expand" or "expands";
    }

    /// <summary>"300 of its 450 drivers stayed away. Seventeen of them walked out", "11 ships were waiting. Two of those had
    /// waited since Tuesday": a count of "them / those / these" counts the members of the latest group counted before it, in
    /// its sentence or the one before (across a paragraph break too, as wires split every sentence); with none, it stays a
    /// count of an unnamed group.</summary>
    private static void GroupReferredTo(TokenView v, List<Quantity> output, int i, int from, int u1)
    {
        var q = output[i];
        if (q.Kind != QuantityKind.Count || q.Object is not null || !OfThem(v, v.Tokens.IndexAtOrAfter(q.Span.End), u1))
        {
            return;
        }
        for (int j = i - 1; j >= from; j--)
        {
            // "orders worth about 200 million dollars … Three of those": a sum's plural object is a group of things too.
            if (output[j] is { ObjectSpan: { } members } group && members.End <= q.Span.Start
                && (group.Kind == QuantityKind.Count || group.Kind == QuantityKind.Money && IsPlural(v, v.Tokens.IndexAtOrAfter(members.End) - 1)))
            {
                output[i] = q with { Object = group.Object, ObjectSpan = members };
                return;
            }
        }
    }

    /// <summary>True at "of them" and at "of those / these" used as a pronoun ("two of those had waited"), not as a
    /// determiner ("two of those ships").</summary>
    private static bool OfThem(TokenView v, int o, int u1)
    {
        if (o + 1 >= u1 || !v.Is(o, "of"))
        {
            return false;
        }
        if (v.Is(o + 1, "them"))
        {
            return true;
        }
        return (v.Is(o + 1, "those") || v.Is(o + 1, "these"))
            && (o + 2 >= u1 || !v.IsWord(o + 2) || IsSubjectVerb(v, o + 2)
                || v.Document.Tokens.Tags[o + 2] is not (PartOfSpeech.NOUN or PartOfSpeech.ADJ or PartOfSpeech.PROPN or PartOfSpeech.NUM) && !IsPlural(v, o + 2));
    }

    /// <summary>"63 survivors …, of whom around 20 were taken to hospital", "Of the 310 patients taken to hospital, 40 were
    /// under a year old": a part of a group named just before counts the group's members.</summary>
    private static void PartOfGroup(TokenView v, List<Quantity> output, int i, int first, int u0)
    {
        var q = output[i];
        // "some 14,600 attempts, nearly two thirds of them": a share of "them" is a share of the count before.
        if (q.Kind == QuantityKind.Percent && q.Object is "them" or "those" && i > first && output[i - 1] is { Kind: QuantityKind.Count, ObjectSpan: { } members } counted)
        {
            output[i] = q with { Object = counted.Object, ObjectSpan = members };
            return;
        }
        if (q.Kind != QuantityKind.Count || q.Object is not null || i == first || output[i - 1] is not { Kind: QuantityKind.Count, ObjectSpan: { } named } group)
        {
            return;
        }
        int at = v.Tokens.IndexAtOrAfter(q.Span.Start);
        int groupAt = v.Tokens.IndexAtOrAfter(group.Span.Start);
        bool ofWhom = at - 2 >= u0 && v.Is(at - 2, "of") && (v.Is(at - 1, "whom") || v.Is(at - 1, "which"))
            && v.Tokens.IndexAtOrAfter(group.Span.End) <= at - 2;
        bool fronted = at - 1 > u0 && v.IsComma(at - 1) && v.Is(u0, "of") && groupAt - u0 <= 2 && groupAt > u0;
        // "Up to 3,500 workers, including 600 sent from …": the part a group includes counts its members.
        bool including = at - 1 > u0 && v.Is(at - 1, "including") && LastTokenOf(v, group) + 2 >= at - 1 && LastTokenOf(v, group) < at;
        if (ofWhom || fronted || including)
        {
            output[i] = q with { Object = group.Object, ObjectSpan = named };
        }
    }

    /// <summary>"The number of people missing fell to 66", "the number of troops near the border had fallen to around
    /// 3,000": a count that names nothing is the value of the "number of" before it in its clause, and counts that.</summary>
    private static void NumberOf(TokenView v, List<Quantity> output, int i, int from, int u1)
    {
        var q = output[i];
        if (q.Kind != QuantityKind.Count || q.Object is not null)
        {
            return;
        }
        int at = v.Tokens.IndexAtOrAfter(q.Span.Start);
        // "Two more deaths were reported, bringing the total to six": a total the clause reaches adds to the count before it
        // and counts the same thing; so does the earlier figure "up from (the)" which a count rose.
        int lead = at - 1 > from && v.Is(at - 1, "the") ? at - 2 : at - 1;
        if (at - 2 > from && (v.Is(at - 1, "to") && v.Word(at - 2) is "total" or "tally" || lead - 1 > from && v.Is(lead, "from") && v.Word(lead - 1) is "up" or "down")
            && i > 0
            && output[i - 1] is { Kind: QuantityKind.Count, ObjectSpan: { } counted } earlier && earlier.Span.End >= v.Start(from))
        {
            output[i] = q with { Object = earlier.Object, ObjectSpan = counted };
            return;
        }
        for (int k = at - 1; k > from && at - k <= 22; k--)
        {
            if (v.IsPunct(k) && !v.IsComma(k) || v.InQuote(k) != v.InQuote(at))
            {
                return;
            }
            // "fell to 66 from 98": the earlier value of the same number counts the same thing.
            if (i > 0 && (k == v.Tokens.IndexAtOrAfter(output[i - 1].Span.End) || OnlyATimeBetween(v, output[i - 1].Span.End, v.Start(k)))
                && (v.Is(k, "from") || v.Is(k, "to")) && k + 1 == at
                && output[i - 1] is { Kind: QuantityKind.Count, ObjectSpan: { } named } && named.End <= output[i - 1].Span.Start)
            {
                output[i] = q with { Object = output[i - 1].Object, ObjectSpan = named };
                return;
            }
            if (v.Is(k, "of") && (v.Is(k - 1, "number") || v.Is(k - 1, "total")) && k + 1 < at)
            {
                int end = ObjectEnd(v, k + 1, at);
                if (end > k + 1)
                {
                    var span = v.Span(k + 1, end);
                    output[i] = q with { Object = span.Slice(v.Text), ObjectSpan = span };
                }
                return;
            }
        }
    }

    /// <summary>True when the text from <paramref name="from"/> to <paramref name="to"/> is one time expression and the
    /// spaces round it ("rose to 112 | last year | from 87": the year the figure belongs to).</summary>
    private static bool OnlyATimeBetween(TokenView v, int from, int to)
    {
        var text = v.Text.AsSpan(from, Math.Max(0, to - from));
        int lead = text.Length - text.TrimStart().Length;
        int length = text.Trim().Length;
        if (length == 0)
        {
            return false;
        }
        var times = v.Document.Times;
        for (int i = 0; i < times.Count; i++)
        {
            if (times[i].Span.Start == from + lead && times[i].Span.Length == length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first word of the noun phrase between a verb of reckoning and the "at" at <paramref name="at"/>, without
    /// its determiner ("estimated | excess deaths | at", "put | the size of the crowd | at"); null when there is none.</summary>
    private static int? AppraisedBefore(TokenView v, int at, int u0)
    {
        int k = at - 1;
        // A name may be what is put at a figure ("The poll put Labour at 41%", "put the Liberals at 28%").
        while (k >= u0 && at - k <= 6 && v.IsWord(k) && (v.IsLower(k) || v.IsCap(k) && k > u0) && !IsReckoning(v, k) && !v.Is(k, "and"))
        {
            k--;
        }
        if (k < u0 || !IsReckoning(v, k) || k + 1 >= at)
        {
            return null;
        }
        int first = k + 1;
        if (v.IsDeterminer(first))
        {
            first++;
        }
        return first < at && !v.Is(first, "it") && !v.Is(first, "them") ? first : null;
    }

    // The first word (after its determiner) of the noun phrase between "and" or a comma and the "at" at <paramref name="at"/>,
    // when that joiner follows output[i - 1], a figure set "at" by a verb of reckoning or itself so joined to one ("put A at
    // 34%, B at 30% and C at 20%"); null otherwise.
    private static int? JoinedReckoning(TokenView v, int at, int u0, List<Quantity> output, int i)
    {
        int k = at - 1;
        while (k > u0 && at - k <= 5 && v.IsWord(k) && !v.Is(k, "and"))
        {
            k--;
        }
        if (i < 1 || k + 1 >= at || k < u0 + 1 || !(v.Is(k, "and") || v.IsComma(k)))
        {
            return null;
        }
        // Only a noun phrase: not a clause of its own (", while the organisers put it at").
        for (int j = k + 1; j < at; j++)
        {
            if (IsReckoning(v, j) || v.InSet(j, StatementLexicon.RightStops))
            {
                return null;
            }
        }
        var before = output[i - 1];
        // ", and C at 20%": the comma before "and" closes the figure before.
        int close = v.Is(k, "and") && v.IsComma(k - 1) ? k - 2 : k - 1;
        if (close < u0 || v.End(close) != before.Span.End)
        {
            return null;
        }
        int before0 = v.Tokens.IndexAtOrAfter(before.Span.Start) - 1;
        if (before0 < u0 || !v.Is(before0, "at") || before.ObjectSpan is null
            || AppraisedBefore(v, before0, u0) is null && JoinedReckoning(v, before0, u0, output, i - 1) is null)
        {
            return null;
        }
        int first = v.IsDeterminer(k + 1) ? k + 2 : k + 1;
        return first < at ? first : null;
    }

    private static bool IsReckoning(TokenView v, int k) =>
        v.Word(k) is "estimated" or "estimate" or "estimates" or "put" or "puts" or "putting" or "valued" or "values" or "value"
            or "pegged" or "pegs" or "priced" or "prices" or "placed" or "places" or "assessed" or "assesses" or "estimating" or "valuing";

    /// <summary>"a turnout of about 68%", "a ransom of $4 million", "a fine of 2% of turnover": a share or a sum that names
    /// nothing after it is the value of the noun right before its "of".</summary>
    private static void NounOfAmount(TokenView v, List<Quantity> output, int i, int u0)
    {
        var q = output[i];
        // A measure is reckoned too ("estimated the wheat crop at 4 million tonnes"), but the "noun of" readings below are
        // for shares, sums and counts only.
        if (q.Kind is not (QuantityKind.Percent or QuantityKind.Money or QuantityKind.Count or QuantityKind.Measure) || q.Object is not null)
        {
            return;
        }
        int of = v.Tokens.IndexAtOrAfter(q.Span.Start) - 1;
        // "The deal, valued at about £7.3bn, was …": a sum set after a comma and "valued / priced at" is the value of the
        // noun before that comma.
        if (q.Kind == QuantityKind.Money && of - 3 >= u0 && v.Is(of, "at") && (v.Is(of - 1, "valued") || v.Is(of - 1, "priced"))
            && v.IsComma(of - 2) && v.IsLower(of - 3) && !v.IsDeterminer(of - 3) && of - 4 >= u0 && v.IsDeterminer(of - 4))
        {
            var valued = v.Span(of - 3, of - 2);
            output[i] = q with { Object = valued.Slice(v.Text), ObjectSpan = valued };
            return;
        }
        // "estimated excess deaths at between 1,500 and 2,100", "Police put the size of the crowd at 40,000": what a verb of
        // reckoning sets "at" a figure is what the figure measures.
        if (of - 2 >= u0 && v.Is(of, "at") && AppraisedBefore(v, of, u0) is int appraised && appraised < of)
        {
            var reckoned = v.Span(appraised, of);
            output[i] = q with { Object = reckoned.Slice(v.Text), ObjectSpan = reckoned };
            return;
        }
        // "put Labour at 41 percent and the Liberals at 28 percent", "put A at 34%, B at 30% and C at 20%": a further "X at N"
        // joined to a figure that a verb of reckoning set is set by that verb too; X is what that figure measures.
        if (of - 3 >= u0 && v.Is(of, "at") && JoinedReckoning(v, of, u0, output, i) is int joinedFirst)
        {
            var joinedObject = v.Span(joinedFirst, of);
            output[i] = q with { Object = joinedObject.Slice(v.Text), ObjectSpan = joinedObject };
            return;
        }
        if (q.Kind == QuantityKind.Measure)
        {
            return;
        }
        // "Police estimated the march at 2,000, while organisers put it at 6,000": "it" set at a second figure is the thing
        // the figure before it in the sentence measured.
        if (of - 2 >= u0 && v.Is(of, "at") && (v.Is(of - 1, "it") || v.Is(of - 1, "them")) && IsReckoning(v, of - 2) && i > 0
            && output[i - 1] is { ObjectSpan: { } before, Kind: var kind } earlier && kind == q.Kind && earlier.Span.Start >= v.Start(u0))
        {
            output[i] = q with { Object = earlier.Object, ObjectSpan = before };
            return;
        }
        // "bribes worth about $250,000", "shares worth 3% of the firm": the sum is the worth of the noun before "worth".
        if (q.Kind == QuantityKind.Money && of - 1 >= u0 && v.Is(of, "worth") && v.IsLower(of - 1) && v.IsWord(of - 1)
            && !v.IsDeterminer(of - 1) && !v.InSet(of - 1, StatementLexicon.RightStops) && !StatementLexicon.CueLookup.ContainsKey(v.Word(of - 1))
            && v.Document.Tokens.Tags[of - 1] == PartOfSpeech.NOUN)
        {
            var worth = v.Span(of - 1, of);
            output[i] = q with { Object = worth.Slice(v.Text), ObjectSpan = worth };
            return;
        }
        int noun = of - 1;
        if (noun < u0 || !v.Is(of, "of") || !v.IsLower(noun) || v.InSet(noun, StatementLexicon.RightStops) || v.IsDeterminer(noun)
            || v.InSet(noun, NumberWords.Units) || v.Is(noun, "number") || v.Is(noun, "total") || v.Is(noun, "one")
            || NumberWords.Cardinals.TryGetValue(v.Word(noun), out _) || StatementLexicon.CueLookup.ContainsKey(v.Word(noun)))
        {
            return;
        }
        // "a crowd of 41,250": a count is the size of the group the noun names, but not a bound or a mark ("a maximum of 12").
        if (q.Kind == QuantityKind.Count && (IsBoundNoun(v, noun) || v.Is(noun, "maximum") || v.Is(noun, "minimum") || v.Is(noun, "average") || v.Is(noun, "record")
            || v.Is(noun, "peak") || v.Is(noun, "high") || v.Is(noun, "low") || v.Is(noun, "rest") || v.Is(noun, "age") || v.Is(noun, "ages")
            // "The rise of 401(k) plans": a count with more after it than a stop is a name or the start of one.
            || !AtAStop(v, v.Tokens.IndexAtOrAfter(q.Span.End))))
        {
            return;
        }
        // Only after an article ("a fine of", "the sum of", "a net profit of", "a case fatality rate of", with at most two
        // modifiers between): "wage growth of nearly 5%" is a rate, left as it was.
        // "the bank faced losses of up to £600 million": a verb before the noun opens the phrase as an article would.
        var tags = v.Document.Tokens.Tags;
        int m = noun - 1;
        while (m >= u0 && noun - m <= 2 && v.IsLower(m) && !v.IsDeterminer(m) && !v.InSet(m, StatementLexicon.RightStops)
            && !(v.IsIngForm(m) && !v.Word(m).Contains('-')) && tags[m] != PartOfSpeech.VERB
            && !StatementLexicon.CueLookup.ContainsKey(v.Word(m)) && !NumberWords.Cardinals.TryGetValue(v.Word(m), out _))
        {
            m--;
        }
        if (m < u0 || !v.IsDeterminer(m) && !(tags[m] == PartOfSpeech.VERB && m < noun))
        {
            return;
        }
        var span = v.Span(m + 1, noun + 1);
        output[i] = q with { Object = span.Slice(v.Text), ObjectSpan = span };
    }

    /// <summary>"Its margin of error was plus or minus 3.1 points", "with an error margin of ±2%": a figure either way is the
    /// margin of the noun it is given for, after "is / was / of" (a survey's "margin of error" whole, which may also stand
    /// right before it); no object when no lower-case noun stands there.</summary>
    private static void MarginOf(TokenView v, List<Quantity> output, int i, int u0)
    {
        var q = output[i];
        if (q.Qualifier != QuantityQualifier.PlusOrMinus || q.Object is not null)
        {
            return;
        }
        int k = v.Tokens.IndexAtOrAfter(q.Span.Start) - 1;
        if (k < u0)
        {
            return;
        }
        // "samples carry margins of error plus or minus 4.3 percent": the survey's margin may stand right before the figure.
        bool joined = IsBeVerb(v, k) || v.Is(k, "of");
        int last = joined ? k - 1 : k;
        if (last < u0)
        {
            return;
        }
        int firstWord = last;
        if (v.Is(last, "error") && last - 2 >= u0 && v.Is(last - 1, "of") && (v.Is(last - 2, "margin") || v.Is(last - 2, "margins")))
        {
            firstWord = last - 2;
        }
        else if (!joined)
        {
            return;
        }
        else
        {
            var tags = v.Document.Tokens.Tags;
            if (!v.IsLower(last) || tags[last] != PartOfSpeech.NOUN || v.InSet(last, StatementLexicon.RightStops))
            {
                return;
            }
            // "error margin", "sampling error": one noun before the head belongs to it.
            if (last - 1 >= u0 && v.IsLower(last - 1) && tags[last - 1] == PartOfSpeech.NOUN && !v.InSet(last - 1, StatementLexicon.RightStops))
            {
                firstWord = last - 1;
            }
        }
        var span = v.Span(firstWord, last + 1);
        output[i] = q with { Object = span.Slice(v.Text), ObjectSpan = span };
    }

    /// <summary>"limit", "cap", "ceiling", "quota", "capacity", "threshold": a bound on how many, not the thing counted.</summary>
    private static bool IsBoundNoun(TokenView v, int k) =>
        v.Word(k) is "limit" or "cap" or "ceiling" or "quota" or "capacity" or "threshold";

    private static bool AtAStop(TokenView v, int t) =>
        t >= v.Count || v.IsPunct(t) && !v.IsChar(t, '(') || v.IsLower(t) && v.InSet(t, StatementLexicon.RightStops);

    /// <summary>"At least 27 people were killed and more than 130 are missing": a count that names nothing, joined by "and"
    /// to the count before it and followed by its verb, counts what that one counts.</summary>
    private static void SharedObject(TokenView v, List<Quantity> output, int i, int u1)
    {
        var q = output[i];
        var before = output[i - 1];
        if (q.Kind != QuantityKind.Count || q.Object is not null || before.Kind != QuantityKind.Count || before.ObjectSpan is not TextSpan named)
        {
            return;
        }
        // "The number of people killed … has risen to 1,870, …, and more than 6,000 were injured": the object named before
        // its count is joined from the count itself.
        int from = v.Tokens.IndexAtOrAfter(Math.Max(named.End, before.Span.End));
        int to = v.Tokens.IndexAtOrAfter(q.Span.Start);
        bool joined = false;
        for (int k = from; k < to; k++)
        {
            if (v.Is(k, "and") || v.Is(k, "while"))
            {
                joined = true;
            }
            else if (v.IsPunct(k) && !v.IsComma(k))
            {
                return;
            }
        }
        int after = v.Tokens.IndexAtOrAfter(q.Span.End);
        // "killing at least 12 people and injuring more than 200,": two participles' objects, the second left unsaid.
        int verb = v.Tokens.IndexAtOrAfter(q.Span.Start) - 1;
        int verbBefore = v.Tokens.IndexAtOrAfter(before.Span.Start) - 1;
        if (joined && to - from <= 8 && verb > 0 && verbBefore >= 0 && v.IsIngForm(verb) && v.IsIngForm(verbBefore)
            && (after >= u1 || v.IsPunct(after)))
        {
            output[i] = q with { Object = before.Object, ObjectSpan = named };
            return;
        }
        if (!joined || to - from > (named.End <= before.Span.Start ? 10 : 8) || after >= u1 || !v.IsLower(after))
        {
            return;
        }
        var w = v.Word(after);
        if (w is "are" or "were" or "is" or "was" or "have" or "had" or "remain" or "remained" or "died" || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            output[i] = q with { Object = before.Object, ObjectSpan = named };
        }
    }

    /// <summary>Reads a quantity starting at token <paramref name="t"/>; returns the token after it, or t when none.</summary>
    private static int TryAt(TokenView v, int t, int u0, int u1, List<Quantity> output)
    {
        double value;
        int end;
        bool plural = false;
        bool more = false;
        bool vague = false;
        string? unit = null;
        var kind = QuantityKind.Count;
        if (v.IsNumber(t))
        {
            var w = v.Word(t);
            if (!ParseDigits(w, out value, out var suffix))
            {
                return t;
            }
            double hyphenHigh = double.NaN;
            if (suffix.Length > 1 && suffix[0] is '-' or '–' && !suffix[1..].ContainsAnyExcept("0123456789,."))
            {
                // "10-15 people" is a range written as one word; "won 3-2", "a 2-2 draw" is a score, which counts nothing.
                if (!ParseDigits(suffix[1..], out var second, out _) || second <= value || IsScore(v, t, u0, u1))
                {
                    return t + 1;
                }
                if (value >= 1800 && value <= 2100)
                {
                    return t + 1; // "the 2020-2021 season", "1939-45": years
                }
                // "carried out May 3-7", "on 12-14 June": two days of a named month are a span of days, which the time
                // stage reads; they count nothing.
                if (second <= 31 && value >= 1 && value == Math.Floor(value) && second == Math.Floor(second)
                    && (t > u0 && v.IsCap(t - 1) && v.InSet(t - 1, StatementLexicon.Months) || t + 1 < u1 && v.IsCap(t + 1) && v.InSet(t + 1, StatementLexicon.Months)))
                {
                    return t + 1;
                }
                hyphenHigh = second;
                suffix = default;
            }
            if (suffix.Length > 0)
            {
                if (suffix is "th" or "st" or "nd" or "rd" or "s" or "'s" || IsTimeLike(w) || IsClockSuffix(suffix))
                {
                    return t + 1; // ordinal, decade or clock time
                }
                // "the 24-year-old" is a person's age, which counts nothing (as "Pieter Vos, 58," does not).
                if (suffix is "-year-old")
                {
                    return t + 1;
                }
                if (CompoundMoney(suffix) is (double scale, string currency))
                {
                    // "a 60-million-pound deal", "a $2-billion-dollar plan": the amount written as one modifier.
                    value *= scale;
                    kind = QuantityKind.Money;
                    unit = currency;
                }
                else if (suffix is "m" && !(t > u0 && IsCurrencySign(v, t - 1)) && t + 1 < u1 && IsRaceWord(v.Word(t + 1)))
                {
                    kind = QuantityKind.Measure; // "the 1,500m champion", "the 400m hurdles": a race's distance in metres
                    unit = "m";
                }
                else if (NumberWords.Magnitudes.TryGetValue(suffix, out var mult))
                {
                    value = Scaled(value, mult);
                }
                else if (suffix is "B" or "b" && t > u0 && IsCurrencySign(v, t - 1))
                {
                    value *= 1e9; // "$1B": a bare B is billions only after a currency sign ("Section 1b" is no number)
                }
                else if (suffix is "p" && !(t > u0 && IsCurrencySign(v, t - 1)))
                {
                    // "rose by 11p", "18.5p a share": pence are money, a hundredth of a pound.
                    value = Scaled(value, 0.01);
                    kind = QuantityKind.Money;
                    unit = "GBP";
                }
                else
                {
                    kind = QuantityKind.Measure;
                    // "43C": the scale's letter written onto the digits is the scale's unit, as "43 degrees Celsius" gives.
                    unit = NumberWords.TemperatureScales.TryGetValue(suffix, out var degrees) ? degrees : suffix.TrimStart('-').ToString();
                }
            }
            if (double.IsNaN(hyphenHigh) && (IsDateOrYear(v, t, u0, u1, value, w) || IsAge(v, t, u0, u1, value)))
            {
                return t + 1;
            }
            end = t + 1;
            if (!double.IsNaN(hyphenHigh))
            {
                return HyphenRange(v, t, u1, value, hyphenHigh, output);
            }
        }
        // "Thousands of dock workers …" opening the sentence, or opening it after the dateline ("ROTTERDAM, Nov 4 - Thousands").
        // "\u201cOne in five families …" opens a quote the way a sentence opens.
        else if (v.IsWord(t) && v.IsLower(t) || v.IsWord(t) && (t == u0 || t == v.AfterDateline(u0, u1) || t > u0 && v.OpensQuote(t - 1)))
        {
            var w = v.Word(t);
            // One look-up each for the article and the cardinal, shared by the share test and the branches below.
            bool article = v.Is(t, "a") || v.Is(t, "an");
            bool cardinal = NumberWords.Cardinals.TryGetValue(w, out value) && !article;
            if ((article || cardinal || w.Contains('-')) && Share(v, t, u0, u1, article, cardinal ? value : 0) is (double portion, int of))
            {
                value = portion;
                kind = QuantityKind.Percent;
                unit = "%";
                end = of;
            }
            else if (article)
            {
                if (t + 1 < u1 && NumberWords.Magnitudes.TryGetValue(v.Word(t + 1), out var m) && v.Word(t + 1).Length > 2)
                {
                    value = m;
                    end = t + 2;
                }
                else if (t + 2 < u1 && v.Is(t + 1, "few") && NumberWords.Magnitudes.TryGetValue(v.Word(t + 2), out var few) && v.Word(t + 2).Length > 2)
                {
                    // "a few dozen", "a few hundred people": a vague number of dozens or hundreds, read as "dozens" is.
                    value = few;
                    plural = true;
                    end = t + 3;
                }
                else if (VagueNumber(v, t, u1) is int after and > 0)
                {
                    value = 2;
                    vague = true;
                    end = after;
                }
                else
                {
                    return t;
                }
            }
            else if (cardinal || TryHyphenCardinal(w, out value))
            {
                end = t + 1;
                if (IsAge(v, t, u0, u1, value))
                {
                    return t + 1;
                }
                if (value == 1 && (t + 1 >= u1 || v.Is(t + 1, "of") || v.Is(t + 1, "that") || v.Is(t + 1, "who") || v.Is(t + 1, "another") || v.IsPunct(t + 1)))
                {
                    return t + 1;
                }
                // "in one form or another", "one way or the other": any of them, not one.
                if (value == 1 && t + 3 < u1 && v.IsLower(t + 1) && v.Is(t + 2, "or") && (v.Is(t + 3, "another") || v.Is(t + 3, "the") && t + 4 < u1 && v.Is(t + 4, "other")))
                {
                    return t + 1;
                }
                // "slid to one side", "on one hand", "at one point", "One day the pit will reopen": "one" before a singular noun of
                // side, turn or time in a fixed adverbial picks one out; it counts nothing.
                if (value == 1 && v.Is(t, "one") && OneInAdverbial(v, t, u0, u1))
                {
                    return t + 1;
                }
                // "One official said", "one witness told the BBC", "One analyst, Jo Park,": the word picks out a speaker; it
                // counts nothing.
                if (value == 1 && t + 2 < u1 && v.IsLower(t + 1) && (v.IsComma(t + 2) || v.IsLower(t + 2) && StatementLexicon.CueLookup.ContainsKey(v.Word(t + 2))))
                {
                    return t + 1;
                }
                // "half a million people": half of one magnitude; "half" alone is a share or nothing.
                if (value == 0.5 && t + 2 < u1 && v.Is(t + 1, "a") && NumberWords.Magnitudes.TryGetValue(v.Word(t + 2), out var half) && v.Word(t + 2).Length > 2)
                {
                    value = 0.5 * half;
                    end = t + 3;
                }
                else if (value == 0.5)
                {
                    return t + 1;
                }
            }
            else if (w.Length == 7 && v.Is(t, "several") && t + 1 < u1 && NumberWords.Magnitudes.TryGetValue(v.Word(t + 1), out var several) && v.Word(t + 1).Length > 2)
            {
                // "several million euros": a vague number of millions, read as "millions" is.
                value = several;
                plural = true;
                end = t + 2;
            }
            else if (NumberWords.PluralMagnitudes.TryGetValue(w, out var pm))
            {
                value = pm;
                plural = true;
                end = t + 1;
                // "tens of millions", "hundreds of thousands": one vague number, scaled by the second
                double scale = 0;
                bool scaled = v.Is(end, "of") && end + 1 < u1 && NumberWords.PluralMagnitudes.TryGetValue(v.Word(end + 1), out scale) && scale > pm;
                if (scaled)
                {
                    value *= scale;
                    end += 2;
                }
                // "Dozens were killed", "dozens more are missing": the vague number is the subject and what it counts is
                // unsaid or said before. A closed list of auxiliaries, as this stage runs without part-of-speech tags;
                // "scores" and "tens" before a verb are mostly something else ("test scores have risen").
                if (!scaled && v.Is(end, "more") && end + 1 < u1 && IsSubjectVerb(v, end + 1))
                {
                    end++;
                    more = true;
                }
                bool subject = more || !scaled && end < u1 && IsSubjectVerb(v, end) && !v.Is(t, "scores") && !v.Is(t, "tens");
                if (!scaled && !subject && !(v.Is(end, "of") || v.Is(end, "in") || v.IsPunct(end) || end >= u1))
                {
                    return t + 1;
                }
            }
            else
            {
                return t;
            }
        }
        else
        {
            return t;
        }

        // magnitudes: "4.8 million", "two dozen", "two hundred thousand"
        while (end < u1 && !plural && !vague && v.IsWord(end) && NumberWords.Magnitudes.TryGetValue(v.Word(end), out var mag) && v.Word(end).Length > 2)
        {
            value = Scaled(value, mag);
            end++;
        }
        // "by two o'clock" tells the time, not how many.
        if (end < u1 && (v.Is(end, "o'clock") || v.Is(end, "o’clock")))
        {
            return end;
        }
        // "up from 54 percent four years ago", "two weeks earlier": a length before "ago" places an event in time; the time
        // stage reads it, and it measures nothing the story counts.
        if (end + 1 < u1 && NumberWords.LengthsOfTime.Contains(v.Word(end)) && v.Is(end + 1, "ago"))
        {
            return end + 2;
        }
        // "By Ana Costa | 3 min read": a page's reading-time badge measures the page, not anything the story tells.
        if (end + 1 < u1 && (v.Is(end, "min") || v.Is(end, "mins") || v.Is(end, "minute")) && (v.Is(end + 1, "read") || v.Is(end + 1, "listen")))
        {
            return end + 2;
        }
        int first = t;
        // money and percent
        if (first > u0 && IsCurrencySign(v, first - 1))
        {
            kind = QuantityKind.Money;
            unit = v.Word(first - 1) switch { "$" => "USD", "€" => "EUR", "£" => "GBP", _ => "JPY" };
            first--;
            if (first > u0 && (v.Is(first - 1, "US") || v.Is(first - 1, "U.S.")))
            {
                first--;
            }
            else if (unit == "USD" && first > u0 && v.End(first - 1) == v.Start(first) && DollarPrefix(v.Word(first - 1)) is string local)
            {
                // "C$60", "A$1,000", "HK$3 billion": a country's letters written onto the dollar sign name its own dollar.
                unit = local;
                first--;
            }
        }
        // "a loss of SEK 340 million", "CHF 2bn": a currency's ISO code before the amount names the currency as a sign does.
        else if (first > u0 && NumberWords.CurrencyCodes.TryGetValue(v.Word(first - 1), out var code))
        {
            kind = QuantityKind.Money;
            unit = code;
            first--;
        }
        // "25 cents an hour", "40¢": a hundredth of a currency the story names elsewhere (or of none: then no unit); the
        // currency is settled once the whole document has been read (CentsCurrency).
        else if (end < u1 && (v.Is(end, "cents") || v.Is(end, "cent") && !v.Is(end - 1, "per") || v.IsChar(end, '¢')))
        {
            kind = QuantityKind.Money;
            value = Scaled(value, 0.01);
            unit = CentsPending;
            end++;
        }
        else if (end < u1 && NumberWords.CurrencyWords.TryGetValue(v.Word(end), out var cur) && !(v.Is(end, "won") && !v.IsNumber(t)))
        {
            kind = QuantityKind.Money;
            unit = cur;
            end++;
        }
        // "45 million Swiss francs", "300 Canadian dollars": the country's word names whose currency, so it is the unit.
        else if (end + 1 < u1 && v.IsCap(end) && v.IsWord(end) && !v.Is(end, "won") && NumberWords.CurrencyWords.TryGetValue(v.Word(end + 1), out _)
            && !v.Is(end + 1, "won"))
        {
            kind = QuantityKind.Money;
            unit = v.SpanText(end, end + 2);
            end += 2;
        }
        else if (plural && v.Is(end, "of") && end + 1 < u1 && NumberWords.CurrencyWords.TryGetValue(v.Word(end + 1), out var pluralCur)
            && !v.Is(end + 1, "won"))
        {
            kind = QuantityKind.Money; // "millions of dollars"
            unit = pluralCur;
            end += 2;
        }
        else if (PercentSignAt(v, end, u1) is int percentWidth and > 0)
        {
            kind = QuantityKind.Percent;
            unit = "%";
            end += percentWidth;
        }
        else if (end < u1 && Temperature(v, end, u1) is (string scale, int after))
        {
            kind = QuantityKind.Measure;
            unit = scale;
            end = after;
        }
        // "the record of 46.9C set in 2021": a temperature names no thing after it.
        bool temperature = kind == QuantityKind.Measure && unit is not null
            && (unit is "°C" or "°F" || NumberWords.TemperatureScales.TryGetValue(unit, out _));
        // "1.1 per 100,000 residents": a rate per head is one measure, and its denominator counts nothing of its own.
        bool rate = false;
        int resume = 0;
        if (kind == QuantityKind.Count && !plural && !vague && PerHead(v, end, u1) is int perEnd and > 0)
        {
            kind = QuantityKind.Measure;
            unit = v.SpanText(end, perEnd);
            end = perEnd;
            rate = true;
        }

        // "one in five households", "3 in 10 voters": a proportion, read as a percentage of what follows.
        bool proportion = false;
        // "four of five colonies" too, with a plural noun right after the whole ("two of them", "three of the five" are no proportion).
        if (kind == QuantityKind.Count && !plural && !vague && end + 1 < u1
            && (v.Is(end, "in") || v.Is(end, "of") && end + 2 < u1 && IsPlural(v, end + 2)) && Proportion(v, end + 1, value) is double share)
        {
            proportion = true;
            kind = QuantityKind.Percent;
            unit = "%";
            value = share;
            end += 2;
        }
        // "two out of three schools", "nine out of 10 voters": the same proportion with "out of".
        else if (kind == QuantityKind.Count && !plural && !vague && end + 2 < u1 && v.Is(end, "out") && v.Is(end + 1, "of")
            && Proportion(v, end + 2, value) is double outOf)
        {
            proportion = true;
            kind = QuantityKind.Percent;
            unit = "%";
            value = outOf;
            end += 3;
        }

        // range: "between 10 and 20", "10 to 20", "10-20"
        double high = value;
        bool range = false;
        // "between €30 million and €50 million": the second end repeats the currency sign
        int sign = kind == QuantityKind.Money && end + 2 < u1 && IsCurrencySign(v, end + 1) && v.Word(end + 1).SequenceEqual(v.Word(first)) ? 1 : 0;
        // "$4.10 to $4.25 a share" is a range too, but "from $3.90 to $4.05" and "the age from 65 to 67" are changes from
        // one amount to another ("anywhere from 10 to 20", "ranging from 10 to 20" stay ranges).
        bool fromChange = v.Is(first - 1, "from") && !(v.Is(first - 2, "anywhere") || v.Is(first - 2, "ranging") || v.Is(first - 2, "range")
            || v.Is(first - 2, "ranges") || v.Is(first - 2, "ranged") || v.Is(first - 2, "varying") || v.Is(first - 2, "vary") || v.Is(first - 2, "varies"));
        if ((kind != QuantityKind.Money || sign == 1 && (v.Is(end, "and") && v.Is(first - 1, "between") || v.Is(end, "to")))
            && !(v.Is(end, "to") && fromChange)
            && end + 1 + sign < u1
            // "two or three clubs", "10 or 12 people": alternatives of a count are a range too.
            && (v.Is(end, "to") || v.Is(end, "and") && v.Is(first - 1, "between") || v.IsChar(end, '-') || v.IsChar(end, '–')
                || v.Is(end, "or") && kind == QuantityKind.Count)
            && (v.IsNumber(end + 1 + sign) || NumberWords.Cardinals.TryGetValue(v.Word(end + 1 + sign), out _)))
        {
            double hi;
            var hw = v.Word(end + 1 + sign);
            // "between €500m and €700m": the second end may carry its own magnitude.
            double suffixScale = 1;
            if (v.IsNumber(end + 1 + sign)
                ? ParseDigits(hw, out hi, out var hs) && (hs.Length == 0 || kind == QuantityKind.Money && NumberWords.Magnitudes.TryGetValue(hs, out suffixScale))
                : NumberWords.Cardinals.TryGetValue(hw, out hi))
            {
                hi = Scaled(hi, suffixScale);
                int e2 = end + 2 + sign;
                // "fell 31% to 214,000 vehicles" is no range; "4% to 6%" is, with its second sign.
                bool percentEnd = kind == QuantityKind.Percent && e2 < u1 && (v.IsChar(e2, '%') || v.Is(e2, "percent"));
                if (kind == QuantityKind.Percent && !percentEnd)
                {
                    hi = double.NaN;
                }
                else if (percentEnd)
                {
                    e2++;
                }
                double scale = 1;
                while (e2 < u1 && v.IsWord(e2) && NumberWords.Magnitudes.TryGetValue(v.Word(e2), out var mg) && v.Word(e2).Length > 2)
                {
                    scale *= mg;
                    e2++;
                }
                if (scale > 1 && value < hi * scale / 1000)
                {
                    value = Scaled(value, scale);
                }
                hi = Scaled(hi, scale);
                if (hi > value)
                {
                    high = hi;
                    range = true;
                    end = e2;
                }
            }
        }

        // "between 5 million and 8 million euros": the currency after the second end makes both money.
        if (range && kind == QuantityKind.Count && end < u1 && NumberWords.CurrencyWords.TryGetValue(v.Word(end), out var rangeCur) && !v.Is(end, "won"))
        {
            kind = QuantityKind.Money;
            unit = rangeCur;
            end++;
        }
        // "another 5 to 8 percent", "between 4 and 6 per cent": the sign after the second end makes both shares.
        else if (range && kind == QuantityKind.Count && PercentSignAt(v, end, u1) is int rangeSign and > 0)
        {
            kind = QuantityKind.Percent;
            unit = "%";
            end += rangeSign;
        }
        // "between 12 and 15 May", "from 3 to 5 June": a span of days of a month, which counts nothing.
        if (range && kind == QuantityKind.Count && end < u1 && high <= 31 && v.IsCap(end) && v.InSet(end, StatementLexicon.Months))
        {
            return end + 1;
        }
        var qualifier = range ? QuantityQualifier.Range : plural || vague ? (vague ? QuantityQualifier.Vague : QuantityQualifier.Approximate) : QuantityQualifier.Exact;
        int qFirst = first;
        if (!range && !plural && !vague)
        {
            (qualifier, qFirst) = Qualifier(v, first, u0);
        }
        else if (range && v.Is(first - 1, "between"))
        {
            qFirst = first - 1;
        }
        // "out of about 11,000 to 12,000 ballots", "some 40 to 50 villagers": a hedge before a range loosens both ends, and is
        // part of what was said.
        bool hedgedRange = false;
        if (range && qFirst == first && Qualifier(v, first, u0) is (QuantityQualifier.Approximate, int hedge))
        {
            qualifier = QuantityQualifier.Approximate;
            qFirst = hedge;
            hedgedRange = true;
        }

        // the thing counted
        int o = end;
        // 'data on "fewer than 200,000" patients', 'paying "dozens" of canvassers': a count quoted alone (a bound or a word
        // taken word for word) leaves its noun after the closing mark.
        // A mark after "=" is markup's attribute (an embedded post's id="…"), not a quotation.
        if (kind == QuantityKind.Count && o + 1 < u1 && v.IsQuoteMark(o) && qFirst - 1 > u0 && v.IsQuoteMark(qFirst - 1) && !v.IsChar(qFirst - 2, '=')
            && v.IsWord(o + 1) && v.IsLower(o + 1) && !v.InSet(o + 1, StatementLexicon.RightStops)
            && !NumberWords.Units.Contains(v.Word(o + 1)) && !v.Is(o + 1, "percent"))
        {
            o++;
        }
        if ((plural || vague) && (v.Is(o, "of") || v.Is(o, "in")))
        {
            o++;
        }
        // "$500,000 in humanitarian aid", "$2 billion in loans": what the money is; "$1m in 2023" or "in London" says when or where.
        // "in exchange for", "in return for" say what the money bought, not what it is.
        else if (kind == QuantityKind.Money && v.Is(o, "in") && o + 1 < u1 && v.IsWord(o + 1) && v.IsLower(o + 1) && !v.IsDeterminer(o + 1)
            && !(o + 2 < u1 && (v.Is(o + 1, "exchange") || v.Is(o + 1, "return")) && v.Is(o + 2, "for")))
        {
            o++;
        }
        // "12 of its fighters", "30 of the miners": a part of a group counts the group's members.
        // "14 of its 290 aircraft", "9 of the city's 14 districts": the whole's own count and owner stand before its members.
        else if (kind == QuantityKind.Count && !range && v.Is(o, "of") && o + 2 < u1 && IsGroupDeterminer(v, o + 1) && !OfThem(v, o, u1)
            && (v.IsWord(o + 2) && v.IsLower(o + 2) || o + 3 < u1 && v.IsNumber(o + 2) && v.IsLower(o + 3)))
        {
            o += 2;
            // "11 of its own MPs": "own" stresses the owner; what is counted follows it.
            if (v.Is(o, "own") && o + 1 < u1 && v.IsWord(o + 1))
            {
                o++;
            }
            if (o + 3 < u1 && v.IsWord(o) && v.IsPossessive(o + 1) && v.IsNumber(o + 2) && v.IsLower(o + 3))
            {
                o += 2;
            }
            if (o + 1 < u1 && (v.IsNumber(o) || v.IsWord(o) && NumberWords.Cardinals.TryGetValue(v.Word(o), out _)) && v.IsLower(o + 1))
            {
                o++;
            }
        }
        // "74 more vessels", "3,000 additional troops", "four more Patriot batteries": the word that adds to an earlier count is
        // no part of what is counted.
        else if (kind == QuantityKind.Count && !range && (v.Is(o, "more") || v.Is(o, "additional") || v.Is(o, "extra") || v.Is(o, "further"))
            && o + 1 < u1 && (v.IsLower(o + 1) || v.IsCap(o + 1) && o + 2 < u1 && IsPlural(v, o + 2))
            && !v.InSet(o + 1, StatementLexicon.RightStops) && !v.Is(o + 1, "of") && !(v.Word(o + 1) is "in" or "at" or "from" or "across"))
        {
            o++;
        }
        // "Roughly one in three of its armoured vehicles": a proportion of a group counts the group's members.
        else if (proportion && v.Is(o, "of") && o + 2 < u1 && IsGroupDeterminer(v, o + 1) && v.IsWord(o + 2))
        {
            o += 2;
        }
        // "50,000 122mm rockets": a calibre between a count and its noun is the noun's size (read as a measure of its own).
        else if (kind == QuantityKind.Count && !range && o + 1 < u1 && v.IsNumber(o) && v.IsLower(o + 1) && IsCalibre(v.Word(o)))
        {
            o++;
        }
        // "40% of voters" counts voters; "rose 4% year on year", "5% remained" name nothing after the sign.
        bool noObject = false;
        if (kind == QuantityKind.Percent && !proportion)
        {
            if (v.Is(o, "of") && o + 1 < u1)
            {
                o++;
            }
            // "offered a 5.5% rise", "a 20% stake": after an article the share is the size of the change or part it names.
            // "a planned 35% rise", "a further 2% cut": one modifier may stand between the article and the share.
            else if (qFirst > u0 && (v.Is(qFirst - 1, "a") || v.Is(qFirst - 1, "an")
                    || qFirst - 1 > u0 && (v.Is(qFirst - 2, "a") || v.Is(qFirst - 2, "an")) && v.IsLower(qFirst - 1) && !v.InSet(qFirst - 1, StatementLexicon.RightStops))
                && o < u1 && v.IsLower(o) && IsShareNoun(v.Word(o)))
            {
                // the object is the noun itself
            }
            // "imposed the 25% tariffs", "slaps 25% duties on steel", "its 10% stake": a share right before a plural of a
            // change or levy, or after "the" or a possessive, sizes each of them.
            else if (o < u1 && v.IsLower(o) && (IsShareNounPlural(v.Word(o))
                || IsShareNoun(v.Word(o)) && qFirst > u0 && (v.Is(qFirst - 1, "the") || v.Is(qFirst - 1, "its") || v.Is(qFirst - 1, "their")
                    || v.Is(qFirst - 1, "his") || v.Is(qFirst - 1, "her") || v.Is(qFirst - 1, "our"))))
            {
                // the object is the noun itself
            }
            else
            {
                noObject = true;
            }
        }
        // "€700m a year" is a rate, not a thing bought; "126 million euros Atletico Madrid paid" names who paid it, and
        // "the 70 million dollars the council had given" likewise (money names what it pays for with "for" or "in").
        // "50 cents a crossing", "$3 a ride": any singular noun after "a" or "per" is what a price is reckoned by.
        else if (kind == QuantityKind.Money && ((v.Is(o, "a") || v.Is(o, "an") || v.Is(o, "per")) && o + 1 < u1
            && (NumberWords.Units.Contains(v.Word(o + 1)) || IsRateDenominator(v.Word(o + 1))
                || v.IsWord(o + 1) && v.IsLower(o + 1) && !v.Word(o + 1).EndsWith('s'))
            || v.IsCap(o) || v.Is(o, "the") && v.IsLower(o)))
        {
            noObject = true;
        }
        // "the 300 million euros some shareholders had expected", "the 40 million dollars they had promised": after "the" and
        // the sum, a quantifier's or a pronoun's phrase with a verb right after it is the subject of a relative clause without
        // "that"; the sum is what they expected, not a thing they are ("the $25 billion merger was …" names what it sizes).
        else if (kind == QuantityKind.Money && qFirst > u0 && v.Is(qFirst - 1, "the") && v.IsLower(o)
            && (v.IsDeterminer(o) && !v.Is(o, "a") && !v.Is(o, "an") || v.InSet(o, StatementLexicon.SubjectPronouns)) && ObjectEnd(v, o, u1) is int subjectEnd
            && subjectEnd > o && subjectEnd < u1 && v.Document.Tokens.Tags[subjectEnd] is PartOfSpeech.VERB or PartOfSpeech.AUX)
        {
            noObject = true;
        }
        // "more than the 40 the operator first reported", "300 the first day": an article right after a count opens another
        // phrase; the count's own noun is left unsaid.
        else if (kind == QuantityKind.Count && v.Is(o, "the"))
        {
            noObject = true;
        }
        // "up from the 8,000 first reported", "the 40 initially listed": an adverb and a participle after a count say how it
        // was known; the count's own noun is left unsaid.
        else if (kind == QuantityKind.Count && o + 1 < u1 && v.Word(o) is "first" or "initially" or "originally" or "previously" or "earlier"
            && v.IsLower(o + 1) && v.Word(o + 1).EndsWith("ed", StringComparison.Ordinal))
        {
            noObject = true;
        }
        // "the 47 million euros widely reported", "the 300 previously announced": an adverb and a participle after a figure say
        // how it was known; the figure's own noun is left unsaid.
        // "35 randomly selected precincts" keeps the noun the participle describes.
        else if (o + 1 < u1 && v.IsLower(o) && v.Word(o).Length > 4 && v.Word(o).EndsWith("ly", StringComparison.Ordinal)
            && v.IsLower(o + 1) && v.Word(o + 1).Length > 4 && v.Word(o + 1).EndsWith("ed", StringComparison.Ordinal)
            && !(o + 2 < u1 && (IsPlural(v, o + 2) || v.Document.Tokens.Tags[o + 2] == PartOfSpeech.NOUN)))
        {
            noObject = true;
        }
        // "about 2,000 more were damaged": "more" with its verb after it adds to a count before, which names the thing.
        // "rose to 231 after 17 more in the district of Vessen shut": "more" with a place after it is the same too.
        else if (kind == QuantityKind.Count && !range && !plural && !vague && v.Is(o, "more") && o + 1 < u1
            && (IsSubjectVerb(v, o + 1) || o + 2 < u1 && v.Word(o + 1) is "in" or "at" or "from" or "across" && !v.IsNumber(o + 2)))
        {
            more = true;
            noObject = true;
        }
        // "One in four pensioners lives alone": after a proportion the verb agrees with "one", so the first plural ends what it counts.
        int oEnd = noObject || temperature || rate ? o : ObjectEnd(v, o, u1, proportion);
        string? obj = null;
        TextSpan? objSpan = null;
        if (oEnd > o)
        {
            if (kind == QuantityKind.Count && v.InSet(o, NumberWords.Units))
            {
                kind = QuantityKind.Measure;
                unit = v.Word(o).ToString();
                oEnd = o + 1; // the unit alone: "two weeks" of "two weeks shows …"
                // "80,000 tonnes of crude oil", "2 terabytes of data": what a measure of amount measures follows its "of".
                // "30 tonnes of the 55 tonnes that leaked": a part of another figure names no substance of its own.
                if (oEnd + 1 < u1 && v.Is(oEnd, "of") && IsAmountUnit(v.Word(o)) && !(oEnd + 2 < u1 && v.IsDeterminer(oEnd + 1) && v.IsNumber(oEnd + 2))
                    && ObjectEnd(v, oEnd + 1, u1) is int ofEnd && ofEnd > oEnd + 1)
                {
                    objSpan = v.Span(oEnd + 1, ofEnd);
                    obj = objSpan.Value.Slice(v.Text);
                }
                // "220 km/h", "5 m/s": a rate written with a slash is one unit.
                if (oEnd + 1 < u1 && v.IsChar(oEnd, '/') && v.Start(oEnd) == v.End(o) && v.Start(oEnd + 1) == v.End(oEnd)
                    && v.IsWord(oEnd + 1) && v.Word(oEnd + 1).Length <= 3)
                {
                    unit = v.SpanText(o, oEnd + 2);
                    oEnd += 2;
                }
            }
            else if (kind == QuantityKind.Count && (v.Is(o, "a") || v.Is(o, "an") || v.Is(o, "per")) && oEnd - o == 2 && IsTimeRate(v.Word(o + 1)))
            {
                // "as many as 20,000 a day", "the 75,000 a quarter needed": a count in each stretch of time, counting nothing named here
            }
            // "two percentage points" is a measure, but "three discharge points" counts places.
            else if (kind == QuantityKind.Count && v.InSet(oEnd - 1, NumberWords.Units) && oEnd - o <= 2 && !(oEnd < u1 && IsOffsetWord(v, oEnd))
                && !(oEnd - o == 2 && (v.Is(oEnd - 1, "points") || v.Is(oEnd - 1, "point")) && !v.Is(o, "percentage") && !v.Is(o, "basis")))
            {
                kind = QuantityKind.Measure;
                // "90,000 cubic metres", "300 square feet": a volume or an area, not a length.
                // "48 basis points", "14 nautical miles": the first word makes another unit of the second.
                unit = oEnd - o == 2 && (v.Is(o, "cubic") || v.Is(o, "square") || v.Is(o, "percentage") || v.Is(o, "basis") || v.Is(o, "nautical"))
                    ? v.SpanText(o, oEnd) : v.Word(oEnd - 1).ToString();
                // "4 million cubic metres of water": a volume measures what follows its "of", as "tonnes of" does.
                if (oEnd - o == 2 && v.Is(o, "cubic") && oEnd + 1 < u1 && v.Is(oEnd, "of") && !(oEnd + 2 < u1 && v.IsDeterminer(oEnd + 1) && v.IsNumber(oEnd + 2))
                    && ObjectEnd(v, oEnd + 1, u1) is int volumeEnd && volumeEnd > oEnd + 1)
                {
                    objSpan = v.Span(oEnd + 1, volumeEnd);
                    obj = objSpan.Value.Slice(v.Text);
                }
            }
            else if (kind == QuantityKind.Count && (v.Is(o, "a") || v.Is(o, "an")) && oEnd - o == 2 && oEnd < u1 && IsOffsetWord(v, oEnd))
            {
                // "up from 145 a day earlier": the time phrase after the number counts nothing
            }
            else if (kind == QuantityKind.Count && oEnd - o == 1 && v.IsLower(o) && v.Document.Tokens.Tags[o] == PartOfSpeech.VERB
                && !v.Word(o).EndsWith("ed", StringComparison.Ordinal))
            {
                // "three or four die at sea", "about 30 drown each year": the count is the verb's subject, and what it counts
                // was named before ("30 injured" keeps its participle)
            }
            else
            {
                objSpan = v.Span(o, oEnd);
                obj = objSpan.Value.Slice(v.Text);
                // "2.4 doctors per 1,000 residents": the rate's denominator is its unit.
                if (kind == QuantityKind.Count && PerHead(v, oEnd, u1) is int perAfter and > 0)
                {
                    kind = QuantityKind.Measure;
                    unit = v.SpanText(oEnd, perAfter);
                    resume = perAfter;
                }
            }
            if (kind == QuantityKind.Measure && unit is not null && (obj is null || objSpan is { } measured && measured.Start > v.Start(oEnd - 1)))
            {
                end = oEnd;
            }
        }
        // "a magnitude 7.1 earthquake", "a 5.8-magnitude aftershock": a quake's size on its scale, not a count.
        if (kind == QuantityKind.Count && (qFirst > 0 && v.Is(qFirst - 1, "magnitude") || end < u1 && (v.Is(end, "magnitude") || v.Is(end, "-magnitude")))
            || unit is "magnitude")
        {
            kind = QuantityKind.Measure;
            unit = "magnitude";
            obj = null;
            objSpan = null;
        }
        // "At least 23 people died and dozens more were missing": "more" adds to the count before it in the sentence and
        // counts the same thing.
        if (more && obj is null && output.Count > 0 && output[^1] is { Kind: QuantityKind.Count, Object: not null, ObjectSpan: { } earlier }
            && earlier.Start >= v.Start(u0))
        {
            obj = output[^1].Object;
            objSpan = earlier;
        }
        // "The death toll from Sunday's quake has risen to 31", "a toll of 12": the number is the toll, which is what it counts.
        if (kind == QuantityKind.Count && obj is null && qFirst > 0 && (v.Is(qFirst - 1, "to") || v.Is(qFirst - 1, "of") || v.Is(qFirst - 1, "at"))
            && TollBefore(v, qFirst - 1, u0) is { } toll)
        {
            objSpan = toll;
            obj = toll.Slice(v.Text);
        }
        // ("of whom two were hit" and "has risen to eleven": the group before or the verb's subject names it, read after the
        // unit's quantities are all found. "seven more were freed" is named by the count before it, read just above.)
        if (kind == QuantityKind.Count && obj is null && !plural && !vague && qualifier == QuantityQualifier.Exact && !v.IsNumber(t)
            && !(t - 2 >= u0 && v.Is(t - 2, "of") && (v.Is(t - 1, "whom") || v.Is(t - 1, "which")))
            && !(t - 2 >= u0 && v.Is(t - 1, "to") && IsChangeVerb(v, t - 2))
            && !SetsAFigure(v, t, u0, output)
            // "Seventeen of them walked out" counts a group said before (GroupReferredTo); "Of the 23 dead, nine were children"
            // counts a part of the group it opens with (PartOfGroup).
            && !(value > 1 && OfThem(v, end, u1))
            && !(value > 1 && t - 1 > u0 && v.IsComma(t - 1) && v.Is(u0, "of")))
        {
            return end; // a bare number word ("one", "two in the morning") counts nothing we can name
        }
        // "80 million euros plus 15 million in add-ons": a bare amount joined to money is money in the same currency.
        if (kind == QuantityKind.Count && obj is null && qFirst > 0 && (v.Is(qFirst - 1, "plus") || v.Is(qFirst - 1, "and") || v.Is(qFirst - 1, "or"))
            && output.Count > 0 && output[^1] is { Kind: QuantityKind.Money } money && money.Span.End >= v.Start(qFirst - 1) - 1)
        {
            kind = QuantityKind.Money;
            unit = money.Unit;
        }
        // "cut its price target to 48 dollars from 65", "raised the fare to €3.20, up from 2.90": the earlier value of a sum,
        // written bare right after it, is money in the same currency.
        if (kind == QuantityKind.Count && obj is null && qFirst > 1 && v.Is(qFirst - 1, "from") && output.Count > 0
            && output[^1] is { Kind: QuantityKind.Money } priced && priced.Span.Start >= v.Start(u0)
            && FromRightAfter(v, v.Tokens.IndexAtOrAfter(priced.Span.End), qFirst - 1))
        {
            kind = QuantityKind.Money;
            unit = priced.Unit;
        }
        // "cost it about 40 million euros, …, up from an initial estimate of 25 million": a bare amount of millions that an
        // estimate, a figure or a cost is "of", after money in its unit, is money in the same currency.
        if (kind == QuantityKind.Count && obj is null && value >= 1_000_000 && qFirst > 2 && v.Is(qFirst - 1, "of")
            && IsSumNoun(v.Word(qFirst - 2)) && LastMoneyBefore(output, output.Count, v.Start(u0)) is { } moneyBefore)
        {
            kind = QuantityKind.Money;
            unit = moneyBefore.Unit;
        }

        // "$100 bills", "a $20 note": the face value of a note or coin, not an amount of money anyone has or pays (a
        // "$2 trillion bill" is a law).
        if (kind == QuantityKind.Money && !range && value <= 1000 && o == end && obj is not null && IsDenomination(v, o))
        {
            return end;
        }
        var (low, hiBound) = hedgedRange
            ? (Interval(value, value, qualifier, false).Low, Interval(high, high, qualifier, false).High)
            : Interval(value, high, qualifier, plural);
        double stated = plural ? low : value;
        output.Add(new Quantity(v.Span(qFirst, end), stated, low, hiBound, qualifier, kind, obj, objSpan, unit));
        return Math.Max(end, resume);
    }

    /// <summary>"to one side", "on one hand", "at one point", "at one stage", "one day" (opening a clause or after "at / on"):
    /// a "one" at <paramref name="t"/> that opens a fixed adverbial of place, turn or time.</summary>
    private static bool OneInAdverbial(TokenView v, int t, int u0, int u1)
    {
        if (t + 1 >= u1 || !v.IsLower(t + 1))
        {
            return false;
        }
        // "crowd in one end zone": a noun after it makes a compound, which the "one" does count.
        if (t + 2 < u1 && v.IsLower(t + 2) && v.Document.Tokens.Tags[t + 2] == PartOfSpeech.NOUN)
        {
            return false;
        }
        var n = v.Word(t + 1);
        bool at = t > u0 && (v.Is(t - 1, "at") || v.Is(t - 1, "on"));
        if (n is "side" or "hand" or "point" or "stage" or "moment" or "end" or "occasion")
        {
            return at || t > u0 && (v.Is(t - 1, "to") || v.Is(t - 1, "from") || v.Is(t - 1, "in"));
        }
        if (n is "day" or "night" or "morning" or "evening" or "afternoon" or "time")
        {
            // "lasted one day", "in one day" measure a length, and "one day before the vote" is an offset the time stage reads;
            // "one day the pit will reopen" says when.
            if (t + 2 < u1 && v.Word(t + 2) is "before" or "after" or "later" or "earlier" or "ago")
            {
                return false;
            }
            return at || t == u0 || v.IsComma(t - 1) || v.OpensQuote(t - 1)
                || v.IsLower(t - 1) && v.Word(t - 1) is "that" or "and" or "but" or "until" or "when" or "then" or "if";
        }
        return false;
    }

    /// <summary>True when only a comma and "up / down" stand between <paramref name="after"/> (the token after an amount)
    /// and the "from" at <paramref name="from"/>.</summary>
    private static bool FromRightAfter(TokenView v, int after, int from)
    {
        for (int k = after; k < from; k++)
        {
            if (!v.IsComma(k) && !v.Is(k, "up") && !v.Is(k, "down"))
            {
                return false;
            }
        }
        return after <= from;
    }

    // "an initial estimate of 25 million", "its target of 2 million": nouns for a figure given for something, whether it
    // counts things or sums money. TotalOutOf adds the nouns only a count has ("toll", "tally", "count") and IsSumNoun those
    // only money has ("price", "bid"): a "toll of 2 million" is never money, nor a "price of 2 million" a count of anything.
    private static bool IsFigureNoun(ReadOnlySpan<char> w) =>
        w is "estimate" or "forecast" or "figure" or "total" or "projection" or "target";

    private static bool IsSumNoun(ReadOnlySpan<char> w) =>
        IsFigureNoun(w) || w is "sum" or "amount" or "cost" or "bill" or "price" or "valuation" or "offer" or "bid";

    /// <summary>The last money amount before index <paramref name="before"/> that starts at or after <paramref name="unitStart"/>
    /// (in the same sentence), or null: the sum whose currency a bare amount after it is in ("3 million more", "an estimate
    /// of 25 million"), whether it is read while the sentence is scanned or once its amounts are all found.</summary>
    private static Quantity? LastMoneyBefore(List<Quantity> output, int before, int unitStart)
    {
        for (int i = before - 1; i >= 0 && output[i].Span.Start >= unitStart; i--)
        {
            if (output[i].Kind == QuantityKind.Money)
            {
                return output[i];
            }
        }
        return null;
    }

    /// <summary>A number times a magnitude, reckoned in decimal so that "€4.1bn" is 4,100,000,000 and not a hair below it.</summary>
    private static double Scaled(double value, double scale)
    {
        double product = value * scale;
        return Math.Abs(product) < 1e20 && Math.Abs(value) < 1e15 ? (double)((decimal)value * (decimal)scale) : product;
    }

    /// <summary>"per 100,000 residents", "per million people", "per 1,000": the token after a rate's denominator when
    /// token <paramref name="k"/> opens one, else 0.</summary>
    private static int PerHead(TokenView v, int k, int u1)
    {
        if (k + 1 >= u1 || !v.Is(k, "per"))
        {
            return 0;
        }
        int n = k + 1;
        if (v.IsNumber(n))
        {
            if (!ParseDigits(v.Word(n), out _, out var suffix) || suffix.Length > 0)
            {
                return 0;
            }
        }
        else if (!(v.Is(n, "million") || v.Is(n, "thousand") || v.Is(n, "hundred")))
        {
            return 0;
        }
        n++;
        while (n < u1 && v.IsWord(n) && NumberWords.Magnitudes.TryGetValue(v.Word(n), out _) && v.Word(n).Length > 2)
        {
            n++;
        }
        return ObjectEnd(v, n, u1);
    }

    private static bool IsTimeRate(ReadOnlySpan<char> w) =>
        w is "day" or "week" or "month" or "year" or "quarter" or "hour" or "night" or "minute" or "season";

    private static bool IsCalibre(ReadOnlySpan<char> w) =>
        ParseDigits(w, out _, out var suffix) && suffix is "mm" or "-mm" or "-millimetre" or "-millimeter";

    private static bool IsSubjectVerb(TokenView v, int t) =>
        v.Is(t, "were") || v.Is(t, "are") || v.Is(t, "was") || v.Is(t, "have") || v.Is(t, "had") || v.Is(t, "remain")
        || v.Is(t, "remained") || v.Is(t, "still") || v.Is(t, "could") || v.Is(t, "may") || v.Is(t, "might")
        || v.Is(t, "will") || v.Is(t, "would") || v.Is(t, "also");

    private static bool IsDenomination(TokenView v, int t) =>
        v.Is(t, "bills") || v.Is(t, "bill") || v.Is(t, "notes") || v.Is(t, "note") || v.Is(t, "banknotes") || v.Is(t, "banknote")
        || v.Is(t, "coins") || v.Is(t, "coin") || v.Is(t, "denominations");

    /// <summary>"-million-pound", "-billion-dollar": a magnitude and a currency joined to the digits; the scale and the
    /// currency code, or null.</summary>
    private static (double, string)? CompoundMoney(ReadOnlySpan<char> suffix)
    {
        if (suffix.Length < 3 || suffix[0] != '-')
        {
            return null;
        }
        var rest = suffix[1..];
        int dash = rest.IndexOf('-');
        if (dash <= 0 || !NumberWords.Magnitudes.TryGetValue(rest[..dash], out var scale) || dash <= 2)
        {
            return null;
        }
        var currency = rest[(dash + 1)..];
        if (currency is "pound")
        {
            return (scale, "GBP"); // the singular is money only here: "a 10-pound bag" weighs
        }
        return NumberWords.CurrencyWords.TryGetValue(currency, out var code) ? (scale, code) : null;
    }

    private static bool IsGroupDeterminer(TokenView v, int t) =>
        v.Is(t, "the") || v.Is(t, "its") || v.Is(t, "their") || v.Is(t, "his") || v.Is(t, "her") || v.Is(t, "our") || v.Is(t, "those") || v.Is(t, "these");

    /// <summary>"won 3-2", "a 1-3 defeat", "the 2-1 win": a result word before or after the pair makes it a score.</summary>
    private static bool IsScore(TokenView v, int t, int u0, int u1)
    {
        if (t > u0 && (v.Is(t - 1, "won") || v.Is(t - 1, "lost") || v.Is(t - 1, "beat") || v.Is(t - 1, "drew") || v.Is(t - 1, "defeated")
            || v.Is(t - 1, "trailed") || v.Is(t - 1, "led") || v.Is(t - 1, "leading") || v.Is(t - 1, "trailing")))
        {
            return true;
        }
        return t + 1 < u1 && (v.Is(t + 1, "win") || v.Is(t + 1, "victory") || v.Is(t + 1, "defeat") || v.Is(t + 1, "draw")
            || v.Is(t + 1, "loss") || v.Is(t + 1, "lead") || v.Is(t + 1, "scoreline") || v.Is(t + 1, "aggregate"));
    }

    /// <summary>"10-15 people", "2-3%": a range written as one word, with the percent sign or the thing counted after it.</summary>
    private static int HyphenRange(TokenView v, int t, int u1, double low, double high, List<Quantity> output)
    {
        int end = t + 1;
        var kind = QuantityKind.Count;
        string? unit = null;
        if (end < u1 && (v.IsChar(end, '%') || v.Is(end, "percent")))
        {
            kind = QuantityKind.Percent;
            unit = "%";
            end++;
        }
        int first = t > 0 && v.Is(t - 1, "between") ? t - 1 : t;
        int o = end;
        int oEnd = kind == QuantityKind.Count ? ObjectEnd(v, o, u1) : o;
        string? obj = null;
        TextSpan? objSpan = null;
        if (oEnd > o && v.InSet(o, NumberWords.Units))
        {
            kind = QuantityKind.Measure;
            unit = v.Word(o).ToString();
            end = o + 1;
        }
        else if (oEnd > o)
        {
            objSpan = v.Span(o, oEnd);
            obj = objSpan.Value.Slice(v.Text);
        }
        var (lo, hi) = Interval(low, high, QuantityQualifier.Range, false);
        output.Add(new Quantity(v.Span(first, end), low, lo, hi, QuantityQualifier.Range, kind, obj, objSpan, unit));
        return end;
    }

    /// <summary>"a tenth of its workforce", "two-thirds of the job losses", "half of all voters": the share as a percentage and
    /// the index of its "of", or null. "a quarter of a century" and "a third of a mile" are lengths, not shares.</summary>
    /// <param name="article">The word is "a" or "an".</param>
    /// <param name="cardinal">The word's value as a number word ("one" 1, "half" 0.5), or 0.</param>
    private static (double, int)? Share(TokenView v, int t, int u0, int u1, bool article, double cardinal)
    {
        int opening = t;
        double count;
        int part;
        var w = v.Word(t);
        int dash = w.IndexOf('-');
        if (dash > 0 && NumberWords.Cardinals.TryGetValue(w[..dash], out count) && Denominator(w[(dash + 1)..]) is int d1)
        {
            part = d1; // "two-thirds"
            t++;
        }
        else if ((article || cardinal == 1) && t + 1 < u1 && Denominator(v.Word(t + 1)) is int d2)
        {
            count = 1;
            part = d2;
            t += 2;
        }
        else if (cardinal is >= 2 and < 10 && cardinal == Math.Floor(cardinal) && t + 1 < u1 && Denominator(v.Word(t + 1)) is int d3)
        {
            count = cardinal;
            part = d3; // "three quarters"
            t += 2;
        }
        else if (cardinal == 0.5 && v.Is(t, "half")
            // "the second half of the year", "the back half of the season": a period, not a share.
            && !(t > 0 && (v.Is(t - 1, "first") || v.Is(t - 1, "second") || v.Is(t - 1, "latter") || v.Is(t - 1, "former")
                || v.Is(t - 1, "back") || v.Is(t - 1, "front"))))
        {
            count = 1;
            part = 2;
            t++;
        }
        else
        {
            return null;
        }
        if (count >= part)
        {
            return null;
        }
        // "cut by roughly a fifth", "risen by more than a quarter", "dropped by almost half": after "by" a share with no
        // "of" is the size of the change ("by a quarter point" is not: a word other than a preposition follows).
        if (!v.Is(t, "of") && ShareAfterBy(v, opening, u0) && (t >= u1 || v.IsPunct(t) && !v.IsChar(t, '-') || v.IsLower(t) && v.InSet(t, StatementLexicon.RightStops)))
        {
            return (Math.Round(100 * count / part, 1), t);
        }
        if (t + 1 >= u1 || !v.Is(t, "of") || v.Is(t + 1, "a") || v.Is(t + 1, "an"))
        {
            return null;
        }
        return (Math.Round(100 * count / part, 1), t);
    }

    /// <summary>"by a fifth", "by roughly a fifth", "by more than a quarter": "by" before the share, past at most three hedge words.</summary>
    private static bool ShareAfterBy(TokenView v, int t, int u0)
    {
        int p = t - 1;
        while (p > u0 && t - p <= 3 && (v.Is(p, "roughly") || v.Is(p, "about") || v.Is(p, "around") || v.Is(p, "nearly") || v.Is(p, "almost")
            || v.Is(p, "approximately") || v.Is(p, "some") || v.Is(p, "just") || v.Is(p, "over") || v.Is(p, "under") || v.Is(p, "than")
            || v.Is(p, "more") || v.Is(p, "less") || v.Is(p, "well")))
        {
            p--;
        }
        return p >= u0 && v.Is(p, "by");
    }

    private static int? Denominator(ReadOnlySpan<char> w) =>
        w.Equals("half", StringComparison.OrdinalIgnoreCase) || w.Equals("halves", StringComparison.OrdinalIgnoreCase) ? 2
        : w.StartsWith("third", StringComparison.OrdinalIgnoreCase) && w.Length <= 6 ? 3
        : w.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) && w.Length <= 8 ? 4
        : w.StartsWith("fifth", StringComparison.OrdinalIgnoreCase) && w.Length <= 6 ? 5
        : w.StartsWith("tenth", StringComparison.OrdinalIgnoreCase) && w.Length <= 6 ? 10
        : null;

    /// <summary>"40 degrees Celsius", "104 Fahrenheit", "40 °C": the scale's unit and the token after it, or null.</summary>
    private static (string, int)? Temperature(TokenView v, int k, int u1)
    {
        bool degrees = v.Is(k, "degrees") || v.Is(k, "degree") || v.IsChar(k, '°');
        int s = degrees ? k + 1 : k;
        if (s < u1 && NumberWords.TemperatureScales.TryGetValue(v.Word(s), out var scale) && (degrees || v.Word(s).Length > 1))
        {
            return (scale, s + 1);
        }
        return null;
    }

    /// <summary>The currency of a dollar sign with a country's letters written onto it ("C$", "A$", "NZ$", "HK$").</summary>
    private static string? DollarPrefix(ReadOnlySpan<char> w) => w switch
    {
        "C" or "CA" or "Can" => "CAD",
        "A" or "AU" or "Aus" => "AUD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" or "SG" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "Mex" => "MXN",
        _ => null,
    };

    private static bool IsCurrencySign(TokenView v, int t) => v.IsChar(t, '$') || v.IsChar(t, '€') || v.IsChar(t, '£') || v.IsChar(t, '¥');

    private static (double Low, double High) Interval(double value, double high, QuantityQualifier q, bool plural)
    {
        if (plural)
        {
            // "dozens": at least two dozen, fewer than ten dozen
            return (2 * value, 10 * value - 1);
        }
        return q switch
        {
            QuantityQualifier.AtLeast or QuantityQualifier.MoreThan => (value, double.PositiveInfinity),
            QuantityQualifier.UpTo or QuantityQualifier.LessThan => (0, value),
            QuantityQualifier.Approximate => (Math.Round(value - value / 10, 6), Math.Round(value + value / 10, 6)),
            QuantityQualifier.Nearly => (Math.Round(value - value / 10, 6), value),
            QuantityQualifier.Range => (value, high),
            QuantityQualifier.Vague => (value, double.PositiveInfinity),
            QuantityQualifier.PlusOrMinus => (-value, value),
            _ => (value, value),
        };
    }

    private static (QuantityQualifier, int) Qualifier(TokenView v, int first, int u0)
    {
        int p = first - 1;
        if (p < u0)
        {
            return (QuantityQualifier.Exact, first);
        }
        // 'had cost it "well over" 10 million euros': a hedge the writer quotes still bounds the figure after it (the
        // figure's own words stay its span).
        if (p - 2 >= u0 && v.IsQuoteMark(p) && ShortQuotationBefore(v, p, u0) && Qualifier(v, p, u0).Item1 is var quoted
            && quoted != QuantityQualifier.Exact)
        {
            return (quoted, first);
        }
        if (v.Is(p, "least") && v.Is(p - 1, "at"))
        {
            return (QuantityQualifier.AtLeast, p - 1);
        }
        // "a margin of error of plus or minus 3 points", "±2.5%": a deviation either way, not a bound on one side.
        if (v.Is(p, "minus") && v.Is(p - 1, "or") && v.Is(p - 2, "plus"))
        {
            return (QuantityQualifier.PlusOrMinus, p - 2);
        }
        if (v.IsChar(p, '\u00B1') || v.Is(p, "+/-"))
        {
            return (QuantityQualifier.PlusOrMinus, p);
        }
        if (v.Is(p, "than") && (v.Is(p - 1, "more") || v.Is(p - 1, "greater")))
        {
            return (v.Is(p - 2, "no") ? QuantityQualifier.UpTo : QuantityQualifier.MoreThan, v.Is(p - 2, "no") ? p - 2 : p - 1);
        }
        if (v.Is(p, "than") && (v.Is(p - 1, "less") || v.Is(p - 1, "fewer")))
        {
            return (v.Is(p - 2, "no") ? QuantityQualifier.AtLeast : QuantityQualifier.LessThan, v.Is(p - 2, "no") ? p - 2 : p - 1);
        }
        if (v.Is(p, "to") && v.Is(p - 1, "up"))
        {
            // "the estimate was revised up to 55 tonnes", "raised up to 3%": after a verb of change "up" is the change's
            // direction and the figure is the new value, not a bound.
            if (p - 2 >= u0 && IsRevisionVerb(v.Word(p - 2)))
            {
                return (QuantityQualifier.Exact, first);
            }
            return (QuantityQualifier.UpTo, p - 1);
        }
        // "could be as high as 17", "as large as 40 hectares": a guess at its top, like "as many as".
        if (v.Is(p, "as") && v.Is(p - 2, "as") && (v.Is(p - 1, "many") || v.Is(p - 1, "much") || v.Is(p - 1, "high")
            || v.Is(p - 1, "large") || v.Is(p - 1, "big") || v.Is(p - 1, "great")))
        {
            return (QuantityQualifier.UpTo, p - 2);
        }
        if (v.Is(p, "most") && v.Is(p - 1, "at"))
        {
            return (QuantityQualifier.UpTo, p - 1);
        }
        // "a rise of 14% over two years", "$5 billion over five years": after an amount, "over" spans a length of time.
        if ((v.Is(p, "over") && !IsParticleVerb(v, p - 1) && !AfterAnAmount(v, p - 1) && !AfterAnAmountsChange(v, p - 1) && !AfterALength(v, p - 1))
            || v.Is(p, "exceeding") || v.Is(p, "above"))
        {
            return (QuantityQualifier.MoreThan, p);
        }
        if (v.Is(p, "under") || v.Is(p, "below"))
        {
            return (QuantityQualifier.LessThan, p);
        }
        if (v.Is(p, "nearly") || v.Is(p, "almost"))
        {
            return (QuantityQualifier.Nearly, p);
        }
        if (v.Is(p, "to") && v.Is(p - 1, "close"))
        {
            return (QuantityQualifier.Nearly, p - 1);
        }
        // "put the value at closer to 3.5 million euros": nearer that figure than another one given, on either side of it.
        if (v.Is(p, "to") && v.Is(p - 1, "closer"))
        {
            return (QuantityQualifier.Approximate, p - 1);
        }
        // "roughly a 70% chance", "nearly a 40% rise": the hedge stands before the article of the phrase the number opens.
        if ((v.Is(p, "a") || v.Is(p, "an")) && p - 1 >= u0)
        {
            if (v.Is(p - 1, "nearly") || v.Is(p - 1, "almost"))
            {
                return (QuantityQualifier.Nearly, p - 1);
            }
            if (v.Is(p - 1, "roughly") || v.Is(p - 1, "approximately") || v.Is(p - 1, "around"))
            {
                return (QuantityQualifier.Approximate, p - 1);
            }
        }
        if (v.Is(p, "about") || v.Is(p, "around") || v.Is(p, "approximately") || v.Is(p, "roughly") || v.Is(p, "some")
            || v.Is(p, "estimated") || v.Is(p, "approx.") || v.Is(p, "circa") || v.Is(p, "~"))
        {
            return (QuantityQualifier.Approximate, v.Is(p, "estimated") && v.Is(p - 1, "an") ? p - 1 : p);
        }
        return (QuantityQualifier.Exact, first);
    }

    // A closing mark at <paramref name="close"/> whose opening mark stands two or three words before it.
    private static bool ShortQuotationBefore(TokenView v, int close, int u0)
    {
        for (int k = close - 2; k >= u0 && k >= close - 4; k--)
        {
            if (v.IsQuoteMark(k))
            {
                return true;
            }
            if (!v.IsWord(k))
            {
                return false;
            }
        }
        return false;
    }

    // "handed over 1,000 containers": after a verb of transfer, "over" is the verb's particle, not "more than".
    private static readonly string[] s_particleVerbs =
    [
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed", "signing",
        "give", "gives", "gave", "given", "giving", "pass", "passes", "passed", "passing", "take", "takes", "took", "taken", "taking",
    ];

    private static bool AfterAnAmount(TokenView v, int t) =>
        t >= 0 && (v.IsNumber(t) || v.IsChar(t, '%') || v.Is(t, "percent") || v.IsWord(t) && NumberWords.Magnitudes.TryGetValue(v.Word(t), out _)
            || v.IsWord(t) && NumberWords.CurrencyWords.TryGetValue(v.Word(t), out _)
            // "1.1 million km2 over eight years", "40 tonnes over a decade": after a measure too
            || v.IsWord(t) && (IsAmountUnit(v.Word(t)) || IsLengthOrAreaUnit(v.Word(t))));

    // "deliberated for nine hours over two days": after a length of time, "over" spans the days it was spread across.
    private static bool AfterALength(TokenView v, int t) =>
        t >= 1 && v.IsWord(t) && NumberWords.LengthsOfTime.Contains(v.Word(t))
            && (v.IsNumber(t - 1) || v.IsWord(t - 1) && NumberWords.Cardinals.ContainsKey(v.Word(t - 1)));

    // "a 9.5% rise over 18 months", "a £2bn cut over three years": the change an amount sizes, then "over" spans its length.
    private static bool AfterAnAmountsChange(TokenView v, int t) =>
        t >= 1 && v.IsWord(t) && v.Word(t) is "rise" or "rises" or "raise" or "increase" or "increases" or "cut" or "cuts" or "fall"
            or "drop" or "decline" or "growth" or "gain" or "hike" or "reduction" && AfterAnAmount(v, t - 1);

    // Lengths, areas and speeds; areas of land ("acres", "hectares") are among IsAmountUnit's.
    private static bool IsLengthOrAreaUnit(ReadOnlySpan<char> w) =>
        w is "km" or "km2" or "sq" or "kilometres" or "kilometers" or "miles" or "metres" or "meters" or "feet" or "mph" or "kph";

    private static bool IsParticleVerb(TokenView v, int t)
    {
        foreach (var verb in s_particleVerbs)
        {
            if (v.Is(t, verb))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"a significant number of", "a large number of", "a handful of": returns the token after "of", or 0.</summary>
    private static int VagueNumber(TokenView v, int t, int u1)
    {
        int k = t + 1;
        if (k < u1 && v.IsLower(k) && !v.Is(k, "number") && !v.Is(k, "handful"))
        {
            k++; // one adjective
        }
        if ((v.Is(k, "number") || v.Is(k, "handful")) && v.Is(k + 1, "of"))
        {
            return k + 1;
        }
        return 0;
    }

    /// <summary>"put the number of deaths at seven", "bringing the total to six", "…, up from six": a number word after a
    /// verb of reckoning's "at", a total's "to", or "up / down from" after another count is a figure, as digits would be.</summary>
    private static bool SetsAFigure(TokenView v, int t, int u0, List<Quantity> output)
    {
        if (t - 2 < u0)
        {
            return false;
        }
        if (v.Is(t - 1, "at"))
        {
            for (int k = t - 2; k >= u0 && t - k <= 12 && !v.IsPunct(k); k--)
            {
                if (IsReckoning(v, k))
                {
                    return true;
                }
            }
            return false;
        }
        if (v.Is(t - 1, "to"))
        {
            return v.Word(t - 2) is "total" or "tally" or "toll" or "count";
        }
        // "Nine people were killed, up from six": the count the figure rose from is anywhere before it in its unit.
        return v.Is(t - 1, "from") && v.Word(t - 2) is "up" or "down" && output.Count > 0 && output[^1].Kind == QuantityKind.Count
            && output[^1].Span.Start >= v.Start(u0);
    }

    /// <summary>How many tokens the percent sign at <paramref name="t"/> takes ("%", "percent": one; "per cent": two), or 0.</summary>
    private static int PercentSignAt(TokenView v, int t, int u1) =>
        t >= u1 ? 0 : v.IsChar(t, '%') || v.Is(t, "percent") ? 1 : v.Is(t, "per") && v.Is(t + 1, "cent") ? 2 : 0;

    /// <summary>"death toll" or "toll" (with the noun before it: "casualty toll") within the sixteen tokens before
    /// <paramref name="before"/>, in its unit and outside quotes; else null. Sixteen, as the toll's event may be dated and
    /// placed between them ("The death toll from Saturday's crush at the Velt festival in Halvik has risen to 11").</summary>
    private static TextSpan? TollBefore(TokenView v, int before, int u0)
    {
        for (int k = before - 1; k >= u0 && before - k <= 16; k--)
        {
            if (v.IsPunct(k) && !v.IsPossessive(k) || v.InQuote(k))
            {
                return null;
            }
            if (v.Is(k, "toll") && v.IsLower(k))
            {
                int first = k - 1 >= u0 && v.IsLower(k - 1) && (v.Is(k - 1, "death") || v.Is(k - 1, "casualty") || v.Is(k - 1, "injury")) ? k - 1 : k;
                return v.Span(first, k + 1);
            }
        }
        return null;
    }

    // A change or a part a share sizes ("a 5.5% rise", "a 20% stake").
    private static bool IsShareNounPlural(ReadOnlySpan<char> w) =>
        w is "rises" or "increases" or "cuts" or "stakes" or "discounts" or "tariffs" or "duties" or "hikes" or "surcharges" or "levies"
            or "reductions" or "taxes";

    private static bool IsShareNoun(ReadOnlySpan<char> w) =>
        w is "rise" or "increase" or "cut" or "fall" or "drop" or "decline" or "raise" or "stake" or "share" or "discount" or "tariff"
            or "gain" or "jump" or "reduction" or "hike" or "surcharge" or "levy" or "premium";

    /// <summary>The end of the phrase naming what is counted, from <paramref name="o"/>: object words, up to a plural head.</summary>
    private static int ObjectEnd(TokenView v, int o, int u1, bool singularVerb = false)
    {
        int oEnd = o;
        // "60% of the country's current accounts": a possessive's mark is no word of the phrase.
        int marks = 0;
        while (oEnd < u1 && oEnd - o - marks < MaxObjectTokens && IsObjectWord(v, oEnd, o))
        {
            marks += v.IsPossessive(oEnd) ? 1 : 0;
            oEnd++;
            // a plural head ends the phrase unless another plural follows ("weapons tests"), not a verb ("drones flew"),
            // nor one that opens a clause ("two residents claims that …")
            // ("all Americans": a people's name after "all" is a plural head too.)
            if ((IsPlural(v, oEnd - 1) || oEnd - 1 == o + 1 && v.Is(o, "all") && v.IsCap(oEnd - 1) && v.Word(oEnd - 1)[^1] == 's')
                && !(oEnd < u1 && IsPlural(v, oEnd) && !singularVerb && !(oEnd + 1 < u1 && v.Is(oEnd + 1, "that"))))
            {
                break;
            }
        }
        // "9.8 million current and former customers": two modifiers joined by "and" / "or" share the plural noun after them.
        if (oEnd == o + 1 && oEnd + 2 < u1 && (v.Is(oEnd, "and") || v.Is(oEnd, "or")) && v.IsLower(o) && !IsPlural(v, o)
            && v.IsLower(oEnd + 1) && !v.InSet(oEnd + 1, StatementLexicon.RightStops) && IsPlural(v, oEnd + 2))
        {
            oEnd += 3;
        }
        return oEnd;
    }

    // The events athletics and swimming name by their distance in metres ("the 1,500m final", "400m hurdles").
    private static bool IsRaceWord(ReadOnlySpan<char> w) =>
        w is "champion" or "champions" or "final" or "finals" or "race" or "hurdles" or "freestyle" or "butterfly" or "backstroke"
            or "breaststroke" or "medley" or "relay" or "steeplechase" or "sprint" or "title" or "record" or "heat" or "heats"
            or "gold" or "silver" or "bronze" or "runner" or "runners" or "swimmer" or "event";

    // A unit that measures an amount of stuff (mass, volume, data), not a length of time, a rate or a score.
    private static bool IsAmountUnit(ReadOnlySpan<char> w) =>
        w.Equals("tonnes", StringComparison.OrdinalIgnoreCase) || w.Equals("tons", StringComparison.OrdinalIgnoreCase)
        || w.Equals("kg", StringComparison.OrdinalIgnoreCase) || w.Equals("kilograms", StringComparison.OrdinalIgnoreCase)
        || w.Equals("pounds", StringComparison.OrdinalIgnoreCase) || w.Equals("barrels", StringComparison.OrdinalIgnoreCase)
        || w.Equals("litres", StringComparison.OrdinalIgnoreCase) || w.Equals("liters", StringComparison.OrdinalIgnoreCase)
        || w.Equals("gallons", StringComparison.OrdinalIgnoreCase) || w.Equals("hectares", StringComparison.OrdinalIgnoreCase)
        || w.Equals("acres", StringComparison.OrdinalIgnoreCase) || w.Equals("terabytes", StringComparison.OrdinalIgnoreCase)
        || w.Equals("gigabytes", StringComparison.OrdinalIgnoreCase) || w.Equals("megabytes", StringComparison.OrdinalIgnoreCase)
        || w.Equals("petabytes", StringComparison.OrdinalIgnoreCase) || w.Equals("grams", StringComparison.OrdinalIgnoreCase)
        || w.Equals("mg", StringComparison.OrdinalIgnoreCase) || w.Equals("milligrams", StringComparison.OrdinalIgnoreCase);

    // "145 a day earlier", "two weeks later": a length that places an event, not what is counted or a rate.
    private static bool IsOffsetWord(TokenView v, int t) =>
        v.Is(t, "earlier") || v.Is(t, "later") || v.Is(t, "before") || v.Is(t, "ago") || v.Is(t, "after");

    private static bool IsObjectWord(TokenView v, int k, int first)
    {
        if (!v.IsWord(k) || v.InQuote(k) && !v.InQuote(first))
        {
            return false;
        }
        // "up from 537 two weeks ago": a second number starts a quantity of its own.
        if (NumberWords.Cardinals.TryGetValue(v.Word(k), out _))
        {
            return false;
        }
        // "a tenth of its workforce": the owner opens the thing counted.
        if (k == first && v.IsLower(k) && (v.Is(k, "its") || v.Is(k, "their") || v.Is(k, "his") || v.Is(k, "her") || v.Is(k, "our")))
        {
            return k + 1 < v.Count && v.IsWord(k + 1);
        }
        // "more than a dozen reported faults", "40 wounded soldiers": a participle before a plural noun describes it.
        if (k == first && v.IsLower(k) && v.Word(k).EndsWith("ed", StringComparison.Ordinal) && k + 1 < v.Count && IsPlural(v, k + 1))
        {
            return true;
        }
        // "and a further 20 abstained.": a past tense that ends its clause right after the number is what they did.
        if (k == first && v.IsLower(k) && v.Word(k).EndsWith("ed", StringComparison.Ordinal) && v.Word(k).Length > 4
            && (k + 1 >= v.Count || v.IsPunct(k + 1) && !v.IsChar(k + 1, '-')))
        {
            return false;
        }
        if (v.IsLower(k) && (v.InSet(k, StatementLexicon.RightStops) || v.Is(k, "of")))
        {
            return false;
        }
        // "two convicted of espionage and two held in Poland": a participle and its preposition right after the number say
        // what was done to those counted, who were named before; the participle is no thing counted.
        if (k == first && v.IsLower(k) && k + 1 < v.Count && v.IsLower(k + 1)
            && (v.Word(k).EndsWith("ed", StringComparison.Ordinal) && v.Word(k).Length > 4 || v.Word(k) is "held" or "taken" or "hurt" or "caught" or "found" or "sent" or "kept")
            && v.Word(k + 1) is "of" or "in" or "by" or "at" or "on" or "for" or "from" or "with" or "after" or "during" or "under")
        {
            return false;
        }
        // "Nearly two dozen remained trapped": a linking verb right after the number says what became of those counted, not
        // what they are. (Words only, no tags: quantities read the same with and without the tagger.)
        if (k == first && v.IsLower(k) && (v.Is(k, "remain") || v.Is(k, "remained") || v.Is(k, "remains")
            || v.Is(k, "stay") || v.Is(k, "stayed") || v.Is(k, "stays")))
        {
            return false;
        }
        // "2.1 million tonnes of ore a year", "8,000 litres of water per hour": a rate's stretch of time ends what is counted.
        if (k > first && v.IsLower(k) && (v.Is(k, "a") || v.Is(k, "an") || v.Is(k, "per") || v.Is(k, "every") || v.Is(k, "each"))
            && k + 1 < v.Count && IsTimeRate(v.Word(k + 1)))
        {
            return false;
        }
        // "Three firefighters were injured, one seriously.", "11 clear of second place": an adverb or a word of distance after
        // the number says how, not what.
        if (k == first && v.IsLower(k) && (v.Word(k).Length > 5 && v.Word(k).EndsWith("ly", StringComparison.Ordinal) && (k + 1 >= v.Count || v.IsPunct(k + 1))
            || v.Is(k, "clear") || v.Is(k, "ahead") || v.Is(k, "behind") || v.Is(k, "apart")))
        {
            return false;
        }
        // "would have cost $1.2 billion more.": a comparison that ends its clause right after the amount names nothing counted.
        if (k == first && v.IsLower(k) && (v.Is(k, "fewer") || v.Is(k, "more") || v.Is(k, "less")) && (k + 1 >= v.Count || v.IsPunct(k + 1)))
        {
            return false;
        }
        // "about 31,000 fewer than in 2022": a comparison after the number names nothing counted.
        if (k == first && v.IsLower(k) && (v.Is(k, "fewer") || v.Is(k, "more") || v.Is(k, "less")) && k + 1 < v.Count && v.Is(k + 1, "than"))
        {
            return false;
        }
        // "contracts worth 1.2 billion pounds awarded to a hospital group": a participle with its preposition right after the
        // amount says what was done with it; it names nothing counted.
        if (k == first && v.IsLower(k) && (v.Word(k).EndsWith("ed", StringComparison.Ordinal) || IsIrregularParticiple(v.Word(k))) && k + 1 < v.Count
            && v.IsLower(k + 1) && v.InSet(k + 1, StatementLexicon.RightStops))
        {
            return false;
        }
        // "from $43.5 billion previously", "$2 each": an adverb after the amount counts nothing.
        if (v.IsLower(k) && (v.Is(k, "previously") || v.Is(k, "respectively") || v.Is(k, "annually") || v.Is(k, "apiece") || v.Is(k, "each")
            || v.Is(k, "earlier") || v.Is(k, "later") || v.Is(k, "already") || v.Is(k, "overall") || v.Is(k, "combined")))
        {
            return false;
        }
        if (v.IsPossessive(k))
        {
            // "about 70% of the city's water": an owner inside the phrase goes on to what it owns.
            return k > first && k + 1 < v.Count && v.IsWord(k + 1) && v.IsLower(k + 1) && !v.InSet(k + 1, StatementLexicon.RightStops)
                && !NumberWords.Cardinals.TryGetValue(v.Word(k + 1), out _);
        }
        // "one child trapped in the rubble", "40 people killed", "a $1.2 billion project built by …": a participle after the
        // noun starts a clause about it.
        if (k > first && v.IsLower(k) && (v.Word(k).EndsWith("ed", StringComparison.Ordinal) && v.Word(k).Length > 4 || IsIrregularParticiple(v.Word(k)))
            && !v.Word(k - 1).EndsWith("ly", StringComparison.Ordinal)
            // "Democratic registered voters": a participle before a plural noun still describes it.
            && !(v.Word(k).EndsWith("ed", StringComparison.Ordinal) && k + 1 < v.Count && IsPlural(v, k + 1)))
        {
            return false;
        }
        // "Two crew missing after …", "three climbers dead": a state after the noun says what became of those counted.
        if (k > first && v.IsLower(k) && (v.Is(k, "missing") || v.Is(k, "dead") || v.Is(k, "injured") || v.Is(k, "hurt")
            || v.Is(k, "stranded") || v.Is(k, "unaccounted") || v.Is(k, "aboard") || v.Is(k, "alive")))
        {
            return false;
        }
        // a capitalised word after the first is a new name ("two Russian citizens" keeps "Russian"; "5 Ukraine" does not start one)
        // ("of all Americans": "all" opens the phrase as a determiner would.)
        return k == first || !v.IsCap(k) || v.IsCap(k - 1) || k - 1 == first && v.Is(k - 1, "all");
    }

    internal static bool IsIrregularParticiple(ReadOnlySpan<char> w) =>
        w is "built" or "made" or "sent" or "held" or "paid" or "given" or "taken" or "shown" or "known" or "led" or "sold"
            or "bought" or "brought" or "spent" or "seen" or "found" or "kept" or "drawn" or "written" or "struck" or "caught"
            or "stolen" or "chosen" or "driven" or "thrown" or "flown" or "grown" or "won"
            // past tenses that cannot be a noun: "colonies in one region lost all their chicks"
            or "lost" or "fled" or "fought" or "fell" or "rose" or "went" or "came" or "became" or "began" or "told" or "said"
            or "got" or "saw" or "ran" or "died";

    private static bool IsPlural(TokenView v, int k)
    {
        var w = v.Word(k);
        return v.IsLower(k) && (w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i' || NumberWords.IrregularPlurals.Contains(w));
    }

    private static bool TryHyphenCardinal(ReadOnlySpan<char> w, out double value)
    {
        value = 0;
        int dash = w.IndexOf('-');
        if (dash <= 0)
        {
            return false;
        }
        if (NumberWords.Cardinals.TryGetValue(w[..dash], out var tens) && tens >= 20 && NumberWords.Cardinals.TryGetValue(w[(dash + 1)..], out var ones) && ones < 10)
        {
            value = tens + ones;
            return true;
        }
        return false;
    }

    /// <summary>Parses "1,000", "4.8", "1000", "5bn", "152-mm"; the non-numeric rest goes to <paramref name="suffix"/>.</summary>
    internal static bool ParseDigits(ReadOnlySpan<char> w, out double value, out ReadOnlySpan<char> suffix)
    {
        value = 0;
        suffix = default;
        int i = 0;
        Span<char> buf = stackalloc char[32];
        int n = 0;
        bool dot = false;
        while (i < w.Length)
        {
            char c = w[i];
            if (char.IsAsciiDigit(c))
            {
                if (n >= buf.Length)
                {
                    return false;
                }
                buf[n++] = c;
            }
            else if (c == ',' && i + 3 < w.Length + 1 && i + 3 <= w.Length && n > 0 && AllDigits(w.Slice(i + 1, Math.Min(3, w.Length - i - 1))) && (i + 4 >= w.Length || !char.IsAsciiDigit(w[i + 4])))
            {
                // thousands separator
            }
            else if (c == '.' && !dot && i + 1 < w.Length && char.IsAsciiDigit(w[i + 1]) && n > 0)
            {
                dot = true;
                buf[n++] = '.';
            }
            else
            {
                break;
            }
            i++;
        }
        if (n == 0)
        {
            return false;
        }
        suffix = w[i..];
        return double.TryParse(buf[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.Length != 3)
        {
            return false;
        }
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Pieter Vos, 58, steered …": a whole number between commas right after a name is the person's age; so is
    /// one after "aged" ("two men, aged 32 and 45").</summary>
    private static bool IsAge(TokenView v, int t, int u0, int u1, double value)
    {
        if (value is < 1 or > 120 || value != Math.Floor(value))
        {
            return false;
        }
        // "between the ages of 18 and 24"
        if (t - 2 >= u0 && v.Is(t - 1, "of") && (v.Is(t - 2, "ages") || v.Is(t - 2, "age"))
            || t - 4 >= u0 && v.IsNumber(t - 2) && (v.Is(t - 1, "and") || v.Is(t - 1, "to")) && v.Is(t - 3, "of") && v.Is(t - 4, "ages"))
        {
            return true;
        }
        if (t - 1 >= u0 && (v.Is(t - 1, "aged") || v.Is(t - 1, "ages"))
            || t - 3 >= u0 && (v.Is(t - 3, "aged") || v.Is(t - 3, "ages")) && v.IsNumber(t - 2) && (v.Is(t - 1, "and") || v.Is(t - 1, "to") || v.IsChar(t - 1, '-')))
        {
            return true;
        }
        // "the men, aged between 24 and 41": the range's upper end is an age like its lower one, not a count.
        if (t - 4 >= u0 && v.Is(t - 4, "aged") && (v.Is(t - 3, "between") || v.Is(t - 3, "from")) && v.IsNumber(t - 2)
            && (v.Is(t - 1, "and") || v.Is(t - 1, "to")))
        {
            return true;
        }
        // "children aged under five", "adults aged over 65": a bound on an age is still an age, not a count.
        if (t - 2 >= u0 && v.Is(t - 2, "aged") && (v.Is(t - 1, "under") || v.Is(t - 1, "over") || v.Is(t - 1, "between") || v.Is(t - 1, "from") || v.Is(t - 1, "about") || v.Is(t - 1, "around")))
        {
            return true;
        }
        // "children under five", "adults over 65": a bound after a noun of people of some age is an age.
        // "residents over 75", "patients under 16": the plural of a noun for people of the lexicon's unofficial speakers
        // (residents, voters, workers …) bounds an age the same way; a magnitude after the number ("over 2 million") counts.
        if (t - 2 >= u0 && (v.Is(t - 1, "under") || v.Is(t - 1, "over")) && (v.Is(t - 2, "children") || v.Is(t - 2, "adults") || v.Is(t - 2, "kids")
            || v.Is(t - 2, "babies") || v.Is(t - 2, "infants") || v.Is(t - 2, "those") || v.Is(t - 2, "people") || v.Is(t - 2, "pensioners")
            || v.Is(t - 2, "patients") || v.Is(t - 2, "women") || v.Is(t - 2, "men")
            || v.IsWord(t - 2) && v.Word(t - 2).Length > 3 && v.Word(t - 2)[^1] == 's' && v.InSet(t - 2, StatementLexicon.UnofficialNouns))
            && (t + 1 >= u1 || v.Is(t + 1, "years") || v.Is(t + 1, "months") || !v.IsChar(t + 1, '%') && !v.Is(t + 1, "percent") && !IsPlural(v, t + 1)
                && !(v.IsWord(t + 1) && NumberWords.Magnitudes.ContainsKey(v.Word(t + 1)))))
        {
            return true;
        }
        // "Anand, now 52, told the court", "Mrs Hale, then 34,": a name's age with "now / then" before it.
        if (t - 3 >= u0 && (v.Is(t - 1, "now") || v.Is(t - 1, "then")) && v.IsComma(t - 2) && v.IsCap(t - 3)
            && t + 1 < u1 && v.IsComma(t + 1))
        {
            return true;
        }
        if (t - 2 >= u0 && v.IsComma(t - 1) && v.IsCap(t - 2) && (t + 1 >= u1 || v.IsComma(t + 1) || v.IsChar(t + 1, '.')))
        {
            return true;
        }
        // "the driver, 52, was arrested", "a woman, 34, and her son": a whole number set off by commas right after a singular
        // noun with its article is that one person's age; a count would need a plural.
        return t - 3 >= u0 && v.IsComma(t - 1) && v.IsLower(t - 2) && v.IsWord(t - 2) && !IsPlural(v, t - 2)
            && !v.IsDeterminer(t - 2) && !v.InSet(t - 2, StatementLexicon.RightStops) && !v.InSet(t - 2, NumberWords.Units)
            && !NumberWords.Cardinals.TryGetValue(v.Word(t - 2), out _)
            && (v.IsDeterminer(t - 3) || t - 4 >= u0 && v.IsLower(t - 3) && !v.InSet(t - 3, StatementLexicon.RightStops) && v.IsDeterminer(t - 4))
            && t + 1 < u1 && v.IsComma(t + 1);
    }

    /// <summary>The share in percent when token <paramref name="t"/> is a whole number of at most 1,000 above <paramref name="part"/>.</summary>
    private static double? Proportion(TokenView v, int t, double part)
    {
        var w = v.Word(t);
        double whole;
        if (v.IsNumber(t) ? !ParseDigits(w, out whole, out var suffix) || suffix.Length > 0 : !NumberWords.Cardinals.TryGetValue(w, out whole))
        {
            return null;
        }
        if (part != Math.Floor(part) || whole != Math.Floor(whole) || part < 1 || whole <= part || whole > 1000 || IsYearWord(w))
        {
            return null;
        }
        return Math.Round(part / whole * 100, 2);
    }

    /// <summary>Verbs whose "up" or "down" gives a change's direction: "revised up to", "marked down to".</summary>
    internal static bool IsRevisionVerb(ReadOnlySpan<char> w) =>
        w is "revised" or "revises" or "revise" or "revising" or "raised" or "raises" or "raising" or "ratcheted" or "bumped"
            or "marked" or "scaled" or "adjusted" or "moved" or "nudged";

    /// <summary>"980 euros a semester", "$4.10 a share", "A$1,000 per adult": what a price or payment is reckoned by, not
    /// what it buys.</summary>
    private static bool IsRateDenominator(ReadOnlySpan<char> w) =>
        w is "semester" or "term" or "quarter" or "season" or "night" or "head" or "person" or "adult" or "child" or "share"
            or "visit" or "game" or "match" or "trip" or "ticket" or "household" or "student" or "employee" or "worker" or "passenger"
            // "$71 a barrel", "$9,100 a tonne", "C$310 a megawatt-hour": the price of a unit of a good
            or "barrel" or "tonne" or "ton" or "ounce" or "gallon" or "litre" or "liter" or "kilo" or "kilogram" or "kg" or "pint"
            or "bushel" or "megawatt-hour" or "kilowatt-hour" or "MWh" or "kWh" or "unit";

    // ("number" itself is read by the test after that rule: any number after "number" or "No." is a label.)
    private static bool IsLabelNoun(ReadOnlySpan<char> w) =>
        w is "model" or "flight" or "route" or "gate" or "platform" or "channel" or "category" or "phase" or "stage"
            or "level" or "grade" or "size" or "version" or "series" or "type" or "class" or "row" or "seat" or "room" or "ward"
            or "cell" or "bed" or "block" or "wing" or "terminal" or "pier" or "berth" or "runway" or "reactor" or "section"
            or "article" or "chapter" or "page" or "paragraph" or "clause" or "lane" or "exit" or "precinct" or "hangar";

    private static bool IsYearlyEvent(ReadOnlySpan<char> w) =>
        w is "elections" or "midterms" or "primaries" or "championships" or "finals" or "olympics" or "playoffs" or "accounts" or "accords";

    private static bool IsDatedEvents(ReadOnlySpan<char> w) =>
        w is "protests" or "demonstrations" or "riots" or "floods" or "attacks" or "uprisings" or "games" or "talks" or "wildfires"
            or "earthquakes" or "bombings" or "killings" or "massacres" or "strikes" or "clashes" or "polls" or "results"
            or "sanctions" or "storms" or "hurricanes" or "reforms" or "cuts" or "rules" or "regulations" or "protocols" or "negotiations";

    private static bool IsSeason(ReadOnlySpan<char> w) =>
        w.Equals("spring", StringComparison.OrdinalIgnoreCase) || w.Equals("summer", StringComparison.OrdinalIgnoreCase)
        || w.Equals("autumn", StringComparison.OrdinalIgnoreCase) || w.Equals("winter", StringComparison.OrdinalIgnoreCase);

    private static bool IsYearWord(ReadOnlySpan<char> w) =>
        w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100;

    // "12:26", "3/14", and "2026-03-18" (digits joined by two hyphens: a date or a phone number).
    /// <summary>"am", "p.m.", "PM": the words that make the number before them a clock time ("5pm", "4.12am", "3 p.m.").</summary>
    private static bool IsClockSuffix(ReadOnlySpan<char> w) =>
        w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase);

    /// <summary>"3.40", "12.05": an hour of the clock and two digits of minutes.</summary>
    private static bool IsDottedClock(ReadOnlySpan<char> w) =>
        w.IndexOf('.') is int dot and (1 or 2) && w.Length == dot + 3 && !w.ContainsAnyExcept("0123456789.")
        && int.Parse(w[..dot], System.Globalization.CultureInfo.InvariantCulture) is >= 0 and <= 12 && w[dot + 1] <= '5';

    private static bool IsTimeLike(ReadOnlySpan<char> w) => w.Contains(':') || w.Contains('/') || w.Count('-') >= 2 && !w.ContainsAnyExcept("0123456789-");

    /// <summary>Years ("in 2022"), days of months ("June 14", "14 June") and clock times ("12:26 PM") are not quantities.</summary>
    private static bool IsDateOrYear(TokenView v, int t, int u0, int u1, double value, ReadOnlySpan<char> w)
    {
        if (IsTimeLike(w))
        {
            return true;
        }
        // "best before 30.06.2026", "on 4.9.2025": a day, a month and a year written with dots are a date, whether the
        // tokenizer keeps them whole or leaves the year as the next token.
        if (w.IndexOf('.') is int dot and > 0 && w[(dot + 1)..].Contains('.')
            || w.Contains('.') && t + 1 < u1 && v.Start(t + 1) == v.End(t) && v.Word(t + 1) is { Length: 5 } year && year[0] == '.' && char.IsDigit(year[1]))
        {
            return true;
        }
        bool integer = value == Math.Floor(value) && !w.Contains('.') && !w.Contains(',');
        // "(0842 GMT)", "at 1400 UTC": four digits before a time zone are a clock time.
        if (integer && w.Length == 4 && value < 2400 && value % 100 < 60 && t + 1 < u1
            && v.Word(t + 1) is "GMT" or "UTC" or "BST" or "CET" or "CEST" or "EST" or "EDT" or "PST" or "PDT" or "Zulu")
        {
            return true;
        }
        if (integer && value >= 1 && value <= 31 && (t > u0 && v.InSet(t - 1, StatementLexicon.Months) || t + 1 < u1 && v.InSet(t + 1, StatementLexicon.Months) && v.IsCap(t + 1)))
        {
            return true;
        }
        // "on November 4 and 5", "March 3, 4 or 5", "May 12-14": a second day after a month's day is a day too.
        if (integer && value >= 1 && value <= 31 && t - 3 >= u0 && (v.Is(t - 1, "and") || v.Is(t - 1, "or") || v.Is(t - 1, "to") || v.IsComma(t - 1)
                || v.IsChar(t - 1, '-') || v.IsChar(t - 1, '\u2013'))
            && v.IsNumber(t - 2) && double.TryParse(v.Word(t - 2), NumberStyles.None, CultureInfo.InvariantCulture, out double day) && day is >= 1 and <= 31)
        {
            // Back over the list to the month that opens it.
            for (int k = t - 3; k >= u0 && k >= t - 8; k--)
            {
                if (v.InSet(k, StatementLexicon.Months) && v.IsCap(k))
                {
                    return true;
                }
                if (!v.IsNumber(k) && !v.IsComma(k) && !v.Is(k, "and"))
                {
                    break;
                }
            }
        }
        if (integer && value >= 1000 && value <= 2100 && w.Length == 4)
        {
            // "2019 through 2023 models", "the 2024 models": the end of a span of years, or a model year.
            if (t + 1 < u1 && (v.Is(t + 1, "models") || v.Is(t + 1, "model")) || t - 2 >= u0 && IsYearWord(v.Word(t - 2))
                && (v.Is(t - 1, "through") || v.Is(t - 1, "to") || v.Is(t - 1, "and") || v.IsChar(t - 1, '-') || v.IsChar(t - 1, '–')))
            {
                return true;
            }
            // "its 2024 corruption perceptions index", "the country's 2023 budget": after a possessor a year-shaped number
            // dates the thing it owns, and "the 2024 elections" names an event, not two thousand of them.
            if (t > u0 && (v.Is(t - 1, "its") || v.Is(t - 1, "their") || v.Is(t - 1, "his") || v.Is(t - 1, "her") || v.Is(t - 1, "our")
                || v.Is(t - 1, "'s") || v.Is(t - 1, "\u2019s")) || t + 1 < u1 && IsYearlyEvent(v.Word(t + 1)))
            {
                return true;
            }
            // "the February 2023 earthquakes", "the summer 2022 floods": after a month or a season the number is the year of
            // the events named, not how many there were.
            if (t > u0 && (v.InSet(t - 1, StatementLexicon.Months) && v.IsCap(t - 1) || IsSeason(v.Word(t - 1))))
            {
                return true;
            }
            // "the 2011 austerity demonstrations", "the 2008 protests": after "the" a year-shaped number before a noun
            // naming events, or before any word that is not the plural it would count, dates them ("the 2000 troops" counts).
            if (t > u0 && (v.Is(t - 1, "the") || v.Is(t - 1, "The")) && t + 1 < u1 && v.IsWord(t + 1)
                && (IsDatedEvents(v.Word(t + 1)) || !(v.Word(t + 1) is { Length: > 2 } next && next[^1] == 's' && v.IsLower(t + 1)) && !IsPlural(v, t + 1)
                    || t + 2 < u1 && (v.IsChar(t + 2, '\'') || v.IsChar(t + 2, '\u2019'))))
            {
                return true;
            }
            // a year unless a plural noun follows ("2000 troops", "2000 people")
            for (int k = t + 1; k < u1 && k <= t + 2 && v.IsWord(k) && !v.InSet(k, StatementLexicon.RightStops); k++)
            {
                var word = v.Word(k);
                if (word.Length > 2 && word[^1] == 's' && v.IsLower(k) || v.IsLower(k) && NumberWords.IrregularPlurals.Contains(word))
                {
                    return false;
                }
            }
            return true;
        }
        // "the Boeing 767, operated by …", "Flight 370", "Chapter 11 protection": a number right after a name names a model,
        // a route or a section; it counts nothing.
        if (integer && t > u0 + 1 && v.IsCap(t - 1) && v.IsWord(t - 1) && !v.InSet(t - 1, StatementLexicon.Months)
            && (t + 1 >= u1 || v.IsPunct(t + 1) && !v.IsChar(t + 1, '%') || v.IsCap(t + 1) && !v.Word(t + 1).EndsWith('s')))
        {
            return true;
        }
        // "held in cell 17", "room 101 of the ministry", "under article 5": a number right after a labelling noun, closing
        // the phrase, names the one it labels; it counts nothing.
        if (integer && t > u0 && v.IsLower(t - 1) && IsLabelNoun(v.Word(t - 1))
            && (t + 1 >= u1 || v.IsPunct(t + 1) && !v.IsChar(t + 1, '%') || v.IsLower(t + 1) && v.Word(t + 1) is "of" or "in" or "at" or "on" or "and"
                or "or" or "was" or "is" or "where" or "which" or "with" or "from" or "to" or "for" or "had" or "has"))
        {
            return true;
        }
        // "a Boeing 737 water bomber", "the FTSE 100 index", "the number 11 shirt", "a category 4 storm": between an article
        // and what it names, a number after a name or a labelling noun is part of the name (a count follows the article:
        // "the 300 Boeing jets").
        if (integer && t - 2 >= u0 && t + 1 < u1 && v.IsWord(t + 1) && !v.Is(t + 1, "percent") && !NumberWords.Magnitudes.TryGetValue(v.Word(t + 1), out _)
            && (v.Is(t - 2, "the") || v.Is(t - 2, "a") || v.Is(t - 2, "an") || v.Is(t - 2, "The") || v.Is(t - 2, "A"))
            && (v.IsCap(t - 1) && !v.InSet(t - 1, StatementLexicon.Months) || IsLabelNoun(v.Word(t - 1))))
        {
            return true;
        }
        // "told KCRA 3 on Tuesday": an American station's call sign (four capitals opened by K or W) with its channel.
        if (integer && t > u0 && StatementLexicon.IsCallSign(v.Word(t - 1)))
        {
            return true;
        }
        // "the No. 10 shirt", "world number 3", "No 1 seed": a number after "No." or "number" is a rank or a label.
        if (integer && t > u0 && (v.Is(t - 1, "No.") || v.Is(t - 1, "No") || v.Is(t - 1, "no.") || v.Is(t - 1, "number") || v.Is(t - 1, "Number")
            || v.Is(t - 1, "#")))
        {
            return true;
        }
        // "at 3 p.m.", "about 3.40 pm": an hour, or an hour and its minutes after a dot as British copy writes them.
        if ((integer || IsDottedClock(w)) && t + 1 < u1 && IsClockSuffix(v.Word(t + 1)))
        {
            return true;
        }
        return false;
    }
}
