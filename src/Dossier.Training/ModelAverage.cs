namespace Dossier.Training;

/// <summary>Sums of perceptron weight tables (rows of label weights under ascending feature keys), for averaging models
/// trained on different shuffles into one.</summary>
/// <remarks>Our taggers score a label by summing the rows of a token's features, so the mean of several models' tables
/// scores exactly as the ensemble of the models would, at the cost of one model.</remarks>
public static class ModelAverage
{
    /// <summary>The row-wise sum of two tables over the union of their keys (both ascending); a key missing from one table
    /// counts as a row of zeros there.</summary>
    public static (ulong[] Keys, float[] Rows) Add(ulong[] leftKeys, float[] left, ulong[] rightKeys, float[] right, int width)
    {
        var keys = new List<ulong>(Math.Max(leftKeys.Length, rightKeys.Length));
        var sums = new List<float>(Math.Max(left.Length, right.Length));
        int a = 0, b = 0;
        while (a < leftKeys.Length || b < rightKeys.Length)
        {
            bool takeLeft = b == rightKeys.Length || (a < leftKeys.Length && leftKeys[a] <= rightKeys[b]);
            bool takeRight = a == leftKeys.Length || (b < rightKeys.Length && rightKeys[b] <= leftKeys[a]);
            keys.Add(takeLeft ? leftKeys[a] : rightKeys[b]);
            for (int c = 0; c < width; c++)
            {
                float sum = 0;
                if (takeLeft)
                {
                    sum += left[a * width + c];
                }
                if (takeRight)
                {
                    sum += right[b * width + c];
                }
                sums.Add(sum);
            }
            a += takeLeft ? 1 : 0;
            b += takeRight ? 1 : 0;
        }
        return ([.. keys], [.. sums]);
    }

    /// <summary>Trains <paramref name="models"/> tables with <paramref name="train"/> (given seed, seed + 1, …) and returns
    /// their mean over the union of keys.</summary>
    public static (ulong[] Keys, float[] Rows) Mean(int models, int seed, int width, Func<int, (ulong[] Keys, float[] Rows)> train)
    {
        var (keys, rows) = train(seed);
        for (int m = 1; m < models; m++)
        {
            var (moreKeys, moreRows) = train(seed + m);
            (keys, rows) = Add(keys, rows, moreKeys, moreRows, width);
        }
        if (models > 1)
        {
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] /= models;
            }
        }
        return (keys, rows);
    }
}
