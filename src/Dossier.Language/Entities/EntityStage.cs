using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language.Entities;

/// <summary>Pipeline stage that writes name mentions (<see cref="Document.Mentions"/>), sentence by sentence.</summary>
public sealed class EntityStage(EntityRecognizer recognizer) : IDocumentStage
{
    [ThreadStatic]
    private static NameContext? t_context;

    public EntityStage()
        : this(EntityRecognizer.Default)
    {
    }

    public string Name => "entities";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Entities;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Mentions.Clear();
        var tokens = document.Tokens;
        var context = t_context ??= new NameContext();
        recognizer.RecognizeDocument(document.Text, tokens.Starts, tokens.Ends, document.Sentences, document.Mentions, context,
            document.Metadata.DatelineSpan, cancellationToken);
    }
}
