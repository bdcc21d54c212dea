using Dossier.Core.Statements;

namespace Dossier.Statements.Lexicon;

/// <summary>What a reporting word says about the statement it introduces.</summary>
/// <param name="Hedge">The certainty the word itself implies ("believes" → belief, "hinted" → possible).</param>
/// <param name="NounToo">The form is also a common noun ("claims", "reports"), so a determiner before it rules it out.</param>
internal readonly record struct CueInfo(SpeechAct Act, CueClass Class, Certainty Hedge, bool NounToo);
