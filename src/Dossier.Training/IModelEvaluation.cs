using Dossier.Training.Evaluation;

namespace Dossier.Training;

/// <summary>Measures one part of Dossier against the shared data sets (the <c>dossier eval</c> subcommands).</summary>
public interface IModelEvaluation
{
    /// <summary>The subcommand name ("pos", "sentences", "tokens", "ner").</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Runs the measurement; detail (such as the commonest errors) goes to <paramref name="log"/>.</summary>
    IReadOnlyList<Measurement> Evaluate(EvaluationOptions options, TextWriter log, CancellationToken cancellationToken);
}
