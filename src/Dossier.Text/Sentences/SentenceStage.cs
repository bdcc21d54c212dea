using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Text.Sentences;

/// <summary>Pipeline stage that splits each paragraph into sentences with <see cref="RuleSentenceSplitter"/>.</summary>
public sealed class SentenceStage : IDocumentStage
{
    public string Name => "sentences";

    public Layers Requires => Layers.Paragraphs | Layers.Tokens;

    public Layers Produces => Layers.Sentences;

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.Sentences = RuleSentenceSplitter.Split(document.Text, document.Tokens, document.Paragraphs);
}
