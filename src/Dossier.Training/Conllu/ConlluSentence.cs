namespace Dossier.Training.Conllu;

/// <summary>One CoNLL-U sentence with its surface tokens, its words and the document/paragraph breaks before it.</summary>
public sealed record ConlluSentence(
    string Id,
    bool NewDocument,
    bool NewParagraph,
    IReadOnlyList<ConlluToken> Tokens,
    IReadOnlyList<ConlluWord> Words);
