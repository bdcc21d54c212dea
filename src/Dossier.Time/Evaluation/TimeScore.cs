namespace Dossier.Time.Evaluation;

/// <summary>TempEval-3 style figures for time expressions: extent F1 (strict and relaxed), type and value accuracy on
/// relaxed matches, and value F1 (a system expression counts only when it overlaps a gold one and has its value).</summary>
/// <remarks><see cref="ValueCorrect"/> compares value strings exactly; <see cref="ValueSameMeaning"/> also accepts another
/// notation of the same days (<see cref="ValueNotation"/>), and is always reported beside the exact figure.</remarks>
public sealed record TimeScore(
    int Documents,
    int Gold,
    int System,
    int StrictMatches,
    int RelaxedMatches,
    int TypeCorrect,
    int ValueCorrect,
    int ValueSameMeaning = 0)
{
    public double StrictPrecision => Ratio(StrictMatches, System);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, System);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);
    public double TypeF1 => F1(Ratio(TypeCorrect, System), Ratio(TypeCorrect, Gold));
    public double ValuePrecision => Ratio(ValueCorrect, System);
    public double ValueRecall => Ratio(ValueCorrect, Gold);
    public double ValueF1 => F1(ValuePrecision, ValueRecall);
    public double NotationValuePrecision => Ratio(ValueSameMeaning, System);
    public double NotationValueRecall => Ratio(ValueSameMeaning, Gold);
    public double NotationValueF1 => F1(NotationValuePrecision, NotationValueRecall);

    public TimeScore Add(TimeScore o) => new(Documents + o.Documents, Gold + o.Gold, System + o.System, StrictMatches + o.StrictMatches,
        RelaxedMatches + o.RelaxedMatches, TypeCorrect + o.TypeCorrect, ValueCorrect + o.ValueCorrect, ValueSameMeaning + o.ValueSameMeaning);

    public static TimeScore Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
