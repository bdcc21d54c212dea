namespace Dossier.Core.Time;

/// <summary>The days an article can have been published on, with the evidence for the bounds.</summary>
/// <param name="Stated">True when the source states the date, so the window is one day.</param>
public sealed record PublicationWindow(DateOnly Earliest, DateOnly Latest, bool Stated, IReadOnlyList<string> Evidence);
