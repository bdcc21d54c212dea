using Dossier.Core;

namespace Dossier.Statements.Evaluation;

/// <summary>One annotated span of a brat file: its type ("Source", "Cue", "Content") and extent in UTF-16 offsets.</summary>
/// <param name="Span">From the first fragment's start to the last fragment's end (discontinuous spans are joined).</param>
public readonly record struct BratSpan(string Type, TextSpan Span);
