using System.Buffers;
using System.Collections.Frozen;
using Dossier.Core;
using Dossier.Core.Tokens;

namespace Dossier.Time.Recognition;

/// <summary>The cheap first look at a sentence: which kinds of time words it holds, so most sentences are rejected at once.</summary>
internal static class TimeCues
{
    private static readonly SearchValues<char> s_digits = SearchValues.Create("0123456789");

    private static readonly FrozenDictionary<string, Cue> s_words = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cues in one sentence, from its tokens (words) and a vectorised scan of its text (digits).</summary>
    public static Cue Of(Document document, Sentence sentence)
    {
        var text = document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length);
        Cue cues = text.ContainsAny(s_digits) ? Cue.Digit : Cue.None;
        var tokens = document.Tokens;
        int end = Math.Min(sentence.EndToken, tokens.Count);
        for (int t = sentence.FirstToken; t < end; t++)
        {
            var kind = tokens.Kinds[t];
            if (kind != TokenKind.Word && kind != TokenKind.Number)
            {
                continue;
            }
            int s = tokens.Starts[t];
            var word = document.Text.AsSpan(s, tokens.Ends[t] - s);
            // A number token holds a unit only when hyphenated: "14-day", "10-year".
            if (kind == TokenKind.Word || word.Contains('-'))
            {
                cues |= OfWord(word);
            }
        }
        return cues;
    }

    /// <summary>The cues in plain text (no tokens), for callers that have only a string.</summary>
    public static Cue Of(ReadOnlySpan<char> text)
    {
        Cue cues = text.ContainsAny(s_digits) ? Cue.Digit : Cue.None;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }
            int s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-' || text[i] == '.'))
            {
                i++;
            }
            if (i > s)
            {
                cues |= OfWord(text[s..i]);
            }
        }
        return cues;
    }

    private static Cue OfWord(ReadOnlySpan<char> word)
    {
        // "o'clock" is one token, whose apostrophe the dictionary's words do not hold (plain text splits it, leaving "clock").
        Cue cues = (word.Length == 5 || (word.Length == 7 && word[0] is 'o' or 'O')) && word.EndsWith("clock", StringComparison.OrdinalIgnoreCase)
            ? Cue.PartOfDay : Cue.None;
        while (word.Length > 0)
        {
            int dash = word.IndexOf('-');
            var part = dash < 0 ? word : word[..dash];
            part = part.TrimEnd('.');
            if (part.Length >= 2 && part.Length <= 12 && s_lookup.TryGetValue(part, out var cue))
            {
                // "may" and "march" are months only when capitalised; other month words are rare as common nouns.
                if ((cue & Cue.Month) != 0 && char.IsLower(part[0]))
                {
                    cue &= ~Cue.Month;
                }
                // "New Year's Day": the tokens split "Year's", so a capitalised "Year" stands for the holiday too (not "New",
                // which would let every "New York" past the cheap rejection).
                if (part[0] == 'Y' && part.Equals("year", StringComparison.OrdinalIgnoreCase))
                {
                    cue |= Cue.Holiday;
                }
                cues |= cue;
            }
            if (dash < 0)
            {
                break;
            }
            word = word[(dash + 1)..];
        }
        return cues;
    }

    private static Dictionary<string, Cue> Build()
    {
        var d = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        void Add(Cue cue, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = d.TryGetValue(w, out var c) ? c | cue : cue;
            }
        }
        Add(Cue.Month, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
        Add(Cue.Weekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
            "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
        Add(Cue.Unit, "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "weekend", "weekends", "week", "weeks",
            "month", "months", "year", "years", "decade", "decades", "century", "centuries", "quarter", "quarters", "fortnight", "fortnights", "midweek");
        Add(Cue.Quarter, "quarter", "quarters", "half", "period");
        Add(Cue.Reference, "yesterday", "today", "tomorrow", "tonight", "now", "currently", "nowadays", "recently", "lately", "soon",
            "shortly", "previously", "formerly", "presently", "current", "recent", "future", "past", "present", "moment", "coming", "ahead", "term", "notice");
        Add(Cue.Digit, "nineteen", "thousand", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");
        Add(Cue.Holiday, "thanksgiving", "christmas", "election", "independence", "labor", "memorial", "veterans", "halloween", "valentine's",
            "year's", "eve", "easter", "boxing");
        Add(Cue.Then, "then");
        Add(Cue.Vague, "while", "time");
        Add(Cue.Large, "thousand", "thousands", "million", "millions", "billion", "billions");
        Add(Cue.Side, "before", "after", "following");
        Add(Cue.Season, "spring", "summer", "fall", "autumn", "winter", "season");
        Add(Cue.Set, "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly", "biweekly", "nightly",
            "biannually", "once", "twice", "times");
        Add(Cue.PartOfDay, "morning", "afternoon", "evening", "night", "overnight", "tonight", "noon", "midday", "midnight",
            "dawn", "dusk", "daybreak", "nightfall", "sunrise", "sunset", "trade", "trading", "midmorning", "midafternoon", "midevening");
        return d;
    }
}
