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

    /// <summary>Whether <paramref name="articleId"/> is absent (null) or stored; says so in one line when it is not.</summary>
    public static bool ArticleKnown(CliContext context, SqliteDossierStore store, string? articleId)
    {
        if (articleId is null || store.Contains(articleId))
        {
            return true;
        }
        context.Error.WriteLine(NoArticle(store, articleId));
        return false;
    }

    /// <summary>The one line a command prints for an article id the store does not hold.</summary>
    public static string NoArticle(SqliteDossierStore store, string articleId) =>
        $"dossier: no article '{articleId}' in {store.Path} (see 'dossier list')";
}
