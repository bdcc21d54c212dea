namespace Dossier.Core.Pipeline;

/// <summary>One step of the pipeline: reads some layers of a document and writes others.</summary>
/// <remarks>
/// Stages are built once and shared across threads, so an implementation keeps no per-document state
/// in fields: everything it learns about a document is written to that document.
/// </remarks>
public interface IDocumentStage
{
    /// <summary>A short lower-case name, used in <c>--only</c> filters and error messages.</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>Layers this stage writes.</summary>
    Layers Produces { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
