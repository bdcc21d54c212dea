using Dossier.Core;

namespace Dossier.Training.Conllu;

/// <summary>A treebank document turned back into raw text, with the gold paragraphs, sentences and words as spans of it.</summary>
/// <param name="Words">Gold word spans; a multi-word token is split only where its words spell it out ("do"+"n't").</param>
public sealed record RebuiltDocument(
    string Id,
    string Text,
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<TextSpan> Words);
