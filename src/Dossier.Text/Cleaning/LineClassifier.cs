using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Text.Metadata;
using Dossier.Text.Normalization;

namespace Dossier.Text.Cleaning;

/// <summary>Decides for each line of an article whether it is debris, the title, a date line, a standfirst, a heading or body.</summary>
public static class LineClassifier
{
    /// <summary>How many lines from the top a bare date may stand and still be the publication date.</summary>
    private const int DateLineWindow = 6;

    /// <summary>Classifies <paramref name="lines"/> of <paramref name="text"/>.</summary>
    /// <param name="knownTitle">A title the source gave separately (JSON, feed, HTML meta), if any.</param>
    public static LineClass[] Classify(string text, IReadOnlyList<TextSpan> lines, string? knownTitle)
    {
        int n = lines.Count;
        var result = new LineClass[n];
        var strings = new string[n];
        for (int i = 0; i < n; i++)
        {
            strings[i] = lines[i].Slice(text);
            result[i] = DebrisRules.IsDebris(strings[i], out var reason)
                ? LineClass.Debris(reason)
                : LineClass.Content(ParagraphKind.Body);
        }

        MarkRelatedBlocks(strings, result);
        MarkTrailingSectionTag(strings, result);
        MarkStructure(strings, result, knownTitle);
        return result;
    }

    // After "Most popular" or "Related", the lines that follow are other stories' headlines until real prose resumes.
    private static void MarkRelatedBlocks(string[] lines, LineClass[] result)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!result[i].IsDebris || !DebrisRules.IsBlockHeading(lines[i]))
            {
                continue;
            }
            int j = i + 1;
            while (j < lines.Length && (result[j].IsDebris || DebrisRules.IsHeadlineLike(lines[j])))
            {
                if (!result[j].IsDebris)
                {
                    result[j] = LineClass.Debris("headline of another story");
                }
                j++;
            }
            i = j - 1;
        }
    }

    private static void MarkTrailingSectionTag(string[] lines, LineClass[] result)
    {
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            if (result[i].IsDebris)
            {
                continue;
            }
            if (DebrisRules.IsSectionTag(lines[i]))
            {
                result[i] = LineClass.Debris("section tag");
                continue;
            }
            break;
        }
    }

    private static void MarkStructure(string[] lines, LineClass[] result, string? knownTitle)
    {
        int seen = 0;
        bool titleDone = false;
        bool standfirstDone = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (result[i].IsDebris)
            {
                continue;
            }
            seen++;
            var line = lines[i];
            if (seen <= DateLineWindow && (PublicationDateParser.TryParse(line, out _, out _)
                || PublicationDateParser.TryParseEitherWay(line, out _, out _, out _)))
            {
                result[i] = LineClass.Content(ParagraphKind.DateLine);
                continue;
            }
            if (!titleDone)
            {
                titleDone = true;
                if (IsDatelineLede(line))
                {
                    // Wire copy that opens on its dateline ("TOKYO, Aug 14 (Reuters) - The Bank of Japan ...") has no
                    // headline line: the lede is body, so its dateline and agency are read, and no title is made of it.
                    standfirstDone = true;
                    continue;
                }
                if (knownTitle is null || SameText(knownTitle, line))
                {
                    result[i] = LineClass.Content(ParagraphKind.Title);
                    continue;
                }
            }
            if (!standfirstDone)
            {
                standfirstDone = true;
                if (DebrisRules.WordCount(line) >= 8 && !EndsAsSentence(line) && NextContent(result, i) >= 0)
                {
                    result[i] = LineClass.Content(ParagraphKind.Standfirst);
                    continue;
                }
            }
            // "Valletta, 12 August 2025 —" on a line of its own is the story's dateline, read as a body line's would be.
            if (IsDatelineLine(line))
            {
                continue;
            }
            if (IsHeading(line) && NextContent(result, i) is int next && next >= 0 && lines[next].Length > line.Length)
            {
                result[i] = LineClass.Content(ParagraphKind.Heading);
            }
        }
    }

    private static int NextContent(LineClass[] result, int i)
    {
        for (int j = i + 1; j < result.Length; j++)
        {
            if (!result[j].IsDebris)
            {
                return j;
            }
        }
        return -1;
    }

    // A dateline opening a sentence-long line; a short line such as "BREAKING: Rates rise" may be a headline and stays one.
    private static bool IsDatelineLede(string line) =>
        (EndsAsSentence(line) || DebrisRules.WordCount(line) >= 16)
        && DatelineParser.TryFind(line, new TextSpan(0, line.Length), out _);

    private static bool IsDatelineLine(string line) =>
        DatelineParser.TryFind(line, new TextSpan(0, line.Length), out var dateline) && line.AsSpan(dateline.End).Trim().Trim(":—–-").IsEmpty;

    private static bool IsHeading(string line) =>
        line.Length > 0 && char.IsUpper(line[0]) && !EndsAsSentence(line) && line[^1] is not (',' or ';' or ':')
        && DebrisRules.WordCount(line) <= 12;

    private static bool EndsAsSentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' or '…' or '\'' or '’';

    private static bool SameText(string a, string b) =>
        string.Equals(Whitespace.Collapse(a), Whitespace.Collapse(b), StringComparison.OrdinalIgnoreCase);
}
