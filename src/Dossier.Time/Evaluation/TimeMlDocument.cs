namespace Dossier.Time.Evaluation;

/// <summary>A TimeML document: its id, creation time (the anchor), the plain text of its TEXT element and the TIMEX3s in it.</summary>
public sealed record TimeMlDocument(string Id, DateOnly? CreationDate, string Text, IReadOnlyList<GoldTimex> Timexes);
