namespace Dossier.Training.Conllu;

/// <summary>One surface token: a single word, or a multi-word token ("don't") covering several words.</summary>
/// <param name="FirstWord">Index of the first word it covers in <see cref="ConlluSentence.Words"/>.</param>
/// <param name="WordCount">How many words it covers; more than one for a multi-word token.</param>
/// <param name="SpaceAfter">False where MISC says <c>SpaceAfter=No</c>.</param>
public sealed record ConlluToken(string Form, int FirstWord, int WordCount, bool SpaceAfter);
