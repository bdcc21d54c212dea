namespace Dossier.Core.Statements;

/// <summary>How sure the statement is, from the hedges and modals around it.</summary>
public enum Certainty : byte
{
    Certain,
    Probable,
    Possible,
    /// <summary>Held as a belief or assessment rather than stated as fact.</summary>
    Belief,
    Doubtful,
}
