namespace Dossier.Core.Tokens;

/// <summary>A document's tokens as parallel arrays: offsets, surface kind, part of speech and lemma.</summary>
/// <remarks>
/// Arrays rather than token objects keep tokenizing and tagging free of per-token allocation.
/// <see cref="Tags"/> and <see cref="Lemmas"/> are filled by the tagger; until then tags are
/// <see cref="PartOfSpeech.None"/> and lemmas null.
/// </remarks>
public sealed class TokenLayer
{
    public static TokenLayer Empty { get; } = new([], [], [], 0);

    public TokenLayer(int[] starts, int[] ends, TokenKind[] kinds, int count)
    {
        Starts = starts;
        Ends = ends;
        Kinds = kinds;
        Count = count;
        Tags = new PartOfSpeech[count];
        Lemmas = new string?[count];
    }

    public int Count { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public TokenKind[] Kinds { get; }

    public PartOfSpeech[] Tags { get; }

    public string?[] Lemmas { get; }

    public Token this[int index] => new(this, index);

    public TextSpan SpanOf(int index) => new(Starts[index], Ends[index]);

    /// <summary>The index of the first token that ends after <paramref name="offset"/>, or Count.</summary>
    public int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Ends[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
