namespace Dossier.Training.Html;

/// <summary>Main-text extraction scored over the html-dev snippets, in the manner of the trafilatura evaluation.</summary>
/// <remarks>
/// A "with" snippet found in the extracted text is a true positive, missing a false negative; a "without"
/// snippet found is a false positive, absent a true negative. Text is compared with whitespace collapsed.
/// </remarks>
public sealed record HtmlDevScore(
    int Pages,
    int TruePositives,
    int FalseNegatives,
    int FalsePositives,
    int TrueNegatives,
    int DatesChecked,
    int DatesRight,
    int TitlesChecked,
    int TitlesRight,
    double Seconds,
    IReadOnlyList<HtmlDevPageResult> PageResults)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalseNegatives + FalsePositives + TrueNegatives);

    public double DateAccuracy => Ratio(DatesRight, DatesChecked);

    public double TitleAccuracy => Ratio(TitlesRight, TitlesChecked);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
