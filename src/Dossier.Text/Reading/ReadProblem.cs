namespace Dossier.Text.Reading;

/// <summary>Why a file, or one item inside it, was rejected or read with a warning.</summary>
/// <param name="Source">The file, with ":line" or "#item" where the problem is inside it.</param>
/// <param name="IsWarning">True when the article was still read.</param>
public sealed record ReadProblem(string Source, string Reason, bool IsWarning = false)
{
    public override string ToString() => $"{Source}: {Reason}";
}
