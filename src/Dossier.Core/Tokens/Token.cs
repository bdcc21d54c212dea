namespace Dossier.Core.Tokens;

/// <summary>A read-only view of one token of a <see cref="TokenLayer"/>.</summary>
public readonly struct Token(TokenLayer layer, int index)
{
    public int Index => index;

    public int Start => layer.Starts[index];

    public int End => layer.Ends[index];

    public TextSpan Span => new(layer.Starts[index], layer.Ends[index]);

    public TokenKind Kind => layer.Kinds[index];

    public PartOfSpeech Tag => layer.Tags[index];

    public string? Lemma => layer.Lemmas[index];

    public ReadOnlySpan<char> TextIn(Document document) => document.Text.AsSpan(Start, End - Start);
}
