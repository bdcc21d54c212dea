using Dossier.Training;

namespace Dossier.Language.Tests;

/// <summary>The mean of weight tables that the POS and names trainers use to average models trained on other shuffles.</summary>
public class ModelAverageTests
{
    [Fact]
    public void Add_TakesTheUnionOfKeys_AndCountsAMissingRowAsZeros()
    {
        var (keys, rows) = ModelAverage.Add([1, 5], [1f, 2f, 3f, 4f], [2, 5, 9], [10f, 20f, 30f, 40f, 50f, 60f], width: 2);

        Assert.Equal([1UL, 2UL, 5UL, 9UL], keys);
        Assert.Equal([1f, 2f, 10f, 20f, 33f, 44f, 50f, 60f], rows);
    }

    [Fact]
    public void Mean_OfOneModel_IsThatModel_AndOfSeveral_DividesTheSumBySeedCount()
    {
        var seeds = new List<int>();
        (ulong[], float[]) Train(int seed)
        {
            seeds.Add(seed);
            return seed == 7 ? ([3UL], [2f]) : ([4UL], [6f]);
        }

        var one = ModelAverage.Mean(1, 7, 1, Train);
        Assert.Equal([3UL], one.Keys);
        Assert.Equal([2f], one.Rows);

        seeds.Clear();
        var two = ModelAverage.Mean(2, 7, 1, Train);
        Assert.Equal([7, 8], seeds);
        Assert.Equal([3UL, 4UL], two.Keys);
        Assert.Equal([1f, 3f], two.Rows);
    }
}
