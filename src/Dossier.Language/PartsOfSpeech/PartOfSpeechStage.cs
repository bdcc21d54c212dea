using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language.PartsOfSpeech;

/// <summary>Pipeline stage that writes each token's part of speech and lemma with a <see cref="PartOfSpeechTagger"/>.</summary>
public sealed class PartOfSpeechStage(PartOfSpeechTagger tagger) : IDocumentStage
{
    /// <summary>A stage over the embedded model.</summary>
    public PartOfSpeechStage()
        : this(PartOfSpeechTagger.Default)
    {
    }

    public string Name => "pos";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.PartsOfSpeech | Layers.Lemmas;

    public void Process(Document document, CancellationToken cancellationToken) => tagger.Tag(document, cancellationToken);
}
