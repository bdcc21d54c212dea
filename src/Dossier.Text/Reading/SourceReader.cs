using System.Security.Cryptography;

namespace Dossier.Text.Reading;

/// <summary>Reads files, folders and standard input into raw articles; one bad input never stops the batch.</summary>
/// <remarks>
/// Every rejected file or item yields one <see cref="ReadProblem"/> naming it and the reason.
/// Folders are walked recursively in ordinal path order, so a batch always reads the same way.
/// </remarks>
public sealed class SourceReader(ReaderOptions options)
{
    public ReaderOptions Options { get; } = options;

    /// <summary>Expands the paths given on the command line into files to read, reporting those that do not exist.</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<ReadProblem> problems, out int skipped)
    {
        var files = new List<string>();
        skipped = 0;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(path);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var found = new List<string>();
                    foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        IgnoreInaccessible = true,
                        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                    }))
                    {
                        if (IsSidecar(file))
                        {
                            // Read with the article it describes, so it is neither an article nor a skipped file.
                            continue;
                        }
                        if (IsKnownExtension(file))
                        {
                            found.Add(file);
                        }
                        else
                        {
                            skipped++;
                        }
                    }
                    found.Sort(StringComparer.Ordinal);
                    files.AddRange(found);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new ReadProblem(path, "cannot list folder: " + ex.Message));
                }
            }
            else
            {
                problems.Add(new ReadProblem(path, "no such file or folder"));
            }
        }
        return files;
    }

    /// <summary>Reads one file (or "-" for standard input) into zero or more articles.</summary>
    public IReadOnlyList<RawArticle> Read(string path, ICollection<ReadProblem> problems)
    {
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var stdin = Options.OpenStandardInput();
                bytes = ReadBounded(stdin, Options.MaxBytes, out bool tooLarge);
                if (tooLarge)
                {
                    problems.Add(new ReadProblem(path, $"input too large (over {FormatSize(Options.MaxBytes)}, the limit; see --max-size)"));
                    return [];
                }
            }
            else
            {
                var info = new FileInfo(path);
                if (info.Length > Options.MaxBytes)
                {
                    problems.Add(new ReadProblem(path, $"file too large ({FormatSize(info.Length)}; the limit is {FormatSize(Options.MaxBytes)}, see --max-size)"));
                    return [];
                }
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problems.Add(new ReadProblem(path, "cannot read: " + ex.Message));
            return [];
        }
        return Sidecar.Apply(path, ReadBytes(path, bytes, problems), Options, problems);
    }

    /// <summary>Reads articles from bytes already in memory, naming them after <paramref name="path"/>.</summary>
    public IReadOnlyList<RawArticle> ReadBytes(string path, byte[] bytes, ICollection<ReadProblem> problems)
    {
        var decoded = SourceDecoder.Decode(bytes);
        if (!decoded.Success)
        {
            problems.Add(new ReadProblem(path, decoded.Error!));
            return [];
        }
        if (decoded.Warning is not null)
        {
            problems.Add(new ReadProblem(path, decoded.Warning, IsWarning: true));
        }
        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new ReadProblem(path, "no text (only white space)"));
            return [];
        }

        var source = new SourceFile(path, IdFor(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), decoded.Encoding!, Options);
        var format = FormatOf(path, text);
        var articles = format switch
        {
            "json" => JsonArticleReader.ReadDocument(source, text, problems),
            "jsonl" => JsonArticleReader.ReadLines(source, text, problems),
            "feed" => FeedReader.Read(source, text, problems),
            "html" => [source.Article("html", text, isHtml: true)],
            "md" => [source.Article("md", text, isMarkdown: true)],
            _ => [source.Article("txt", text)],
        };
        return articles;
    }

    private static bool IsKnownExtension(string file) =>
        ReaderOptions.KnownExtensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    // "article.meta.json" beside "article.txt" describes it rather than being an article of its own.
    private static bool IsSidecar(string file) => file.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The article id for a file: its name without the extension.</summary>
    public static string IdFor(string path) => path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);

    /// <summary>Decides the format from the extension, sniffing the content for unknown ones and standard input.</summary>
    public static string FormatOf(string path, string text)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".json":
                return "json";
            case ".jsonl" or ".ndjson":
                return "jsonl";
            case ".html" or ".htm" or ".xhtml":
                return "html";
            case ".md" or ".markdown":
                return "md";
            case ".rss" or ".atom":
                return "feed";
            case ".txt" or ".text":
                return "txt";
        }
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase))
        {
            var probe = head[..Math.Min(head.Length, 2048)];
            if (probe.Contains("<rss", StringComparison.OrdinalIgnoreCase) || probe.Contains("<feed", StringComparison.OrdinalIgnoreCase))
            {
                return "feed";
            }
            return "html";
        }
        if (head.StartsWith("<"))
        {
            return "html";
        }
        if (head.StartsWith("["))
        {
            return "json";
        }
        if (head.StartsWith("{"))
        {
            int newline = head.IndexOf('\n');
            return newline > 0 && head[(newline + 1)..].TrimStart().StartsWith("{") ? "jsonl" : "json";
        }
        return "txt";
    }

    private static byte[] ReadBounded(Stream stream, long max, out bool tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                tooLarge = true;
                return [];
            }
            buffer.Write(chunk, 0, read);
        }
        tooLarge = false;
        return buffer.ToArray();
    }

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024 * 1024):0.#} GiB",
        >= 1024L * 1024 => $"{bytes / (1024.0 * 1024):0.#} MiB",
        >= 1024 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} bytes",
    };
}
