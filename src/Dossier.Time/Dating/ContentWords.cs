using System.Collections.Frozen;

namespace Dossier.Time.Dating;

/// <summary>Crude content-word keys for comparing wording across articles: lower case, function words dropped,
/// common endings cut so "making"/"make" and "countries"/"country" meet.</summary>
internal static class ContentWords
{
    private static readonly FrozenSet<string> s_stop = (
        "a an the and or but if of to in on at by for from with without as is are was were be been being it its it's they they're "
        + "them their there this that these those he she him her his hers we us our you your i me my not no so than then too very "
        + "will would can could may might must shall should do does did done has have had having which who whom whose what when "
        + "where why how all any both each few more most other some such only own same just also into over under about after "
        + "before between through during up down out off again further once here though although while because until said says say")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a function word ("the", "however" is not one), compared in lower case.</summary>
    public static bool IsStop(string word) => s_stop.Contains(word.ToLowerInvariant());

    public static List<string> Of(ReadOnlySpan<char> text)
    {
        var list = new List<string>();
        int i = 0;
        Span<char> buf = stackalloc char[40];
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            int n = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                char c = text[i] == '’' ? '\'' : char.ToLowerInvariant(text[i]);
                if (n < buf.Length)
                {
                    buf[n++] = c;
                }
                i++;
            }
            if (n == 0)
            {
                continue;
            }
            var w = new string(buf[..n]);
            if (w.EndsWith("'s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }
            if (w.Length < 2 || s_stop.Contains(w))
            {
                continue;
            }
            list.Add(Stem(w));
        }
        return list;
    }

    private static string Stem(string w)
    {
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }
        if (w.Length > 3 && w.EndsWith('y'))
        {
            w = w[..^1] + "i";
        }
        return w;
    }
}
