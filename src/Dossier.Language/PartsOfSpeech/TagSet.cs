using Dossier.Core.Tokens;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>Maps <see cref="PartOfSpeech"/> tags to the dense class numbers 0..16 the tagger's weights use.</summary>
internal static class TagSet
{
    public const int Count = 17;

    public static int ClassOf(PartOfSpeech tag) => (int)tag - 1;

    public static PartOfSpeech TagOf(int cls) => (PartOfSpeech)(cls + 1);

    /// <summary>Parses a UD UPOS string ("PROPN"); unknown or "_" gives <see cref="PartOfSpeech.X"/>.</summary>
    public static PartOfSpeech Parse(string upos) =>
        Enum.TryParse<PartOfSpeech>(upos, out var tag) && tag != PartOfSpeech.None ? tag : PartOfSpeech.X;
}
