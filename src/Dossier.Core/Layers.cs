namespace Dossier.Core;

/// <summary>The annotation layers a stage can require or produce.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Paragraphs = 1 << 0,
    Tokens = 1 << 1,
    Sentences = 1 << 2,
    PartsOfSpeech = 1 << 3,
    Lemmas = 1 << 4,
    Entities = 1 << 5,
    Aliases = 1 << 6,
    Times = 1 << 7,
    Statements = 1 << 8,
    Quantities = 1 << 9,
}
