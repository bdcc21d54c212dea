using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Storage.Sqlite;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier search</c>: full-text search over the dossier's paragraphs (each repeated text once).</summary>
public static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words to find; \"quoted phrases\", OR, NOT and prefix* work (SQLite FTS5 syntax)" };
        var limit = new Option<int>("--limit") { Description = "Most results to show", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json("the results");
        var command = new Command("search", "Search the text of the dossier") { query, limit, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            IReadOnlyList<Storage.SearchHit> hits;
            try
            {
                hits = store.Search(parse.GetValue(query)!, Math.Max(1, parse.GetValue(limit)));
            }
            catch (StoreException ex)
            {
                context.Error.WriteLine("dossier: " + ex.Message);
                return ExitCodes.Usage;
            }
            if (parse.GetValue(json))
            {
                using var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, Dossier.Json.ArticleJson.Options(indented: true)))
                {
                    w.WriteStartArray();
                    foreach (var h in hits)
                    {
                        w.WriteStartObject();
                        w.WriteString("article", h.ArticleId);
                        w.WriteNumber("paragraph", h.Paragraph);
                        w.WriteString("snippet", h.Snippet.Replace('\u0002', '«').Replace('\u0003', '»'));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                return ExitCodes.Ok;
            }
            if (hits.Count == 0)
            {
                context.Out.WriteLine("No paragraph matches.");
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("article", "¶", "text");
            foreach (var h in hits)
            {
                var snippet = Markup.Escape(h.Snippet).Replace("\u0002", "[bold yellow]", StringComparison.Ordinal).Replace("\u0003", "[/]", StringComparison.Ordinal);
                table.AddRow(new Markup(Markup.Escape(h.ArticleId)), new Markup(h.Paragraph.ToString(CultureInfo.InvariantCulture)), new Markup(snippet));
            }
            context.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
