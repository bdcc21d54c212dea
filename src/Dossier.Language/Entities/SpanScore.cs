using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>Counts for exact-span, exact-type matching, overall and per entity type.</summary>
public sealed class SpanScore
{
    private readonly int[] _gold = new int[5];
    private readonly int[] _predicted = new int[5];
    private readonly int[] _correct = new int[5];

    public int Gold => Sum(_gold);

    public int Predicted => Sum(_predicted);

    public int Correct => Sum(_correct);

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one sentence's gold and predicted spans (start, end, type).</summary>
    public void Add(IReadOnlyList<(int Start, int End, EntityType Type)> gold, IReadOnlyList<(int Start, int End, EntityType Type)> predicted)
    {
        foreach (var g in gold)
        {
            _gold[(int)g.Type]++;
        }
        foreach (var p in predicted)
        {
            _predicted[(int)p.Type]++;
            foreach (var g in gold)
            {
                if (g == p)
                {
                    _correct[(int)p.Type]++;
                    break;
                }
            }
        }
    }

    public (int Gold, int Predicted, int Correct, double F1) Of(EntityType type)
    {
        int g = _gold[(int)type], p = _predicted[(int)type], c = _correct[(int)type];
        double pr = p == 0 ? 0 : (double)c / p, re = g == 0 ? 0 : (double)c / g;
        return (g, p, c, pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
    }

    private static int Sum(int[] a) => a[0] + a[1] + a[2] + a[3] + a[4];
}
