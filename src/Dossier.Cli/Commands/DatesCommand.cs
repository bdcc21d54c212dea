using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Core;
using Dossier.Json;
using Dossier.Language.PartsOfSpeech;
using Dossier.Core.Time;
using Dossier.Storage.Sqlite;
using Dossier.Text.Articles;
using Dossier.Text.Reading;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;
using Dossier.Time;
using Dossier.Time.Dating;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier dates</c>: every time expression of one article with its value, precision, anchor and reason,
/// and the article's publication date or inferred window with the evidence.</summary>
public static class DatesCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Argument<string>("article") { Description = "An article id in the dossier (see 'dossier list'), or the path of a file to read" };
        var published = new Option<string?>("--published") { Description = "Publication date (yyyy-mm-dd) for a file read directly", HelpName = "date" };
        var json = CommonOptions.Json("the time expressions");
        var command = new Command("dates", "Show an article's time expressions: value, precision, anchor and reason") { article, published, json };
        command.SetAction(parse =>
        {
            DateOnly? given = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    context.Error.WriteLine($"dossier: --published wants yyyy-mm-dd, not '{p}'");
                    return ExitCodes.Usage;
                }
                given = d;
            }
            var target = parse.GetValue(article)!;
            var docs = File.Exists(target)
                ? FromFile(context, target, given)
                : FromStore(context, parse.GetValue(CommonOptions.Database)!, target);
            if (docs is null)
            {
                return ExitCodes.Failed;
            }
            var doc = docs[0];
            var annotator = new TimeAnnotator();
            var tokenizer = new TokenizerStage();
            var splitter = new SentenceStage();
            // The time rules read parts of speech ("steel imported from …" is no past verb), as `add` and `annotate` tag
            // them; without the tags this view could disagree with what the store and the export hold.
            var tagger = new PartOfSpeechStage();
            foreach (var d in docs)
            {
                if (d.Sentences.Length == 0)
                {
                    tokenizer.Process(d, CancellationToken.None);
                    splitter.Process(d, CancellationToken.None);
                }
                tagger.Process(d, CancellationToken.None);
                annotator.Annotate(d, null, CancellationToken.None);
            }
            if (docs.Count > 1 && doc.Metadata.Published is null)
            {
                new DossierDating(annotator: annotator).InferWindows(docs);
            }
            if (parse.GetValue(json))
            {
                WriteJson(context, doc);
            }
            else
            {
                WriteTable(context, doc);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<Document>? FromFile(CliContext context, string path, DateOnly? published)
    {
        var problems = new List<ReadProblem>();
        var reader = new SourceReader(new ReaderOptions { Published = published });
        var raws = reader.Read(path, problems);
        foreach (var problem in problems)
        {
            context.Error.WriteLine("dossier: " + problem);
        }
        if (raws.Count == 0)
        {
            return null;
        }
        var assembler = new ArticleAssembler();
        var docs = new List<Document>(raws.Count);
        foreach (var raw in raws)
        {
            var doc = assembler.Assemble(raw);
            if (published is not null)
            {
                doc.Metadata.Published = published;
                doc.Metadata.PublishedFrom = "flag";
            }
            docs.Add(doc);
        }
        return docs;
    }

    /// <summary>The article, then every other article of the dossier, so an undated one can be dated from the others.</summary>
    private static List<Document>? FromStore(CliContext context, string dbPath, string id)
    {
        using var store = StoreAccess.Open(context, dbPath, readOnly: true);
        if (store is null)
        {
            return null;
        }
        var doc = store.Load(id);
        if (doc is null)
        {
            context.Error.WriteLine($"dossier: no article '{id}' in {store.Path}, and no such file (see 'dossier list')");
            return null;
        }
        var docs = new List<Document> { doc };
        if (doc.Metadata.Published is null)
        {
            foreach (var other in store.Ids())
            {
                if (other != id && store.Load(other) is { } o)
                {
                    docs.Add(o);
                }
            }
        }
        return docs;
    }

    private static void WriteTable(CliContext context, Document doc)
    {
        var console = context.Out;
        var m = doc.Metadata;
        console.MarkupLine($"[bold]{Markup.Escape(m.Title ?? doc.Id)}[/]");
        var window = doc.PublishedWindow;
        string when = m.Published is { } p ? $"published {p:yyyy-MM-dd} (from {m.PublishedFrom})"
            : window is null ? "publication date unknown" : $"publication date unknown; inferred window {window}";
        console.MarkupLine($"[grey]{Markup.Escape(doc.Id)} · {Markup.Escape(when)}[/]");
        if (m.Published is not null && window is { Stated: true, Evidence.Count: > 1 })
        {
            // A stated date the time stage doubts (one ahead of the clock): the analyst should see it before the values.
            for (int i = 1; i < window.Evidence.Count; i++)
            {
                console.MarkupLine($"[yellow]  ! {Markup.Escape(window.Evidence[i])}[/]");
            }
        }
        if (m.Published is null && window is not null)
        {
            foreach (var e in window.Evidence)
            {
                console.MarkupLine($"[grey]  · {Markup.Escape(e)}[/]");
            }
        }
        var table = new Table().AddColumns("expression", "type", "value", "precision", "mod", "year", "anchor", "reason");
        foreach (var t in doc.Times)
        {
            table.AddRow(
                Markup.Escape(doc.Slice(t.Span)),
                t.Type.ToString().ToUpperInvariant(),
                Markup.Escape(t.ValueText),
                RangeEnds(t, static v => v.Precision.ToString().ToLowerInvariant()),
                RangeEnds(t, static v => v.Mod.Timex() ?? "-"),
                t.Value.Year.ToString().ToLowerInvariant(),
                t.Value.Anchor is { } a ? a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                Markup.Escape(t.Value.Reason ?? ""));
        }
        console.Write(table);
        console.MarkupLine($"[grey]{doc.Times.Count} time expression(s)[/]");
    }

    /// <summary>A field of the value, or of each end of a range told apart ("END / MID" for "late May to mid-June"): one end's
    /// precision or mod is not the whole range's.</summary>
    private static string RangeEnds(TimeExpression t, Func<TimeValue, string> field)
    {
        string start = field(t.Value);
        if (t.RangeEnd is not { } end)
        {
            return start == "-" ? "" : start;
        }
        string last = field(end);
        return start == last ? (start == "-" ? "" : start) : $"{start} / {last}";
    }

    private static void WriteJson(CliContext context, Document doc)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteString("published", doc.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (doc.PublishedWindow is { } win)
            {
                TimeJson.WriteWindow(w, "published_window", win);
            }
            w.WriteStartArray("times");
            foreach (var t in doc.Times)
            {
                TimeJson.WriteExpression(w, doc, t);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
