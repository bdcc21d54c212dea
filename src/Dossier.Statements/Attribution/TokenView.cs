using Dossier.Core;
using Dossier.Core.Tokens;
using Dossier.Statements.Lexicon;
using Dossier.Statements.Quotes;

namespace Dossier.Statements.Attribution;

/// <summary>Read-only access to a document's tokens for the attribution rules, with the quote each token sits in.</summary>
internal sealed class TokenView
{
    private readonly int[] _quoteOf;

    public TokenView(Document document, List<QuoteSpan> quotes)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Quotes = quotes;
        _quoteOf = new int[Tokens.Count];
        Array.Fill(_quoteOf, -1);
        for (int q = 0; q < quotes.Count; q++)
        {
            var outer = quotes[q].Outer;
            for (int t = Tokens.IndexAtOrAfter(outer.Start); t < Tokens.Count && Tokens.Starts[t] < outer.End; t++)
            {
                _quoteOf[t] = q;
            }
        }
    }

    public Document Document { get; }

    public string Text { get; }

    public TokenLayer Tokens { get; }

    public List<QuoteSpan> Quotes { get; }

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> Word(int t) => Text.AsSpan(Tokens.Starts[t], Tokens.Ends[t] - Tokens.Starts[t]);

    public int Start(int t) => Tokens.Starts[t];

    /// <summary>The first token of the sentence holding character <paramref name="position"/>, or 0 outside any sentence.</summary>
    public int SentenceFirstToken(int position) =>
        Document.SentencePositionAt(position) is int sentence and >= 0 ? Document.Sentences[sentence].FirstToken : 0;

    public int End(int t) => Tokens.Ends[t];

    /// <summary>The quote token <paramref name="t"/> is in (its marks included), or -1.</summary>
    public int QuoteOf(int t) => _quoteOf[t];

    public bool InQuote(int t) => _quoteOf[t] >= 0;

    public bool IsWord(int t) => Tokens.Kinds[t] == TokenKind.Word;

    public bool IsPunct(int t) => Tokens.Kinds[t] is TokenKind.Punctuation or TokenKind.Symbol;

    public bool IsNumber(int t) => Tokens.Kinds[t] == TokenKind.Number;

    public bool IsCap(int t) => Tokens.Kinds[t] == TokenKind.Word && char.IsUpper(Text[Tokens.Starts[t]]);

    public bool IsLower(int t) => Tokens.Kinds[t] == TokenKind.Word && char.IsLower(Text[Tokens.Starts[t]]);

    public bool Is(int t, string word)
    {
        if (t < 0 || t >= Tokens.Count)
        {
            return false;
        }
        var w = Word(t);
        // "WHO says", "the US said": an acronym is not the lower-case word it spells ("who", "us"). Most calls do not
        // match at all, so they cost one comparison as before.
        return w.Equals(word, StringComparison.OrdinalIgnoreCase) && (w.SequenceEqual(word) || !(IsAcronym(t) && char.IsLower(word[^1])));
    }

    public bool IsChar(int t, char c) => t >= 0 && t < Tokens.Count && Tokens.Ends[t] - Tokens.Starts[t] == 1 && Text[Tokens.Starts[t]] == c;

    public bool IsComma(int t) => IsChar(t, ',');

    /// <summary>True for a possessive clitic token ("'s", "’s").</summary>
    public bool IsPossessive(int t)
    {
        var w = Word(t);
        return w.Length == 2 && w[0] is '\'' or '’' && w[1] is 's' or 'S';
    }

    /// <summary>"not", "n't" or "never": a word that negates the verb it stands with.</summary>
    public bool IsNegation(int t) => Is(t, "not") || Is(t, "n't") || Is(t, "never");

    /// <summary>A lower-case word of five letters or more ending in -ing: a gerund or a present participle ("having",
    /// "seeking", "injuring").</summary>
    public bool IsIngForm(int t) => IsLower(t) && Word(t).Length > 4 && Word(t).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"the employers' group": an apostrophe right after a word ending in s, before a space and a lower-case
    /// word, marks a plural possessive, not a quotation's end.</summary>
    public bool IsPluralPossessive(int t) =>
        t > 0 && t + 1 < Count && IsPunct(t) && Tokens.Ends[t] - Tokens.Starts[t] == 1 && Text[Tokens.Starts[t]] is '\'' or '’'
        && Tokens.Starts[t] == Tokens.Ends[t - 1] && IsWord(t - 1) && Text[Tokens.Ends[t - 1] - 1] is 's' && Tokens.Starts[t + 1] > Tokens.Ends[t]
        && IsLower(t + 1) && !InQuote(t);

    /// <summary>True for a token that is a quotation mark.</summary>
    public bool IsQuoteMark(int t) => IsPunct(t) && Tokens.Ends[t] - Tokens.Starts[t] == 1 && Text[Tokens.Starts[t]] is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„' or '`';

    /// <summary>True when <paramref name="t"/> closes a quote (the last token of the quote's outer span).</summary>
    public bool ClosesQuote(int t)
    {
        int q = _quoteOf[t];
        return q >= 0 && Tokens.Ends[t] >= Quotes[q].Outer.End;
    }

    /// <summary>True when <paramref name="t"/> opens a quote.</summary>
    public bool OpensQuote(int t)
    {
        int q = _quoteOf[t];
        return q >= 0 && Tokens.Starts[t] == Quotes[q].Outer.Start;
    }

    public bool InSet(int t, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        t >= 0 && t < Tokens.Count && set.Contains(Word(t));

    /// <summary>A conjunction or preposition that can open a sentence ("After", "When", "Despite"), which no speaker's name
    /// starts with; pronouns and relative pronouns ("It", "who") are not, as they can be speakers.</summary>
    public bool IsConnective(int t) => IsWord(t) && InSet(t, StatementLexicon.LeftStops) && !InSet(t, StatementLexicon.SubjectPronouns)
        && !Is(t, "who") && !Is(t, "which") && !Is(t, "that") && !IsAcronym(t);

    /// <summary>A word of two or more capitals ("WHO", "US"): a name, not the function word it spells.</summary>
    public bool IsAcronym(int t)
    {
        var w = Word(t);
        return w.Length > 1 && char.IsUpper(w[0]) && char.IsUpper(w[1]);
    }

    /// <summary>Where a sentence opening at <paramref name="u0"/> starts after the article's dateline and its dash ("Jakarta
    /// (AFP) - The company …"), before <paramref name="limit"/>; <paramref name="u0"/> when the dateline is not in it.</summary>
    public int AfterDateline(int u0, int limit)
    {
        if (Document.Metadata.DatelineSpan is { } dateline && Start(u0) < dateline.End)
        {
            while (u0 < limit && Start(u0) < dateline.End)
            {
                u0++;
            }
            while (u0 < limit && Word(u0) is [var c] && StatementCleanup.IsSeparator(c))
            {
                u0++;
            }
        }
        return u0;
    }

    /// <summary>"58 percent said", "Only 52 percent of voters agreed": a subject that starts after its number starts at the
    /// number and the words that hedge it; otherwise at <paramref name="first"/>.</summary>
    public int WithItsNumber(int first)
    {
        // "Published 12 April 2024 ¶ Authorities said": a number in the sentence before is no part of the subject.
        int u0 = SentenceFirstToken(Start(first));
        // "one in | five households": the proportion's first number goes with it.
        if (first >= u0 + 2 && Is(first - 1, "in") && IsCount(first) && IsCount(first - 2))
        {
            first -= 2;
        }
        int k = first;
        if (first - 1 >= u0 && IsCount(first - 1))
        {
            k = first - 1;
            // "one in five households": a proportion, not a count.
            if (k >= 2 && Is(k - 1, "in") && IsCount(k - 2))
            {
                k -= 2;
            }
        }
        else if (!IsCount(first))
        {
            return first;
        }
        // "Roughly | one in five households", "nearly 40 senators": the hedge before the number too.
        while (k > u0 && IsWord(k - 1) && InSet(k - 1, StatementLexicon.NumberHedges))
        {
            k--;
        }
        return k;
    }

    private bool IsCount(int t) => IsNumber(t) || IsWord(t) && NumberWords.Cardinals.TryGetValue(Word(t), out _);

    /// <summary>"would not confirm that account", "dismissed that report as …": a "that" before one lower-case noun that
    /// ends the clause (or meets "as") points at a thing said before; it joins no clause to its cue.</summary>
    public bool IsDemonstrativeThat(int t) =>
        Is(t, "that") && t + 2 <= Count && IsLower(t + 1) && !InSet(t + 1, StatementLexicon.SubjectPronouns)
        && (t + 2 == Count || IsPunct(t + 2) && !IsChar(t + 2, '-') || Is(t + 2, "as"));

    /// <summary>Whether token <paramref name="t"/> is the first of its sentence.</summary>
    public bool OpensSentence(int t) => Document.SentencePositionAt(Start(t)) is int sentence and >= 0 && Document.Sentences[sentence].FirstToken == t;

    public bool IsDeterminer(int t) => IsLower(t) && InSet(t, StatementLexicon.Determiners) || Is(t, "The") || Is(t, "A") || Is(t, "An");

    public TextSpan Span(int first, int endExclusive) =>
        endExclusive <= first ? new TextSpan(Tokens.Starts[Math.Min(first, Count - 1)], Tokens.Starts[Math.Min(first, Count - 1)])
                              : new TextSpan(Tokens.Starts[first], Tokens.Ends[endExclusive - 1]);

    public string SpanText(int first, int endExclusive) => endExclusive <= first ? string.Empty : Span(first, endExclusive).Slice(Text);
}
