namespace Dossier.Time.Evaluation;

/// <summary>Writes a TIMEX value in one canonical notation, so the scorer can count two spellings of the same calendar
/// meaning as one value (reported beside, never instead of, the exact-string figure).</summary>
/// <remarks>
/// Only spellings that name exactly the same days are merged:
/// an ISO week with or without its leading zero ("2000-W7" = "2000-W07", TimeBank writes both);
/// a decade as TIMEX3 writes it or with TIMEX2's trailing X ("197" = "197X", the 1970s);
/// a century likewise ("19" = "19XX", the 1900s);
/// a length counted in quarters, decades, centuries or millennia and the same length in months or years
/// ("P1Q" = "P3M", "P1E" = "P10Y", "P2C" = "P200Y", "P1L" = "P1000Y"; TimeBank writes both), and TIMEX2's unit letters
/// for those units beside TimeBank's ("PXDE" = "PXE", "PXCE" = "PXC", "PXML" = "PXL").
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
        if (v.Length >= 3 && v[0] == 'P' && v[1] != 'T')
        {
            return CanonicalLength(value);
        }
        return value;
    }

    /// <summary>"P1Q" as "P3M", "P1E" as "P10Y", "PXDE" as "PXE"; any other length as it is.</summary>
    private static string CanonicalLength(string value)
    {
        var v = value.AsSpan(1);
        int digits = 0;
        while (digits < v.Length && char.IsAsciiDigit(v[digits]))
        {
            digits++;
        }
        bool vague = digits == 0 && v[0] == 'X';
        if (!vague && (digits == 0 || digits > 6))
        {
            return value;
        }
        var unit = v[(vague ? 1 : digits)..];
        (string letter, int factor) = unit switch
        {
            "Q" => ("M", 3),
            "E" or "DE" => ("Y", 10),
            "C" or "CE" => ("Y", 100),
            "L" or "ML" => ("Y", 1000),
            _ => ("", 0),
        };
        if (factor == 0)
        {
            return value;
        }
        if (vague)
        {
            // A vague count keeps its unit: "several decades" is not "several years".
            return "PX" + unit switch { "DE" => "E", "CE" => "C", "ML" => "L", _ => unit.ToString() };
        }
        int n = int.Parse(v[..digits], System.Globalization.CultureInfo.InvariantCulture);
        return "P" + (n * factor).ToString(System.Globalization.CultureInfo.InvariantCulture) + letter;
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
