namespace Dossier.Statements.Evaluation;

/// <summary>Counts for one span type under one matching rule, and the precision, recall and F1 they give.</summary>
public sealed class SpanScore
{
    public int Gold { get; set; }

    public int Predicted { get; set; }

    /// <summary>Gold spans matched by a prediction.</summary>
    public int MatchedGold { get; set; }

    /// <summary>Predictions that matched a gold span.</summary>
    public int MatchedPredicted { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)MatchedPredicted / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)MatchedGold / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
