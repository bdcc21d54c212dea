namespace Dossier.Core.Tokens;

/// <summary>The surface class of a token, decided by the tokenizer before any tagging.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
}
