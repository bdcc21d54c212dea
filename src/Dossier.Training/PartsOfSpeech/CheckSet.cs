using System.Text;
using Dossier.Core.Tokens;
using Dossier.Language.PartsOfSpeech;

namespace Dossier.Training.PartsOfSpeech;

/// <summary>Reads the small hand-tagged check set: one sentence a line, tokens as <c>word/UPOS</c>, <c>#</c> comments.</summary>
public static class CheckSet
{
    /// <summary>The check set's path inside the repository.</summary>
    public const string RelativePath = "tests/data/pos-check.txt";

    public static List<TaggedSentence> Read(string path)
    {
        var sentences = new List<TaggedSentence>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var text = new StringBuilder();
            var starts = new List<int>();
            var ends = new List<int>();
            var tags = new List<PartOfSpeech>();
            foreach (var item in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int slash = item.LastIndexOf('/');
                if (slash <= 0 || slash == item.Length - 1)
                {
                    throw new InvalidDataException($"{path}: '{item}' is not word/TAG");
                }
                var tag = TagSet.Parse(item[(slash + 1)..]);
                if (item[(slash + 1)..] != tag.ToString())
                {
                    throw new InvalidDataException($"{path}: '{item}' has an unknown tag");
                }
                if (text.Length > 0)
                {
                    text.Append(' ');
                }
                starts.Add(text.Length);
                text.Append(item, 0, slash);
                ends.Add(text.Length);
                tags.Add(tag);
            }
            sentences.Add(new TaggedSentence(text.ToString(), [.. starts], [.. ends], [.. tags], new string[tags.Count]));
        }
        return sentences;
    }
}
