using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Time;

/// <summary>Pipeline stage that writes a document's time expressions and, when it has no stated date, its inferred publication window.</summary>
public sealed class TimeStage : IDocumentStage
{
    private readonly TimeAnnotator _annotator;

    public TimeStage(TimeProvider? clock = null)
    {
        _annotator = new TimeAnnotator(clock);
    }

    public string Name => "time";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Times;

    public TimeAnnotator Annotator => _annotator;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        _annotator.Annotate(document, null, cancellationToken);
    }
}
