using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>Round 33's statement repairs as <c>dossier annotate</c> shows them (the command's reading of a line, where
/// they showed in the unseen dossiers), each on an invented sentence of another story.</summary>
public sealed class AnnotateRound33Tests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private List<(string? Speaker, string Cue)> Statements(string text)
    {
        string line = JsonSerializer.Serialize(new { id = "a", text, published = "2025-05-07" });
        var (exit, output, _) = _cli.RunWithInput(line + "\n", "annotate", "--only", "statements");
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var found = new List<(string?, string)>();
        foreach (var s in doc.RootElement.GetProperty("statements").EnumerateArray())
        {
            var speaker = s.GetProperty("speaker");
            found.Add((speaker.ValueKind == JsonValueKind.Null ? null : speaker.GetProperty("name").GetString(), s.GetProperty("cue").GetProperty("text").GetString()!));
        }
        return found;
    }

    [Fact]
    public void APluralAfterANumberAndBeforeItsVerb_IsNoCue()
    {
        var found = Statements("The inspectors said the two suspects were known to the agency.");

        Assert.DoesNotContain(found, s => s.Cue == "suspects");
        Assert.Contains(found, s => s.Speaker == "inspectors" && s.Cue == "said");
    }

    [Fact]
    public void ASpeakerlessCueInsideADenial_IsNoStatementOfItsOwn()
    {
        var found = Statements("The airline rejected any suggestion that its pilots were tired.");

        var s = Assert.Single(found);
        Assert.Equal("rejected", s.Cue);
    }
}
