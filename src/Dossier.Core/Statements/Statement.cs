namespace Dossier.Core.Statements;

/// <summary>An attributed statement: who said what, through whom, how sure.</summary>
/// <param name="Cue">The reporting verb or phrase ("said", "according to").</param>
/// <param name="Content">The quoted or paraphrased content.</param>
/// <param name="Quote">For direct speech, the exact quoted text.</param>
/// <param name="CertaintyCues">The words that set <paramref name="Certainty"/>.</param>
/// <param name="Time">Index into <see cref="Document.Times"/> of the time of speaking, or -1.</param>
public sealed record Statement(
    TextSpan Cue,
    TextSpan Content,
    StatementKind Kind,
    SpeechAct Act,
    Certainty Certainty,
    Speaker? Speaker,
    IReadOnlyList<Relay> Relays,
    IReadOnlyList<TextSpan> CertaintyCues,
    string? Quote,
    int Time = -1);
