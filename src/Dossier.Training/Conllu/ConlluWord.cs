namespace Dossier.Training.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence: its form, lemma, universal tag and MISC column.</summary>
public sealed record ConlluWord(string Form, string Lemma, string Upos, string Misc);
