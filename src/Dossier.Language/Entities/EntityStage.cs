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
        context.Clear();
        foreach (var sentence in document.Sentences)
        {
            context.Add(document.Text, tokens.Starts, tokens.Ends, sentence.FirstToken, sentence.TokenCount);
        }
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recognizer.Recognize(document.Text, tokens.Starts, tokens.Ends, sentence.FirstToken, sentence.TokenCount, document.Mentions, context);
        }
    }
}
