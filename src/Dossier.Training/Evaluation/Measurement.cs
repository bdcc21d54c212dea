namespace Dossier.Training.Evaluation;

/// <summary>One figure of an evaluation: what was measured, on which data, the value and how it was counted.</summary>
public sealed record Measurement(string Metric, string Data, double Value, string Detail);
