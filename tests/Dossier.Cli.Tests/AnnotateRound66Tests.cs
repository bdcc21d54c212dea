using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>Round 66's new statement fields as <c>dossier annotate</c> writes them: <c>medium</c> (a form of the words
/// no outlet carries) and <c>answers</c> (the statement a denial of "that" answers), on invented text.</summary>
public sealed class AnnotateRound66Tests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private JsonElement[] Statements(string text)
    {
        string line = JsonSerializer.Serialize(new { id = "a", text, published = "2025-05-07" });
        var (exit, output, _) = _cli.RunWithInput(line + "\n", "annotate", "--only", "statements");
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        return [.. doc.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.Clone())];
    }

    [Fact]
    public void SaidInAStatement_WritesTheMedium()
    {
        var s = Assert.Single(Statements("The Brindle Water Company said in a statement that the supply was safe to drink."));

        Assert.Equal("statement", s.GetProperty("medium").GetString());
        Assert.Equal(0, s.GetProperty("relays").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, s.GetProperty("answers").ValueKind);
    }

    [Fact]
    public void ADenialOfTheAccusation_WritesTheIndexOfWhatItAnswers()
    {
        var found = Statements("Olaf Brenner, the union's secretary, said the cranes had been unsafe for months. "
            + "The harbour board rejected the accusation.");

        var denial = Assert.Single(found, s => s.GetProperty("cue").GetProperty("text").GetString() == "rejected");
        int answered = denial.GetProperty("answers").GetInt32();
        Assert.Equal("Olaf Brenner", found[answered].GetProperty("speaker").GetProperty("name").GetString());
    }
}
