namespace Dossier.Time.Resolution;

/// <summary>A month and day known without their year: the day a year-less wire dateline gives ("TOKYO, Nov 15 (Reuters) -"),
/// or a story day counted from it ("yesterday", November 14).</summary>
/// <param name="Told">Where the day comes from, as reasons quote it ("the dateline's day, November 15 (\"TOKYO, Nov 15\")").</param>
public readonly record struct FiledDay(int Month, int Day, string Told);
