namespace Dossier.Core.Statements;

/// <summary>An attributed statement: who said what, through whom, how sure.</summary>
/// <param name="Cue">The reporting verb or phrase ("said", "according to").</param>
/// <param name="Content">The quoted or paraphrased content.</param>
/// <param name="Quote">For direct speech, the exact quoted text.</param>
/// <param name="CertaintyCues">The words that set <paramref name="Certainty"/>.</param>
/// <param name="Time">Index into <see cref="Document.Times"/> of the time of speaking, or -1.</param>
/// <param name="Medium">The form the words took when the text names one and no outlet carries them ("said in a statement":
/// "statement"; "in a post on its leak site": "post"); a named outlet's medium is on its <see cref="Relay"/>.</param>
/// <param name="Answers">Index into <see cref="Document.Statements"/> of the earlier statement, by another speaker, that
/// this one answers when its content only points back at it ("The ministry denied that"), or -1.</param>
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
    int Time = -1,
    string? Medium = null,
    int Answers = -1);
