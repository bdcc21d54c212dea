using System.CommandLine;
using System.Text.Json;
using Dossier.Json;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier export</c>: the whole dossier as JSON or JSON lines (contract in docs/FORMAT.md).</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "json: one document with every article; jsonl: one article per line",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "file" };
        var command = new Command("export", "Export the dossier as JSON (see docs/FORMAT.md)") { format, output };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            var path = parse.GetValue(output);
            Stream target;
            try
            {
                target = path is null ? new MemoryStream() : File.Create(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"dossier: cannot write {path}: {ex.Message}");
                return ExitCodes.Failed;
            }
            using (target)
            {
                bool lines = parse.GetValue(format) == "jsonl";
                if (lines)
                {
                    foreach (var id in store.Ids())
                    {
                        using (var w = new Utf8JsonWriter(target, ArticleJson.Options(indented: false)))
                        {
                            ArticleJson.Write(w, store.Load(id)!);
                        }
                        target.WriteByte((byte)'\n');
                    }
                }
                else
                {
                    using var w = new Utf8JsonWriter(target, ArticleJson.Options(indented: true));
                    w.WriteStartObject();
                    w.WriteString("format", ArticleJson.FormatName);
                    w.WriteStartArray("articles");
                    foreach (var id in store.Ids())
                    {
                        ArticleJson.Write(w, store.Load(id)!);
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.Flush();
                    target.WriteByte((byte)'\n');
                }
                if (target is MemoryStream memory)
                {
                    context.Output.Write(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
                    context.Output.Flush();
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
