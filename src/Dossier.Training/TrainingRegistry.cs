using Dossier.Training.Evaluation;
using Dossier.Training.PartsOfSpeech;

namespace Dossier.Training;

/// <summary>Every trainer and evaluation the CLI offers; <c>dossier train/eval &lt;name&gt;</c> is generated from these lists.</summary>
/// <remarks>To add a model, implement <see cref="IModelTrainer"/> and <see cref="IModelEvaluation"/> and add one line to each list.</remarks>
public static class TrainingRegistry
{
    public static IReadOnlyList<IModelTrainer> Trainers { get; } =
    [
        new PartOfSpeechTrainer(),
        new Statements.AttributionTrainer(),
    ];

    public static IReadOnlyList<IModelEvaluation> Evaluations { get; } =
    [
        new PartOfSpeechEvaluation(),
        new SentenceBoundaryEvaluation(),
        new TokenBoundaryEvaluation(),
    ];
}
