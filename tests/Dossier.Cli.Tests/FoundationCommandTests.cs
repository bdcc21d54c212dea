using System.Text.Json;
using Dossier.TestSupport;

namespace Dossier.Cli.Tests;

public sealed class FoundationCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Add_SampleCorpus_ReportsArticlesRepeatsAndDebris()
    {
        var (exit, output, error) = _cli.Run("add", RepoPaths.Samples);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("Added 5 articles", output, StringComparison.Ordinal);
        Assert.Contains("11 repeated paragraphs linked to their first occurrence", output, StringComparison.Ordinal);
        Assert.Contains("003_cff7c289fec4e0ce", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_AStatedDateAheadOfTheClock_WarnsAndStoresItAsStated_AndAPastOneDoesNot()
    {
        var ahead = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        _cli.Dir.Write("in/typo.txt", $"Council meets\nPublished: {ahead:d MMMM yyyy}\n\nThe Pellan council met on Friday.");
        _cli.Dir.Write("in/fine.txt", "Council votes\nPublished: 13 October 2023\n\nThe Pellan council voted on Friday.");

        var (exit, output, error) = _cli.Run("add", _cli.Dir.File("in"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"{ahead:yyyy-MM-dd}", output, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"the stated publication date {ahead:yyyy-MM-dd} is after today's date", error, StringComparison.Ordinal);
        Assert.StartsWith("warning: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_BatchWithBadFile_ExitsPartialAndNamesTheFile()
    {
        var bad = _cli.Dir.Write("in/broken.json", "{ not json");
        _cli.Dir.Write("in/good.txt", "A headline here\nThe mayor said on Tuesday that the new tram line would open in May.");
        var (exit, output, error) = _cli.Run("add", _cli.Dir.File("in"));
        Assert.Equal(ExitCodes.Partial, exit);
        Assert.Contains("Added 1 article", output, StringComparison.Ordinal);
        Assert.Contains($"rejected: {bad}: malformed JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_StandardInput_ReadsOneArticle()
    {
        var (exit, output, _) = _cli.RunWithInput("Storm hits coast\nA storm hit the coast on Sunday, cutting power to thousands of homes.", "add", "-");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("stdin", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Json_FollowsTheFormatContract()
    {
        _cli.Run("add", RepoPaths.Samples);
        var (exit, output, _) = _cli.Run("export", "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("dossier/1", doc.RootElement.GetProperty("format").GetString());
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(AnswerKey.ArticleIds().Order(StringComparer.Ordinal), articles.Select(a => a.GetProperty("id").GetString()));
        var second = articles[1];
        var repeats = second.GetProperty("paragraphs").EnumerateArray().Where(p => p.GetProperty("repeat_of").ValueKind == JsonValueKind.Object).ToList();
        Assert.Equal(10, repeats.Count);
        Assert.All(repeats, p => Assert.Equal("000_ebdbca7da4fdca52", p.GetProperty("repeat_of").GetProperty("article").GetString()));
        var removed = articles[3].GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("text").GetString()).ToList();
        Assert.Contains("2 min read", removed);
        foreach (var p in second.GetProperty("paragraphs").EnumerateArray())
        {
            var text = second.GetProperty("text").GetString()!;
            Assert.Equal(p.GetProperty("text").GetString(), text[p.GetProperty("start").GetInt32()..p.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public void Export_Jsonl_WritesOneArticlePerLine()
    {
        _cli.Run("add", RepoPaths.Samples);
        var (_, output, _) = _cli.Run("export", "--format", "jsonl");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
    }

    [Fact]
    public void Export_IsStableAcrossRuns()
    {
        _cli.Run("add", RepoPaths.Samples);
        var first = _cli.Run("export").Out;
        var second = _cli.Run("export").Out;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Show_Article_MarksRepeatsAndListsDebris()
    {
        _cli.Run("add", RepoPaths.Samples);
        var (exit, output, _) = _cli.Run("show", "003_cff7c289fec4e0ce");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("published 2024-06-14 (from text)", output, StringComparison.Ordinal);
        Assert.Contains("Removed as web debris (8)", output, StringComparison.Ordinal);
        var pasted = _cli.Run("show", "001_06f09f0d443472d3").Out;
        Assert.Contains("↻ exact repeat of 000_ebdbca7da4fdca52#", pasted, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownArticle_FailsWithAHint()
    {
        _cli.Run("add", RepoPaths.Samples);
        var (exit, _, error) = _cli.Run("show", "no-such-article");
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("no article 'no-such-article'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_BeforeAnyAdd_SaysHowToStart()
    {
        var (exit, _, error) = _cli.Run("list");
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("dossier add", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_Json_HasEveryArticleWithItsDate()
    {
        _cli.Run("add", RepoPaths.Samples);
        using var doc = JsonDocument.Parse(_cli.Run("list", "--json").Out);
        var published = doc.RootElement.EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("published").GetString());
        Assert.Equal("2022-11-02", published["004_30532a4c2225b4c3"]);
        Assert.Null(published["000_ebdbca7da4fdca52"]);
    }

    [Fact]
    public void Search_Phrase_ShowsMatchingParagraphs()
    {
        _cli.Run("add", RepoPaths.Samples);
        var (exit, output, _) = _cli.Run("search", "\"Vostochny Cosmodrome\"", "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.All(doc.RootElement.EnumerateArray(), h => Assert.Contains("«Vostochny", h.GetProperty("snippet").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownCommand_IsAUsageError()
    {
        var (exit, _, error) = _cli.Run("frobnicate");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("dossier --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (exit, output, _) = _cli.Run("--help");
        Assert.Equal(ExitCodes.Ok, exit);
        foreach (var command in new[] { "add", "list", "show", "search", "export" })
        {
            Assert.Contains("  " + command, output, StringComparison.Ordinal);
        }
    }
}
