namespace Dossier.Time.Dating;

/// <summary>Words an undated article shares with a dated one: the quote or sentence in each and how much of it matches.</summary>
/// <param name="IsQuote">True for a quotation (the undated article quotes words the dated one prints); false for a near-identical sentence.</param>
public sealed record SharedTextEvidence(string DatedId, DateOnly DatedPublished, string UndatedText, string DatedText, double Overlap, bool IsQuote);
