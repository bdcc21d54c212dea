using Dossier.Core.Tokens;

namespace Dossier.Training.PartsOfSpeech;

/// <summary>A sentence of gold words laid out as text with offsets, as the tagger sees tokens, with their tags and lemmas.</summary>
public sealed record TaggedSentence(string Text, int[] Starts, int[] Ends, PartOfSpeech[] Tags, string[] Lemmas)
{
    public int Count => Starts.Length;

    public string Word(int i) => Text[Starts[i]..Ends[i]];
}
