namespace Dossier.Training.Evaluation;

/// <summary>Counts of matched, predicted and gold items, and the precision, recall and F1 they give.</summary>
public readonly record struct F1Score(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Matched == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public F1Score Add(F1Score other) => new(Matched + other.Matched, Predicted + other.Predicted, Gold + other.Gold);

    public override string ToString() => $"P {Precision:P2}  R {Recall:P2}  F1 {F1:F4}  ({Matched}/{Predicted} predicted, {Gold} gold)";
}
