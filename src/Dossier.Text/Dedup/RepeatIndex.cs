using Dossier.Core.Articles;

namespace Dossier.Text.Dedup;

/// <summary>Every first-occurrence paragraph and article seen so far, indexed for exact and near-duplicate look-up.</summary>
/// <remarks>
/// Memory grows with the dossier by one entry per distinct paragraph (its shingle hashes, 4 bytes per word,
/// plus 20 band keys); repeats are not indexed, so every link points at a first occurrence.
/// A store loads its saved fingerprints into an index before a batch and saves the new ones after it.
/// </remarks>
public sealed class RepeatIndex
{
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly Dictionary<ulong, List<int>> _bands = [];
    private readonly List<(ParagraphRef Ref, ParagraphFingerprint Print)> _entries = [];
    private readonly Dictionary<ulong, List<int>> _articleBands = [];
    private readonly List<(string Id, uint[] Shingles)> _articles = [];

    public int ParagraphCount => _entries.Count;

    public int ArticleCount => _articles.Count;

    public void AddParagraph(ParagraphRef paragraph, ParagraphFingerprint print)
    {
        int id = _entries.Count;
        _entries.Add((paragraph, print));
        _exact.TryAdd(print.Exact, id);
        foreach (var key in print.Bands)
        {
            if (!_bands.TryGetValue(key, out var list))
            {
                _bands[key] = list = [];
            }
            list.Add(id);
        }
    }

    public void AddArticle(string id, uint[] shingles, ulong[] bands)
    {
        int index = _articles.Count;
        _articles.Add((id, shingles));
        foreach (var key in bands)
        {
            if (!_articleBands.TryGetValue(key, out var list))
            {
                _articleBands[key] = list = [];
            }
            list.Add(index);
        }
    }

    public bool TryExact(ulong exact, out ParagraphRef first)
    {
        if (_exact.TryGetValue(exact, out int id))
        {
            first = _entries[id].Ref;
            return true;
        }
        first = default;
        return false;
    }

    /// <summary>The earliest indexed paragraph whose shingles contain, or are contained in, at least <paramref name="threshold"/> of this one's.</summary>
    public bool TryNear(ParagraphFingerprint print, double threshold, double minSizeRatio, out ParagraphRef first, out double containment)
    {
        first = default;
        containment = 0;
        int best = -1;
        var seen = new HashSet<int>();
        foreach (var key in print.Bands)
        {
            if (!_bands.TryGetValue(key, out var list))
            {
                continue;
            }
            foreach (int id in list)
            {
                if (!seen.Add(id) || (best >= 0 && id > best))
                {
                    continue;
                }
                var other = _entries[id].Print.Shingles;
                int small = Math.Min(other.Length, print.Shingles.Length);
                int large = Math.Max(other.Length, print.Shingles.Length);
                if (small < minSizeRatio * large)
                {
                    continue;
                }
                double c = Fingerprinter.Containment(print.Shingles, other);
                if (c >= threshold)
                {
                    best = id;
                    containment = c;
                }
            }
        }
        if (best < 0)
        {
            return false;
        }
        first = _entries[best].Ref;
        return true;
    }

    /// <summary>The earliest indexed article whose shingle set overlaps this one's by at least <paramref name="threshold"/> (Jaccard).</summary>
    public string? FindDuplicateArticle(uint[] shingles, ulong[] bands, double threshold)
    {
        int best = -1;
        foreach (var key in bands)
        {
            if (!_articleBands.TryGetValue(key, out var list))
            {
                continue;
            }
            foreach (int index in list)
            {
                if ((best < 0 || index < best) && Fingerprinter.Jaccard(shingles, _articles[index].Shingles) >= threshold)
                {
                    best = index;
                }
            }
        }
        return best < 0 ? null : _articles[best].Id;
    }
}
