using Dossier.Time.Recognition;

namespace Dossier.Time.Resolution;

/// <summary>Which dial a live page's entry stamps are on, read from all of the page's stamps together: what a one-digit
/// stamp ("9:05 Police say …") means depends on the others.</summary>
/// <remarks>A stamp with hour 0 or 13-23, or written with a leading zero ("09:40"), shows a 24-hour page, where every stamp
/// is as written. Without one, a page whose stamps run through noon ("11:40", "12:15", "1:05" oldest first, or the other way
/// newest first) is on the 12-hour dial: hours 1-11 past the noon turn are p.m. With neither, a one-digit stamp may be
/// either half of the day; a two-digit one keeps its written hour, as a 24-hour page writes it.</remarks>
internal static class StampDial
{
    /// <summary>The stamp is read as written.</summary>
    public const sbyte AsWritten = 0;

    /// <summary>The stamp is past the page's noon turn: 12 hours on.</summary>
    public const sbyte Afternoon = 1;

    /// <summary>A one-digit stamp on a page that shows neither dial: the hour is not known, only the day.</summary>
    public const sbyte EitherHalf = -1;

    /// <summary>One reading for each entry of <paramref name="found"/> (only its stamps can differ from
    /// <see cref="AsWritten"/>), or null when every stamp reads as written.</summary>
    public static sbyte[]? Read(string text, List<(RecognizedTime Time, int Sentence)> found)
    {
        int stamps = 0, oneDigit = 0;
        foreach (var (r, _) in found)
        {
            if (!r.Spec.EntryStamp)
            {
                continue;
            }
            if (r.Spec.Hour is 0 or >= 13 || text[r.Start] == '0')
            {
                return null;
            }
            stamps++;
            oneDigit += OneDigit(text, r) ? 1 : 0;
        }
        if (oneDigit == 0)
        {
            // Two-digit stamps alone are a 24-hour page's way of writing (session 18's and round 35's reading).
            return null;
        }
        var readings = new sbyte[found.Count];
        int turn = NoonTurn(found, stamps, out bool newestFirst);
        int seen = 0;
        for (int k = 0; k < found.Count; k++)
        {
            var r = found[k].Time;
            if (!r.Spec.EntryStamp)
            {
                continue;
            }
            if (turn >= 0 && r.Spec.Hour is >= 1 and <= 11)
            {
                // Oldest first, the stamps after the turn are the afternoon's; newest first, those before it.
                readings[k] = (newestFirst ? seen < turn : seen >= turn) ? Afternoon : AsWritten;
            }
            else if (turn < 0 && OneDigit(text, r))
            {
                readings[k] = EitherHalf;
            }
            seen++;
        }
        return readings;
    }

    private static bool OneDigit(string text, RecognizedTime r) => r.Start + 1 < text.Length && text[r.Start + 1] is ':' or '.';

    /// <summary>The position, among the page's stamps in page order, of the one just past the page's single pass through 12
    /// o'clock on the 12-hour dial; -1 when the stamps run neither way or pass 12 more than once.</summary>
    private static int NoonTurn(List<(RecognizedTime Time, int Sentence)> found, int stamps, out bool newestFirst)
    {
        newestFirst = false;
        if (stamps < 2)
        {
            return -1;
        }
        int on = 0, back = 0, previous = -1;
        foreach (var (r, _) in found)
        {
            if (!r.Spec.EntryStamp)
            {
                continue;
            }
            int dial = r.Spec.Hour % 12 * 60 + Math.Max(0, r.Spec.Minute);
            if (previous >= 0)
            {
                // The shorter way round the dial says which way the page runs at this step.
                int ahead = (dial - previous + 720) % 720;
                on += ahead is > 0 and < 360 ? 1 : 0;
                back += ahead > 360 ? 1 : 0;
            }
            previous = dial;
        }
        if (on == back)
        {
            return -1;
        }
        newestFirst = back > on;
        int turn = -1, seen = 0;
        previous = -1;
        foreach (var (r, _) in found)
        {
            if (!r.Spec.EntryStamp)
            {
                continue;
            }
            int dial = r.Spec.Hour % 12 * 60 + Math.Max(0, r.Spec.Minute);
            if (previous >= 0 && (newestFirst ? dial > previous : dial < previous))
            {
                if (turn >= 0)
                {
                    return -1;
                }
                turn = seen;
            }
            previous = dial;
            seen++;
        }
        return turn;
    }
}
