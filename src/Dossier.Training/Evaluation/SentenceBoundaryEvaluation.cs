using Dossier.Training.Conllu;

namespace Dossier.Training.Evaluation;

/// <summary><c>dossier eval sentences</c>: sentence-boundary F1 of tokenizer + splitter on raw text rebuilt from EWT dev and GUM dev.</summary>
public sealed class SentenceBoundaryEvaluation : IModelEvaluation
{
    public string Name => "sentences";

    public string Description => "sentence-boundary F1 on raw text rebuilt from UD EWT dev and GUM dev";

    public IReadOnlyList<Measurement> Evaluate(EvaluationOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var results = new List<Measurement>();
        foreach (var (name, documents) in DevDocuments.Load(options.DataFolder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var errors = options.ShowErrors > 0 ? new Dictionary<string, int>() : null;
            var score = SentenceEvaluation.Score(documents, errors);
            results.Add(new Measurement("sentence boundary F1", name, score.All.F1, score.All.ToString()));
            results.Add(new Measurement("boundary F1 inside paragraphs", name, score.InsideParagraphs.F1, score.InsideParagraphs.ToString()));
            DevDocuments.PrintErrors(log, name, errors, options.ShowErrors);
        }
        return results;
    }
}
