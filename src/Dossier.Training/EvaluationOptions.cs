namespace Dossier.Training;

/// <summary>What an evaluation reads: the shared data, optionally a models folder other than the embedded models.</summary>
/// <param name="ShowErrors">How many of the commonest errors to print to the log (0 for none).</param>
public sealed record EvaluationOptions(string DataFolder, string? ModelsFolder, int ShowErrors);
