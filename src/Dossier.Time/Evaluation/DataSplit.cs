namespace Dossier.Time.Evaluation;

/// <summary>Which part of a data set a document belongs to.</summary>
public enum DataSplit
{
    Train,
    Dev,
    All,
}
