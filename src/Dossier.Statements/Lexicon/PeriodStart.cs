using Dossier.Core;

namespace Dossier.Statements.Lexicon;

/// <summary>Tells a time that opens a period ("since 2008", "since January") from one that dates an event.</summary>
internal static class PeriodStart
{
    /// <summary>True when the word right before the time is "since": the time says when something began, and the
    /// count or the words beside it ("the biggest failure since 2008", "trying to find a buyer since January") happened
    /// later, so the time dates neither.</summary>
    public static bool Opens(string text, TextSpan time)
    {
        int end = time.Start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text.AsSpan(start, end - start).Equals("since", StringComparison.OrdinalIgnoreCase);
    }
}
