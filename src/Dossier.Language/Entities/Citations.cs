using System.Collections.Frozen;
using Dossier.Core;
using Dossier.Core.Entities;
using static Dossier.Language.Entities.EntityRecognizer;

namespace Dossier.Language.Entities;

/// <summary>Author lists of references in prose: "( Li , Polat , &amp; Bavelier , 2010 )", "Makel et al. , 2012", "Santos ( 1989 )",
/// "Polio and Gass 1997". Each author is a person of its own; the tagger tends to join "Dye &amp; Bavelier" or miss single surnames.</summary>
/// <remarks>Only the shape of a reference is used: a year (or "et al.") closing a list of one- or two-word capitalised names
/// separated by commas, "&amp;" or "and", inside brackets or directly before a bracketed year.</remarks>
internal static class Citations
{
    // Capitalised words that precede a year without being an author ("May 2010", "Table 3", "Summer 2012").
    private static readonly FrozenSet<string> s_notAuthors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Spring", "Summer", "Autumn", "Fall", "Winter", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Act", "Report", "Survey", "Census", "Table", "Figure", "Fig", "Appendix", "Section", "Chapter", "Volume", "Vol", "Page",
        "Part", "Article", "Edition", "Since", "Until", "Before", "After", "In", "From", "By", "On", "The", "Of", "For", "To", "At",
        "Year", "Season", "Class", "Cup", "Games", "Olympics", "Championship", "Election", "Elections", "Model", "Version",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notAuthorLookup = s_notAuthors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces the mentions of <c>output[firstOutput..]</c> that overlap an author of a reference in this sentence with one
    /// person per author.</summary>
    public static void Apply(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, List<EntityMention> output, int firstOutput,
        Gazetteer gazetteer)
    {
        int count = starts.Length;
        Span<(int From, int To)> found = stackalloc (int, int)[8];
        for (int y = 1; y < count; y++)
        {
            var anchor = Word(text, starts, ends, y);
            if (!IsYear(anchor))
            {
                continue;
            }
            int j = y - 1;
            bool bracketedYear = false;
            bool comma = false;
            // "Santos ( 1989 )": the year alone in brackets right after the names.
            if (Word(text, starts, ends, j) is "(" && y + 1 < count && Word(text, starts, ends, y + 1) is ")")
            {
                bracketedYear = true;
                j--;
            }
            else if (Word(text, starts, ends, j) is ",")
            {
                comma = true;
                j--;
            }
            bool etAl = false;
            if (j >= 1 && Word(text, starts, ends, j) is "al." or "al" && Word(text, starts, ends, j - 1) is "et")
            {
                etAl = true;
                j -= 2;
            }
            // Walk back over "Name , Name , & Name": each segment is one or two capitalised words (or "Morgan - Short").
            int authors = 0;
            int listStart = j + 1;
            bool joined = false;
            while (j >= 0 && authors < found.Length)
            {
                int to = j + 1;
                int from = to;
                int words = 0;
                while (j >= 0)
                {
                    var w = Word(text, starts, ends, j);
                    if (IsAuthorWord(w, gazetteer) && words < 2)
                    {
                        words++;
                        from = j;
                        j--;
                        continue;
                    }
                    if (w is "-" && words > 0 && j > 0 && IsAuthorWord(Word(text, starts, ends, j - 1), gazetteer))
                    {
                        j--;
                        continue;
                    }
                    break;
                }
                if (words == 0)
                {
                    break;
                }
                found[authors++] = (from, to);
                listStart = from;
                if (j < 0)
                {
                    break;
                }
                var separator = Word(text, starts, ends, j);
                if (separator is "&" or "and")
                {
                    joined = true;
                    j--;
                    if (j >= 0 && Word(text, starts, ends, j) is ",")
                    {
                        j--;
                    }
                    continue;
                }
                if (separator is "," && j > 0 && IsAuthorWord(Word(text, starts, ends, j - 1), gazetteer) && (comma || etAl || joined))
                {
                    j--;
                    continue;
                }
                break;
            }
            if (authors == 0)
            {
                continue;
            }
            var before = listStart > 0 ? Word(text, starts, ends, listStart - 1) : [];
            bool opened = before is "(" or ";" or "see" or "e.g." or "cf." or "example" or "also" or "i.e." or "by"
                || (before is "," && listStart > 1 && Word(text, starts, ends, listStart - 2) is "e.g." or "see" or "cf." or "i.e.");
            var after = y + 1 < count ? Word(text, starts, ends, y + 1) : [];
            bool closed = after.IsEmpty || after is ")" or ";" or "," or "." or ":" or "p." or "pp." || char.IsLower(after[0]);
            // Inside brackets the shape is enough; in running text the year must be bracketed ("Santos ( 1989 )") or close a list of
            // two or more authors joined by "and" / "&" ("Polio and Gass 1997").
            bool accept = (opened && closed)
                || (bracketedYear && (authors == 1 || joined || etAl))
                || (joined && authors >= 2 && closed);
            if (!accept)
            {
                continue;
            }
            for (int a = authors - 1; a >= 0; a--)
            {
                Replace(output, firstOutput, new TextSpan(starts[found[a].From], ends[found[a].To - 1]));
            }
        }
    }

    private static void Replace(List<EntityMention> output, int firstOutput, TextSpan span)
    {
        // A span reaching beyond the author ("Dye & Bavelier") is the tagger's join; it goes.
        for (int m = output.Count - 1; m >= firstOutput; m--)
        {
            var existing = output[m].Span;
            if (existing.Start < span.End && span.Start < existing.End)
            {
                output.RemoveAt(m);
            }
        }
        int insert = firstOutput;
        while (insert < output.Count && output[insert].Span.Start < span.Start)
        {
            insert++;
        }
        output.Insert(insert, new EntityMention(span, EntityType.Person));
    }

    /// <summary>Whether token <paramref name="next"/> opens a reference's year right after a name: "( 1989", ", 2011".</summary>
    public static bool OpensAYear(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int next) =>
        next + 1 < starts.Length && Word(text, starts, ends, next) is "(" or "," && IsYear(Word(text, starts, ends, next + 1));

    private static bool IsYear(ReadOnlySpan<char> w)
    {
        if (w.Length is < 4 or > 5 || !char.IsAsciiDigit(w[0]) || !char.IsAsciiDigit(w[1]) || !char.IsAsciiDigit(w[2]) || !char.IsAsciiDigit(w[3]))
        {
            return false;
        }
        if (w.Length == 5 && !char.IsAsciiLetterLower(w[4]))
        {
            return false;
        }
        int year = ((w[0] - '0') * 1000) + ((w[1] - '0') * 100) + ((w[2] - '0') * 10) + (w[3] - '0');
        return year is >= 1600 and <= 2099;
    }

    private static bool IsAuthorWord(ReadOnlySpan<char> w, Gazetteer gazetteer)
    {
        if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[^1]))
        {
            return false;
        }
        foreach (char c in w)
        {
            if (!char.IsLetter(c) && c is not '\'' and not '\u2019' and not '-')
            {
                return false;
            }
        }
        return !s_notAuthorLookup.Contains(w) && !EntityHeads.IsOrganisationHead(w) && !EntityHeads.IsPlaceHead(w)
            && !RoleWords.IsRoleWord(w) && !Pronouns.IsPronoun(w) && !gazetteer.TryLookupToken(w, out _);
    }
}
