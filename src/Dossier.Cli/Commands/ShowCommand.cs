using System.CommandLine;
using System.Text.Json;
using Dossier.Json;
using Dossier.Core.Articles;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier show</c>: one article's clean text, with repeats marked and the removed debris listed.</summary>
public static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Argument<string>("article") { Description = "The article id (see 'dossier list')" };
        var json = CommonOptions.Json("the article");
        var command = new Command("show", "Show an article's clean text, with repeated paragraphs marked") { article, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            var id = parse.GetValue(article)!;
            var doc = store.Load(id);
            if (doc is null)
            {
                context.Error.WriteLine(StoreAccess.NoArticle(store, id));
                return ExitCodes.Failed;
            }
            if (parse.GetValue(json))
            {
                using var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, ArticleJson.Options(indented: true)))
                {
                    ArticleJson.Write(w, doc);
                }
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                return ExitCodes.Ok;
            }

            var console = context.Out;
            var m = doc.Metadata;
            console.MarkupLine($"[bold]{Markup.Escape(m.Title ?? doc.Id)}[/]");
            console.MarkupLine($"[grey]{Markup.Escape(doc.Id)} · published {(m.Published is { } p ? $"{p:yyyy-MM-dd} (from {m.PublishedFrom})" : "unknown")}"
                + $"{(m.Outlet is null ? "" : " · " + Markup.Escape(m.Outlet))}{(m.Dateline is null ? "" : " · dateline " + Markup.Escape(m.Dateline))}[/]");
            console.WriteLine();
            foreach (var paragraph in doc.Paragraphs)
            {
                if (paragraph.Kind is ParagraphKind.Title or ParagraphKind.DateLine)
                {
                    continue;
                }
                var text = Markup.Escape(doc.Slice(paragraph.Span));
                var label = $"[grey][[{paragraph.Index}]][/]";
                if (paragraph.RepeatOf is { } r)
                {
                    console.MarkupLine($"{label} [dim]{text}[/]");
                    console.MarkupLine($"    [yellow]↻ {paragraph.Repeat.ToString().ToLowerInvariant()} repeat of {Markup.Escape(r.ToString())}[/]");
                }
                else if (paragraph.Kind == ParagraphKind.Heading)
                {
                    console.MarkupLine($"{label} [bold]{text}[/]");
                }
                else
                {
                    console.MarkupLine($"{label} {text}");
                }
            }
            if (doc.Removed.Count > 0)
            {
                console.WriteLine();
                console.MarkupLine($"[grey]Removed as web debris ({doc.Removed.Count}):[/]");
                foreach (var removed in doc.Removed)
                {
                    console.MarkupLine($"[grey]  ✗ {Markup.Escape(removed.Text)} — {Markup.Escape(removed.Reason)}[/]");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
