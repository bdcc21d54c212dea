namespace Dossier.Training.Conllu;

/// <summary>Reads CoNLL-U files (Universal Dependencies) sentence by sentence.</summary>
/// <remarks>Empty nodes (<c>8.1</c>) are skipped; multi-word token lines become one surface token over their words.</remarks>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader))
        {
            yield return sentence;
        }
    }

    /// <summary>Every sentence of the files, in the order given.</summary>
    public static IEnumerable<ConlluSentence> ReadFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var sentence in ReadFile(path))
            {
                yield return sentence;
            }
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        var tokens = new List<ConlluToken>();
        var words = new List<ConlluWord>();
        string id = "";
        bool newDoc = false, newPar = false;
        int multiEnd = -1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(id, newDoc, newPar, [.. tokens], [.. words]);
                }
                tokens.Clear();
                words.Clear();
                id = "";
                newDoc = newPar = false;
                multiEnd = -1;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDoc = true;
                    newPar = true;
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
                {
                    newPar = true;
                }
                else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..].Trim();
                }
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 10)
            {
                throw new InvalidDataException($"CoNLL-U line with {cols.Length} columns: {line}");
            }
            string num = cols[0];
            if (num.Contains('.'))
            {
                continue;
            }
            bool spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = num.IndexOf('-');
            if (dash > 0)
            {
                int from = int.Parse(num.AsSpan(0, dash));
                int to = int.Parse(num.AsSpan(dash + 1));
                tokens.Add(new ConlluToken(cols[1], words.Count, to - from + 1, spaceAfter));
                multiEnd = to;
                continue;
            }
            int index = int.Parse(num);
            words.Add(new ConlluWord(cols[1], cols[2], cols[3], cols[9]));
            if (index > multiEnd)
            {
                tokens.Add(new ConlluToken(cols[1], words.Count - 1, 1, spaceAfter));
            }
        }
        if (words.Count > 0)
        {
            yield return new ConlluSentence(id, newDoc, newPar, [.. tokens], [.. words]);
        }
    }
}
