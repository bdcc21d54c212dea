using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Text.Tokens;

/// <summary>Pipeline stage that tokenizes every paragraph of a document.</summary>
public sealed class TokenizerStage : IDocumentStage
{
    public string Name => "tokens";

    public Layers Requires => Layers.Paragraphs;

    public Layers Produces => Layers.Tokens;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var builder = new TokenBuilder(Math.Max(16, document.Text.Length / 5));
        foreach (var paragraph in document.Paragraphs)
        {
            Tokenizer.Tokenize(document[paragraph.Span], paragraph.Span.Start, builder);
        }
        document.Tokens = builder.ToLayer();
    }
}
