namespace Dossier.Statements.Tagging;

/// <summary>The token labels of the attribution tagger: BIO over source, cue and content (one label per token, as PolNeAR annotates).</summary>
internal static class AttributionLabel
{
    public const int Outside = 0;
    public const int BeginSource = 1;
    public const int InSource = 2;
    public const int BeginCue = 3;
    public const int InCue = 4;
    public const int BeginContent = 5;
    public const int InContent = 6;
    public const int Count = 7;

    /// <summary>0 outside, 1 source, 2 cue, 3 content.</summary>
    public static int Kind(int label) => (label + 1) >> 1;

    public static int Begin(int kind) => kind * 2 - 1;

    public static bool IsInside(int label) => label is InSource or InCue or InContent;
}
