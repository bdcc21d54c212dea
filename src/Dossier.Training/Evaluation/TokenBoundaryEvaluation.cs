namespace Dossier.Training.Evaluation;

/// <summary><c>dossier eval tokens</c>: tokenizer agreement (exact span F1) with the treebank words of EWT dev and GUM dev.</summary>
public sealed class TokenBoundaryEvaluation : IModelEvaluation
{
    public string Name => "tokens";

    public string Description => "tokenizer agreement with UD EWT dev and GUM dev words (span F1)";

    public IReadOnlyList<Measurement> Evaluate(EvaluationOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var results = new List<Measurement>();
        foreach (var (name, documents) in DevDocuments.Load(options.DataFolder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var errors = options.ShowErrors > 0 ? new Dictionary<string, int>() : null;
            var raw = TokenEvaluation.Score(documents, joinHyphenated: false);
            var joined = TokenEvaluation.Score(documents, joinHyphenated: true, errors);
            results.Add(new Measurement("token span F1", name, raw.F1, raw.ToString()));
            results.Add(new Measurement("token span F1, hyphen compounds whole", name, joined.F1, joined.ToString()));
            DevDocuments.PrintErrors(log, name, errors, options.ShowErrors);
        }
        return results;
    }
}
