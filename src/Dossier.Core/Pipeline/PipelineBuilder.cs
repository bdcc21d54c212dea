namespace Dossier.Core.Pipeline;

/// <summary>Assembles stages in order and checks that each one's requirements are met before it runs.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];
    private Layers _initial = Layers.Paragraphs;

    /// <summary>Declares the layers documents already carry when they enter the pipeline.</summary>
    public PipelineBuilder StartingWith(Layers layers)
    {
        _initial = layers;
        return this;
    }

    public PipelineBuilder Add(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <exception cref="InvalidOperationException">A stage requires a layer that no earlier stage produces.</exception>
    public DocumentPipeline Build()
    {
        var available = _initial;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' requires {missing}, which no earlier stage produces.");
            }
            available |= stage.Produces;
        }
        return new DocumentPipeline([.. _stages]);
    }
}
