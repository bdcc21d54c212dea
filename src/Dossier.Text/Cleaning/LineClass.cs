using Dossier.Core.Articles;

namespace Dossier.Text.Cleaning;

/// <summary>The verdict on one line: debris with its reason, or content of some paragraph kind.</summary>
public readonly record struct LineClass(bool IsDebris, ParagraphKind Kind, string? Reason)
{
    public static LineClass Debris(string reason) => new(true, ParagraphKind.Body, reason);

    public static LineClass Content(ParagraphKind kind) => new(false, kind, null);
}
