namespace Dossier.Time.Recognition;

/// <summary>One recognised expression in a sentence: its character range and what it says.</summary>
/// <param name="Priority">Lower wins between matches of equal length.</param>
internal readonly record struct RecognizedTime(int Start, int End, TimeSpec Spec, int Priority)
{
    public int Length => End - Start;
}
