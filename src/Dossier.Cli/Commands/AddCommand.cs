using System.CommandLine;
using System.Globalization;
using Dossier.Storage.Ingestion;
using Dossier.Text.Dedup;
using Dossier.Text.Reading;
using Dossier.Time.Dating;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier add</c>: reads, cleans, de-duplicates and stores reports.</summary>
public static class AddCommand
{
    /// <summary>Batches at least this large get a progress bar (on a terminal).</summary>
    private const int ProgressThreshold = 20;

    /// <summary>Batches larger than this get a summary instead of one row per article.</summary>
    private const int TableLimit = 50;

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to add (folders are read recursively); '-' reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<DateOnly?>("--published")
        {
            Description = "Publication date (yyyy-mm-dd) for every article added, overriding what the sources say",
            CustomParser = r => ParseDate(r.Tokens[0].Value, r),
            HelpName = "yyyy-mm-dd",
        };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet name for every article added" };
        var maxSize = new Option<long>("--max-size")
        {
            Description = "Largest file to read, e.g. 64MB or 500KB",
            DefaultValueFactory = _ => new ReaderOptions().MaxBytes,
            CustomParser = r => ParseSize(r.Tokens[0].Value, r),
            HelpName = "size",
        };
        var json = CommonOptions.Json("the report");
        var command = new Command("add", "Read, clean, de-duplicate and store news reports (.txt .md .html .json .jsonl, RSS/Atom feeds)")
        {
            paths, published, outlet, maxSize, json,
        };
        command.SetAction(parse =>
        {
            var options = new ReaderOptions { Published = parse.GetValue(published), Outlet = parse.GetValue(outlet), MaxBytes = parse.GetValue(maxSize) };
            var inputs = parse.GetValue(paths)!;
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: false);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            var ingestor = new DossierIngestor(store, new SourceReader(options with { OpenStandardInput = context.OpenInput }), new RepeatOptions());
            var report = Run(context, ingestor, inputs);
            if (parse.GetValue(json))
            {
                WriteJson(context, report, store.Path);
            }
            else
            {
                WriteSummary(context, report, store.Path);
            }
            foreach (var w in report.Warnings)
            {
                context.Error.WriteLine($"warning: {w}");
            }
            foreach (var a in report.Added)
            {
                // A date ahead of the clock is stored as stated (the clock may be wrong), but the person adding it should know.
                if (a.Published is { } stated && DateOnly.TryParseExact(stated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    && StatedDateCheck.Warning(day, TimeProvider.System) is string ahead)
                {
                    context.Error.WriteLine($"warning: {a.Id}: {ahead}");
                }
            }
            foreach (var r in report.Rejected)
            {
                context.Error.WriteLine($"rejected: {r}");
            }
            return report.Rejected.Count == 0 ? ExitCodes.Ok : report.Added.Count + report.AlreadyPresent.Count > 0 ? ExitCodes.Partial : ExitCodes.Failed;
        });
        return command;
    }

    private static IngestReport Run(CliContext context, DossierIngestor ingestor, string[] inputs)
    {
        if (!context.Interactive)
        {
            return ingestor.Add(inputs);
        }
        IngestReport? report = null;
        context.Err.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask? task = null;
                report = ingestor.Add(inputs, (done, total) =>
                {
                    if (task is null && total >= ProgressThreshold)
                    {
                        task = progress.AddTask("Adding reports", maxValue: total);
                    }
                    task?.Value(done);
                });
            });
        return report!;
    }

    private static void WriteSummary(CliContext context, IngestReport report, string db)
    {
        var console = context.Out;
        if (report.Added.Count is > 0 and <= TableLimit)
        {
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("article", "published", "paragraphs", "repeats", "debris", "title");
            foreach (var a in report.Added)
            {
                table.AddRow(Markup.Escape(a.Id), a.Published ?? "unknown", a.Paragraphs.ToString(CultureInfo.InvariantCulture),
                    a.Repeats.ToString(CultureInfo.InvariantCulture), a.Removed.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(Shorten(a.Title, 60) + (a.DuplicateOf is null ? "" : $" (copy of {a.DuplicateOf})")));
            }
            console.Write(table);
        }
        int paragraphs = report.Added.Sum(a => a.Paragraphs);
        int removed = report.Added.Sum(a => a.Removed);
        console.WriteLine(report.Added.Count == 0
            ? $"No new articles added to {db}."
            : $"Added {Plural(report.Added.Count, "article")} to {db}: {Plural(paragraphs, "paragraph")}, "
              + $"{Plural(report.RepeatParagraphs, "repeated paragraph")} linked to their first occurrence, {Plural(removed, "debris line")} removed.");
        if (report.AlreadyPresent.Count > 0)
        {
            console.WriteLine($"{Plural(report.AlreadyPresent.Count, "article")} already in the dossier (same content), left as they were.");
        }
        if (report.Rejected.Count > 0)
        {
            console.WriteLine($"{Plural(report.Rejected.Count, "input")} rejected (reasons below).");
        }
        if (report.SkippedFiles > 0)
        {
            console.WriteLine($"{Plural(report.SkippedFiles, "file")} in the folders skipped: not an article format.");
        }
    }

    private static void WriteJson(CliContext context, IngestReport report, string db)
    {
        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream, Dossier.Json.ArticleJson.Options(indented: true)))
        {
            w.WriteStartObject();
            w.WriteString("db", db);
            w.WriteStartArray("added");
            foreach (var a in report.Added)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("source", a.Source);
                w.WriteString("title", a.Title);
                w.WriteString("published", a.Published);
                w.WriteNumber("paragraphs", a.Paragraphs);
                w.WriteNumber("repeats", a.Repeats);
                w.WriteNumber("removed", a.Removed);
                w.WriteString("duplicate_of", a.DuplicateOf);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("already_present");
            foreach (var (source, id) in report.AlreadyPresent)
            {
                w.WriteStartObject();
                w.WriteString("source", source);
                w.WriteString("id", id);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteProblems(w, "rejected", report.Rejected);
            WriteProblems(w, "warnings", report.Warnings);
            w.WriteNumber("skipped_files", report.SkippedFiles);
            w.WriteEndObject();
        }
        context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteProblems(System.Text.Json.Utf8JsonWriter w, string name, List<ReadProblem> problems)
    {
        w.WriteStartArray(name);
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("source", p.Source);
            w.WriteString("reason", p.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static DateOnly? ParseDate(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        result.AddError($"--published '{text}' is not a date of the form yyyy-mm-dd");
        return null;
    }

    internal static long ParseSize(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        var s = text.Trim().ToUpperInvariant();
        long factor = 1;
        foreach (var (suffix, f) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1L) })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                factor = f;
                s = s[..^suffix.Length].Trim();
                break;
            }
        }
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return (long)(value * factor);
        }
        result.AddError($"--max-size '{text}' is not a size such as 64MB or 500KB");
        return 0;
    }

    internal static string Plural(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    internal static string Shorten(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : text[..(max - 1)] + "…";
}
