using System.Security.Cryptography;

namespace Dossier.Text.Reading;

/// <summary>What every article read from one file shares: its path, id, hash, encoding and the user's overrides.</summary>
internal sealed record SourceFile(string Path, string Id, string Hash, string Encoding, ReaderOptions Options)
{
    /// <summary>A single-article file's article.</summary>
    public RawArticle Article(string format, string body, bool isHtml = false, bool isMarkdown = false) => new()
    {
        Id = Id,
        SourcePath = Path,
        Format = format,
        Body = body,
        BodyIsHtml = isHtml,
        BodyIsMarkdown = isMarkdown,
        ContentHash = Hash,
        Encoding = Encoding,
        Published = Options.Published,
        PublishedFrom = Options.Published is null ? null : "flag",
        Outlet = Options.Outlet,
    };

    /// <summary>The hash of one item inside a multi-article file: its own text, so re-adding it is a no-op.</summary>
    public static string ItemHash(string itemText) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(itemText)));
}
