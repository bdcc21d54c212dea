using Dossier.TestSupport;

namespace Dossier.Cli.Tests;

/// <summary>`dossier train`'s answers to a wrong folder: one line naming it and the reason, never a stack trace.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void MissingDataFolder_IsAUsageErrorNamingTheFolder()
    {
        string missing = _cli.Dir.File("no-such-data");

        var (exit, output, error) = _cli.Run("train", "pos", "--data", missing, "--models", _cli.Dir.File("models"));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, line, StringComparison.Ordinal);
    }

    [Fact]
    public void DataFolderWithoutTheTreebanks_FailsWithOneLine()
    {
        string empty = _cli.Dir.File("empty-data");
        Directory.CreateDirectory(empty);

        var (exit, _, error) = _cli.Run("train", "pos", "--data", empty, "--models", _cli.Dir.File("models"));

        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dossier train pos: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NerWithoutItsCorpora_FailsWithOneLine_TrainingAndScoringAlike()
    {
        string empty = _cli.Dir.File("empty-ner-data");
        Directory.CreateDirectory(empty);

        var train = _cli.Run("train", "ner", "--data", empty, "--out", _cli.Dir.File("models"));
        var eval = _cli.Run("eval", "ner", "--data", _cli.Dir.File("no-such-data"));

        Assert.Equal(1, train.Exit);
        Assert.StartsWith("dossier train ner: ", Assert.Single(train.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal(2, eval.Exit);
        Assert.StartsWith("dossier eval ner: ", Assert.Single(eval.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void EvalNer_Tune_ScoresTheTuningSplitAndSaysSo()
    {
        var (exit, output, _) = _cli.Run("eval", "ner", "--data", RepoPaths.SharedData!, "--tune");

        Assert.Equal(0, exit);
        Assert.StartsWith("tuning split (GUM train 1/5 + re3d 1/5)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GUM dev", output, StringComparison.Ordinal);
    }
}
