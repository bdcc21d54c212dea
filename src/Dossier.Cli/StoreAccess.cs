using Dossier.Storage.Sqlite;

namespace Dossier.Cli;

/// <summary>Opens the dossier for a command, turning store errors into one clear line.</summary>
internal static class StoreAccess
{
    public static SqliteDossierStore? Open(CliContext context, string path, bool readOnly)
    {
        try
        {
            return SqliteDossierStore.Open(path, readOnly);
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine("dossier: " + ex.Message);
            return null;
        }
    }
}
