using System.Text.Json;
using Dossier.TestSupport;

namespace Dossier.Cli.Tests;

/// <summary><c>dossier dates</c> on a stored article, on a file with --published, and as JSON.</summary>
public sealed class DatesCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Dates_StoredArticle_ShowsValuesAnchorsAndReasons()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", RepoPaths.Samples).Exit);
        var (exit, output, error) = _cli.Run("dates", "004_30532a4c2225b4c3");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("published 2022-11-02", output, StringComparison.Ordinal);
        Assert.Contains("2022-10", output, StringComparison.Ordinal);
        Assert.Contains("2022-W44", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_UndatedStoredArticle_GetsTheDossierWindow()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("add", RepoPaths.Samples).Exit);
        var (exit, output, _) = _cli.Run("dates", "002_a74503a07682fa3a", "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var window = json.RootElement.GetProperty("published_window");
        Assert.Equal("2022-11-02", window.GetProperty("earliest").GetString());
        var values = json.RootElement.GetProperty("times").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();
        Assert.Contains("2022-09", values);
        Assert.Contains("2022-07", values);
    }

    [Fact]
    public void Dates_FileWithPublishedFlag_AnchorsRelativeDates()
    {
        var file = _cli.Dir.Write("a.txt", "Talks resume\nThe two sides met on Friday and will meet again next month.");
        var (exit, output, _) = _cli.Run("dates", file, "--published", "2023-10-13", "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var values = json.RootElement.GetProperty("times").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();
        Assert.Equal(["2023-10-13", "2023-11"], values);
    }

    [Fact]
    public void Dates_APublishedDateAheadOfTheClock_IsFlaggedAboveTheTable_AndAPastOneIsNot()
    {
        var file = _cli.Dir.Write("f.txt", "Council meets\nThe Pellan council met on Friday.");
        string ahead = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd");

        var (exit, output, _) = _cli.Run("dates", file, "--published", ahead);
        var (_, past, _) = _cli.Run("dates", file, "--published", "2023-10-13");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"warning: the stated publication date {ahead} is after today's date", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning:", past, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_ReadsPartsOfSpeech_AsTheStoreDoes()
    {
        // "exported" after "power" (after "of") is no past verb only to a reader that knows "power" is a noun.
        var file = _cli.Dir.Write("c.txt", "Power cap\nNorway will cap the price of power exported from its dams from May 1, the minister said.");
        var (exit, output, _) = _cli.Run("dates", file, "--published", "2025-03-10", "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var values = json.RootElement.GetProperty("times").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();
        Assert.Equal(["2025-05-01"], values);
    }

    [Fact]
    public void Dates_RangeOfEdges_ShowsEachEndsModNotTheStartsForTheWhole()
    {
        // Round 41 (session 27): "late May to mid-June" is END at its start and MID at its end; the table showed END for all.
        var file = _cli.Dir.Write("d.txt", "Festival dates\nThe Lorne festival will run from late May to mid-June, organisers said.");
        var (exit, output, _) = _cli.Run("dates", file, "--published", "2026-03-10");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("END / MID", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_BadPublishedFlag_IsAUsageError()
    {
        var file = _cli.Dir.Write("b.txt", "Headline\nText on Friday.");
        Assert.Equal(ExitCodes.Usage, _cli.Run("dates", file, "--published", "13/10/2023").Exit);
    }
}
