namespace Dossier.Core.Statements;

/// <summary>How the words of a statement reach the reader.</summary>
public enum StatementKind : byte
{
    /// <summary>Quoted word for word.</summary>
    Direct,
    /// <summary>Reported speech or an attributed belief.</summary>
    Indirect,
    /// <summary>Reported speech with a partial quote inside.</summary>
    Mixed,
}
