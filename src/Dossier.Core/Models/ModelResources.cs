using System.Reflection;

namespace Dossier.Core.Models;

/// <summary>Opens trained model files: from a folder when one is given, else from the resources embedded in an assembly.</summary>
/// <remarks>
/// Libraries embed <c>models/&lt;name&gt;/&lt;file&gt;</c> under the logical name <c>models/&lt;name&gt;/&lt;file&gt;</c>,
/// so the package works without the repository; <c>DOSSIER_MODELS</c> or an explicit folder overrides that
/// (for freshly trained models).
/// </remarks>
public static class ModelResources
{
    public const string EnvironmentVariable = "DOSSIER_MODELS";

    /// <summary>Opens <c>&lt;name&gt;/&lt;file&gt;</c>, preferring <paramref name="folder"/>, then DOSSIER_MODELS, then the embedded copy.</summary>
    /// <exception cref="FileNotFoundException">No copy of the model exists.</exception>
    public static Stream Open(Assembly owner, string name, string file, string? folder = null)
    {
        folder ??= Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(folder))
        {
            var path = Path.Combine(folder, name, file);
            if (File.Exists(path))
            {
                return File.OpenRead(path);
            }
        }
        var logical = $"models/{name}/{file}";
        return owner.GetManifestResourceStream(logical)
            ?? throw new FileNotFoundException($"Model '{logical}' is neither in '{folder ?? "(no folder)"}' nor embedded in {owner.GetName().Name}.", logical);
    }

    public static ModelManifest ReadManifest(Assembly owner, string name, string? folder = null)
    {
        using var stream = Open(owner, name, ModelManifest.FileName, folder);
        using var reader = new StreamReader(stream);
        return ModelManifest.FromJson(reader.ReadToEnd());
    }
}
