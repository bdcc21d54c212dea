using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Core.Models;

/// <summary>What a trained model file is: where it came from, how it scored, and how to reproduce it.</summary>
/// <param name="Name">The model's folder name under <c>models/</c> ("pos", "ner").</param>
/// <param name="File">The model file inside that folder.</param>
/// <param name="DataHash">SHA-256 over the training files, in path order.</param>
/// <param name="Metric">What <paramref name="Score"/> measures ("upos-accuracy-ewt-dev").</param>
/// <param name="CheckScore">The score on the small in-repo check set a test re-measures.</param>
/// <param name="Command">The command that trained the model.</param>
public sealed record ModelManifest(
    string Name,
    string File,
    string DataHash,
    IReadOnlyList<string> Data,
    string Metric,
    double Score,
    double CheckScore,
    int Seed,
    string Trained,
    string Command)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public const string FileName = "manifest.json";

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static ModelManifest FromJson(string json) =>
        JsonSerializer.Deserialize<ModelManifest>(json, s_json) ?? throw new InvalidDataException("empty model manifest");
}
