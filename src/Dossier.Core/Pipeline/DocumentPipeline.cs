namespace Dossier.Core.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages, reused for every document.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentStage[] _stages;

    internal DocumentPipeline(IDocumentStage[] stages) => _stages = stages;

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    /// <summary>Everything the stages produce together.</summary>
    public Layers Produces
    {
        get
        {
            var layers = Layers.None;
            foreach (var stage in _stages)
            {
                layers |= stage.Produces;
            }
            return layers;
        }
    }

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
            document.Present |= stage.Produces;
        }
        return document;
    }
}
