using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier list</c>: the stored articles, one row each.</summary>
public static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var json = CommonOptions.Json("the list");
        var command = new Command("list", "List the articles in the dossier") { json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            var articles = store.List();
            if (parse.GetValue(json))
            {
                using var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, Dossier.Json.ArticleJson.Options(indented: true)))
                {
                    w.WriteStartArray();
                    foreach (var a in articles)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", a.Id);
                        w.WriteString("title", a.Title);
                        w.WriteString("published", a.Published);
                        w.WriteString("published_from", a.PublishedFrom);
                        w.WriteString("outlet", a.Outlet);
                        w.WriteNumber("paragraphs", a.Paragraphs);
                        w.WriteNumber("repeats", a.Repeats);
                        w.WriteNumber("removed", a.Removed);
                        w.WriteString("duplicate_of", a.DuplicateOf);
                        w.WriteString("source", a.SourcePath);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                return ExitCodes.Ok;
            }
            if (articles.Count == 0)
            {
                context.Out.WriteLine($"{store.Path} holds no articles yet. Add some with 'dossier add <files or folders>'.");
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("article", "published", "outlet", "paragraphs", "repeats", "title");
            foreach (var a in articles)
            {
                table.AddRow(Markup.Escape(a.Id), a.Published ?? "unknown", Markup.Escape(a.Outlet ?? ""),
                    a.Paragraphs.ToString(CultureInfo.InvariantCulture), a.Repeats.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(AddCommand.Shorten(a.Title, 70) + (a.DuplicateOf is null ? "" : $" (copy of {a.DuplicateOf})")));
            }
            context.Out.Write(table);
            context.Out.WriteLine($"{AddCommand.Plural(articles.Count, "article")} in {store.Path}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
