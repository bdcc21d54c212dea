namespace Dossier.Core.Tokens;

/// <summary>One sentence: its span, its tokens <c>[FirstToken, FirstToken + TokenCount)</c> and its paragraph.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph) : ISpanned
{
    public int EndToken => FirstToken + TokenCount;
}
