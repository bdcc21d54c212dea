using System.Text.Json;
using Dossier.TestSupport;

namespace Dossier.Cli.Tests;

public sealed class AnnotateCommandTests : IDisposable
{
    private const string Example = "{\"id\":\"a\",\"text\":\"Kirby said on Friday that North Korea had sent 1,000 containers.\",\"published\":\"2023-10-13\"}";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Annotate_IssueExample_FindsSpeakerDateEntityAndQuantity()
    {
        var (exit, output, error) = _cli.RunWithInput(Example + "\n", "annotate");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.Equal("a", root.GetProperty("id").GetString());

        var statement = Assert.Single(root.GetProperty("statements").EnumerateArray());
        Assert.Equal("Kirby", statement.GetProperty("speaker").GetProperty("name").GetString());

        var friday = root.GetProperty("times").EnumerateArray().Single(t => t.GetProperty("text").GetString()!.Contains("Friday", StringComparison.Ordinal));
        Assert.Equal("2023-10-13", friday.GetProperty("value").GetString());

        var mentions = root.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Contains(mentions, m => m.GetProperty("text").GetString() == "North Korea" && m.GetProperty("type").GetString() == "GPE");

        var quantity = Assert.Single(root.GetProperty("quantities").EnumerateArray());
        Assert.Equal(1000, quantity.GetProperty("value").GetDouble());
        Assert.Equal("containers", quantity.GetProperty("object").GetString());
    }

    [Fact]
    public void Annotate_ThreadsOneAndTwo_GiveIdenticalOutput()
    {
        var lines = string.Join('\n', AnswerKey.ArticleIds().Select(id =>
            JsonSerializer.Serialize(new { id, text = File.ReadAllText(AnswerKey.SamplePath(id)) })).Concat([Example, "{bad"]));
        var one = _cli.RunWithInput(lines, "annotate", "--threads", "1");
        var two = _cli.RunWithInput(lines, "annotate", "--threads", "2");
        Assert.Equal(7, one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(one.Out, two.Out);
        Assert.Equal(ExitCodes.Partial, one.Exit);
    }

    [Fact]
    public void Annotate_PlainTextFile_IsOneDocument()
    {
        var (exit, output, _) = _cli.Run("annotate", "--only", "entities", AnswerKey.SamplePath("003_cff7c289fec4e0ce"));
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("003_cff7c289fec4e0ce", doc.RootElement.GetProperty("id").GetString());
        Assert.False(doc.RootElement.TryGetProperty("statements", out _));
        Assert.Contains(doc.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Bloomberg");
    }

    [Fact]
    public void Annotate_UnknownLayer_IsAUsageError()
    {
        var (exit, _, error) = _cli.RunWithInput(Example, "annotate", "--only", "entities,feelings");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown layer 'feelings'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_AfterAdd_CarriesEveryLayerAndDossierEntities()
    {
        _cli.Run("add", RepoPaths.Samples);
        var (exit, output, _) = _cli.Run("export");
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(output);
        var entities = doc.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("Mark Milley", entities);
        var undated = doc.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "002_a74503a07682fa3a");
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("published").ValueKind);
        Assert.Equal("2022-11-02", undated.GetProperty("published_window").GetProperty("earliest").GetString());
        Assert.NotEmpty(undated.GetProperty("statements").EnumerateArray());
        Assert.NotEmpty(undated.GetProperty("quantities").EnumerateArray());
        Assert.Equal(undated.GetProperty("entities").GetArrayLength(), undated.GetProperty("dossier_entity_of").GetArrayLength());
    }
}
