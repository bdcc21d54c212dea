namespace Dossier.Core.Articles;

/// <summary>How a paragraph repeats earlier text.</summary>
public enum RepeatKind
{
    None,
    /// <summary>The same text after normalising case, spacing and punctuation.</summary>
    Exact,
    /// <summary>Almost the same words (high shingle overlap), verified word by word.</summary>
    Near,
}
