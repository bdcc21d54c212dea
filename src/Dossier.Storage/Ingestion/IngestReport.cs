using Dossier.Text.Reading;

namespace Dossier.Storage.Ingestion;

/// <summary>What one <c>add</c> did: articles added, already present, rejected, and warnings.</summary>
public sealed class IngestReport
{
    public List<AddedArticle> Added { get; } = [];

    /// <summary>Articles whose content was already stored, with the id they are stored under.</summary>
    public List<(string Source, string ExistingId)> AlreadyPresent { get; } = [];

    public List<ReadProblem> Rejected { get; } = [];

    public List<ReadProblem> Warnings { get; } = [];

    /// <summary>Files in the folders given that have no article extension.</summary>
    public int SkippedFiles { get; set; }

    public int RepeatParagraphs
    {
        get
        {
            int n = 0;
            foreach (var a in Added)
            {
                n += a.Repeats;
            }
            return n;
        }
    }
}
