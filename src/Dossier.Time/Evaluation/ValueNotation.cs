namespace Dossier.Time.Evaluation;

/// <summary>Writes a TIMEX value in one canonical notation, so the scorer can count two spellings of the same calendar
/// meaning as one value (reported beside, never instead of, the exact-string figure).</summary>
/// <remarks>
/// Only spellings that name exactly the same days are merged:
/// an ISO week with or without its leading zero ("2000-W7" = "2000-W07", TimeBank writes both);
/// a decade as TIMEX3 writes it or with TIMEX2's trailing X ("197" = "197X", the 1970s);
/// a century likewise ("19" = "19XX", the 1900s).
/// Nothing that changes granularity is merged: "1968-XX" (some month of 1968) is not "1968", "1989-WXX" is not "1989-W43",
/// "T17" (the hour) is not "T17:00" (the minute).
/// </remarks>
public static class ValueNotation
{
    /// <summary>The canonical spelling of <paramref name="value"/>; the value itself when it has no other spelling.</summary>
    public static string Canonical(string value)
    {
        var v = value.AsSpan();
        if (v.Length == 3 && IsDigits(v))
        {
            return value + "X";
        }
        if (v.Length == 4 && IsDigits(v[..2]) && v[2] == 'X' && v[3] == 'X')
        {
            return value[..2];
        }
        // "2000-W7" and "2000-W7-WE": pad the week number to two digits.
        if (v.Length >= 7 && IsDigits(v[..4]) && v[4] == '-' && v[5] == 'W' && char.IsAsciiDigit(v[6])
            && (v.Length == 7 || !char.IsAsciiDigit(v[7])))
        {
            return string.Concat(value.AsSpan(0, 6), "0", value.AsSpan(6));
        }
        return value;
    }

    /// <summary>Whether two values name the same calendar meaning in different notations (or are the same string).</summary>
    public static bool Same(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
