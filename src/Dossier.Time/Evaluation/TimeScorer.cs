namespace Dossier.Time.Evaluation;

/// <summary>Scores system time expressions against gold ones, one document at a time, TempEval-3 style.</summary>
/// <remarks>
/// Matching is one-to-one: each system expression, in text order, takes the unmatched gold expression with its exact
/// span if there is one, else the last unmatched one it overlaps (relaxed; taking the first instead changes nothing on
/// the train part); a strict match has the same start and end. Type and value are judged on relaxed matches.
/// </remarks>
public static class TimeScorer
{
    public static TimeScore Score(IReadOnlyList<GoldTimex> gold, IReadOnlyList<GoldTimex> system, List<(GoldTimex? Gold, GoldTimex? System)>? pairs = null)
    {
        var used = new bool[gold.Count];
        int strict = 0, relaxed = 0, type = 0, value = 0, sameMeaning = 0;
        foreach (var s in system)
        {
            int match = -1;
            for (int g = 0; g < gold.Count; g++)
            {
                if (!used[g] && gold[g].Span.Overlaps(s.Span))
                {
                    match = g;
                    if (gold[g].Span == s.Span)
                    {
                        break;
                    }
                }
            }
            if (match < 0)
            {
                pairs?.Add((null, s));
                continue;
            }
            used[match] = true;
            var gm = gold[match];
            relaxed++;
            if (gm.Span == s.Span)
            {
                strict++;
            }
            if (string.Equals(gm.Type, s.Type, StringComparison.OrdinalIgnoreCase))
            {
                type++;
            }
            if (string.Equals(gm.Value, s.Value, StringComparison.Ordinal))
            {
                value++;
            }
            if (ValueNotation.Same(gm.Value, s.Value))
            {
                sameMeaning++;
            }
            pairs?.Add((gm, s));
        }
        if (pairs is not null)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                if (!used[g])
                {
                    pairs.Add((gold[g], null));
                }
            }
        }
        return new TimeScore(1, gold.Count, system.Count, strict, relaxed, type, value, sameMeaning);
    }
}
