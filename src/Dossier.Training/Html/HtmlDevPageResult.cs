namespace Dossier.Training.Html;

/// <summary>One page of the HTML dev set: which snippets the extraction got wrong.</summary>
/// <param name="Missing">"with" snippets not found in the main text (false negatives).</param>
/// <param name="Leaked">"without" snippets found in the main text (false positives).</param>
/// <param name="Error">Why extraction failed, when it threw.</param>
public sealed record HtmlDevPageResult(
    string File,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Leaked,
    bool? DateRight,
    bool? TitleRight,
    string? Error);
