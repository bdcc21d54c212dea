namespace Dossier.Streaming;

/// <summary>One output line of <see cref="JsonLinesAnnotator"/>: the JSON, and whether it reports an error.</summary>
public readonly record struct AnnotatedLine(string Json, bool IsError);
