namespace Dossier.Language.Entities;

/// <summary>A gazetteer phrase found at a run of tokens; <see cref="End"/> may stop inside the last token ("Korean" of "Korean-made").</summary>
public readonly record struct GazetteerMatch(int FirstToken, int TokenCount, int Start, int End, int Entry);
