using Dossier.Core.Time;

namespace Dossier.Time.Resolution;

/// <summary>One spec resolved against one anchor day (or none): value, precision and days.</summary>
/// <param name="UsedAnchor">True when the anchor supplied the year or the offset base.</param>
/// <param name="Note">How the anchor was used ("past tense: the latest such day on or before it").</param>
internal readonly record struct Resolved(string Value, TimePrecision Precision, DateOnly? Earliest, DateOnly? Latest, bool UsedAnchor, string? Note);
