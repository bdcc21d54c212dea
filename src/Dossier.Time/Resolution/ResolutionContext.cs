using Dossier.Core.Time;

namespace Dossier.Time.Resolution;

/// <summary>What a document offers to anchor its time expressions: a stated date, an inferred window, or neither.</summary>
/// <param name="Published">The stated publication date.</param>
/// <param name="Window">An inferred, bounded window, used only when there is no stated date.</param>
/// <param name="WeekdayYears">Years the article's weekday+date pairs agree with, quoted as evidence for year-less dates.</param>
public sealed record ResolutionContext(DateOnly? Published, PublicationWindow? Window, IReadOnlyList<int> WeekdayYears)
{
    /// <summary>A year-less dateline's day, for an undated story whose window does not give the year: what "yesterday"
    /// or "the end of the month" count from when the value does not depend on the year.</summary>
    public FiledDay? Filed { get; init; }

    public static ResolutionContext None { get; } = new(null, null, []);

    public static ResolutionContext At(DateOnly published) => new(published, null, []);
}
