namespace Dossier.Time.Resolution;

/// <summary>The month and day a year-less wire dateline gives ("TOKYO, Nov 15 (Reuters) -"): the day the story was filed,
/// in a year the text does not tell.</summary>
/// <param name="Dateline">The dateline as written, quoted in reasons.</param>
public readonly record struct FiledDay(int Month, int Day, string Dateline);
