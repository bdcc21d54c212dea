namespace Dossier.Cli;

/// <summary>The exit codes of every <c>dossier</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Ok = 0;

    /// <summary>Nothing could be done: the store cannot be opened, the article does not exist.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Part of a batch was rejected (each with its reason); the rest was done.</summary>
    public const int Partial = 3;
}
