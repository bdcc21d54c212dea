using Dossier.Core;
using Dossier.Language.Aliases;
using Dossier.Time.Dating;

namespace Dossier.Analysis;

/// <summary>A whole dossier annotated together: each article's layers, publication windows inferred across articles, and canonical entities.</summary>
public sealed class DossierAnalysis
{
    private DossierAnalysis(IReadOnlyList<Document> documents, DossierEntities entities, IReadOnlyList<DossierDatingResult> dating)
    {
        Documents = documents;
        Entities = entities;
        Dating = dating;
    }

    /// <summary>The articles in the order they were added, every layer annotated.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Entities merged across articles ("Milley" in one report, "Mark Milley" in another).</summary>
    public DossierEntities Entities { get; }

    /// <summary>How each article's publication window was set, with the shared text that bounded undated ones.</summary>
    public IReadOnlyList<DossierDatingResult> Dating { get; }

    /// <summary>Annotates every document (in parallel), then dates undated ones from the others and merges entities.</summary>
    /// <remarks>Documents must arrive in the order they were added: repeats and first occurrences depend on it.</remarks>
    public static DossierAnalysis Run(IReadOnlyList<Document> documents, DossierAnnotator annotator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(annotator);
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => annotator.Process(documents[i], cancellationToken));
        var dating = new DossierDating().InferWindows(documents, cancellationToken);
        DossierSurnames.Apply(documents);
        var entities = EntityMerger.Merge(documents);
        return new DossierAnalysis(documents, entities, dating);
    }
}
