namespace Dossier.Time.Recognition;

/// <summary>The shape of a live page's clock stamp with no dash after it ("23:58 Police say …", "9:05 The port has closed …",
/// "9.05 The port …" as British pages write it):
/// one place that says it, for the time recogniser (the stamp is a time) and the statements stage (the stamp is no part of
/// who spoke or of what was said).</summary>
public static class EntryStamp
{
    /// <summary>The length of the stamp and the one space after it when <paramref name="line"/> opens with one: an hour of
    /// one or two digits (0-23), a colon or a full stop, two digits of minutes (00-59), one space, then a capital letter; else 0.</summary>
    /// <remarks>The caller checks that <paramref name="line"/> starts a line or paragraph. A score ("2:1") has one digit
    /// after the colon and is never a stamp.</remarks>
    public static int OpeningLength(ReadOnlySpan<char> line)
    {
        int colon = line.Length > 1 && line[1] is ':' or '.' ? 1 : line.Length > 2 && line[2] is ':' or '.' && char.IsAsciiDigit(line[1]) ? 2 : -1;
        if (colon < 0 || !char.IsAsciiDigit(line[0]) || line.Length < colon + 5 || !char.IsAsciiDigit(line[colon + 1])
            || !char.IsAsciiDigit(line[colon + 2]) || line[colon + 3] != ' ' || !char.IsUpper(line[colon + 4]))
        {
            return 0;
        }
        int hour = colon == 1 ? line[0] - '0' : (line[0] - '0') * 10 + line[1] - '0';
        return hour <= 23 && line[colon + 1] <= '5' ? colon + 4 : 0;
    }

    /// <summary><see cref="OpeningLength(ReadOnlySpan{char})"/> for the line of <paramref name="page"/> starting at
    /// <paramref name="at"/>, where a stamp with a full stop ("9.05 Crews say …") also needs another line of the page to open
    /// with a stamp: alone, a line may as well open with a decimal or a numbered section ("2.10 Scope of the review").</summary>
    public static int OpeningLength(string page, int at)
    {
        int length = OpeningLength(page.AsSpan(at));
        if (length == 0 || (page[at + 1] != '.' && page[at + 2] != '.'))
        {
            return length;
        }
        for (int line = page.IndexOf('\n'); line >= 0; line = page.IndexOf('\n', line + 1))
        {
            if (line + 1 != at && OpeningLength(page.AsSpan(line + 1)) > 0)
            {
                return length;
            }
        }
        return at != 0 && OpeningLength(page.AsSpan()) > 0 ? length : 0;
    }
}
