using Dossier.Core.Articles;

namespace Dossier.Text.Dedup;

/// <summary>Every first-occurrence paragraph seen so far, indexed for exact and near-duplicate look-up.</summary>
/// <remarks>
/// Each band key, sentence hash and exact hash remembers only its first owner: links always point at first
/// occurrences, and a later paragraph that shares a key with an unrelated one still meets its true twin through the
/// twin's other keys. Shingles live in one pooled array. Cost: about 400 bytes per distinct paragraph; repeats are
/// never indexed. A store saves the fingerprints and loads them into a fresh index before each batch.
/// </remarks>
public sealed class RepeatIndex
{
    private readonly FirstOwnerTable _exact = new();
    private readonly FirstOwnerTable _bands = new();
    private readonly FirstOwnerTable _sentences = new();
    private readonly List<string> _articles = [];
    private readonly Dictionary<string, int> _articleIndex = new(StringComparer.Ordinal);
    private Entry[] _entries = new Entry[1024];
    private uint[] _shingles = new uint[16384];
    private int _shingleCount;

    private readonly record struct Entry(int Article, int Paragraph, int ShingleStart, int ShingleCount, int Words);

    public int ParagraphCount { get; private set; }

    public void AddParagraph(ParagraphRef paragraph, ParagraphFingerprint print)
    {
        if (!_articleIndex.TryGetValue(paragraph.ArticleId, out int article))
        {
            article = _articles.Count;
            _articles.Add(paragraph.ArticleId);
            _articleIndex[paragraph.ArticleId] = article;
        }
        if (ParagraphCount == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }
        if (_shingleCount + print.Shingles.Length > _shingles.Length)
        {
            Array.Resize(ref _shingles, Math.Max(_shingles.Length * 2, _shingleCount + print.Shingles.Length));
        }
        print.Shingles.CopyTo(_shingles, _shingleCount);
        int id = ParagraphCount++;
        _entries[id] = new Entry(article, paragraph.Paragraph, _shingleCount, print.Shingles.Length, print.Words);
        _shingleCount += print.Shingles.Length;

        _exact.TryAdd(print.Exact, id);
        foreach (var key in print.Bands)
        {
            _bands.TryAdd(key, id);
        }
        foreach (var key in print.Sentences)
        {
            _sentences.TryAdd(key, id);
        }
    }

    public bool TryExact(ulong exact, out ParagraphRef first)
    {
        if (_exact.TryGetValue(exact, out int id))
        {
            first = RefOf(id);
            return true;
        }
        first = default;
        return false;
    }

    /// <summary>The earliest indexed paragraph whose shingles contain, or are contained in, at least <paramref name="threshold"/> of this one's.</summary>
    public bool TryNear(ParagraphFingerprint print, double threshold, double minSizeRatio, out ParagraphRef first, out double containment)
    {
        Span<int> candidates = stackalloc int[Fingerprinter.Bands + 32];
        int n = 0;
        foreach (var key in print.Bands)
        {
            if (_bands.TryGetValue(key, out int id))
            {
                AddCandidate(candidates, ref n, id);
            }
        }
        foreach (var key in print.Sentences)
        {
            if (n < candidates.Length && _sentences.TryGetValue(key, out int id))
            {
                AddCandidate(candidates, ref n, id);
            }
        }

        int best = -1;
        containment = 0;
        var mine = print.Shingles.AsSpan();
        for (int c = 0; c < n; c++)
        {
            int id = candidates[c];
            if (best >= 0 && id > best)
            {
                continue;
            }
            var entry = _entries[id];
            int small = Math.Min(entry.ShingleCount, mine.Length);
            int large = Math.Max(entry.ShingleCount, mine.Length);
            if (small < minSizeRatio * large)
            {
                continue;
            }
            if (Fingerprinter.ContainmentAtLeast(mine, _shingles.AsSpan(entry.ShingleStart, entry.ShingleCount), threshold, out double score))
            {
                best = id;
                containment = score;
            }
        }
        first = best >= 0 ? RefOf(best) : default;
        return best >= 0;
    }

    private static void AddCandidate(Span<int> candidates, ref int n, int id)
    {
        if (!candidates[..n].Contains(id))
        {
            candidates[n++] = id;
        }
    }

    private ParagraphRef RefOf(int id) => new(_articles[_entries[id].Article], _entries[id].Paragraph);
}
