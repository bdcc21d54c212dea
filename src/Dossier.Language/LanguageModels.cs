namespace Dossier.Language;

/// <summary>The trained models the language stages load, by folder name under <c>models/</c>; a test checks each one.</summary>
public static class LanguageModels
{
    /// <summary>Each model's folder name and its file inside that folder.</summary>
    public static IReadOnlyList<(string Name, string File)> All { get; } =
    [
        (PartsOfSpeech.PartOfSpeechTagger.ModelName, PartsOfSpeech.PartOfSpeechTagger.ModelFile),
    ];
}
