using System.CommandLine;
using System.Text.Json;
using Dossier.Analysis;
using Dossier.Core;
using Dossier.Json;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier export</c>: the whole dossier as JSON or JSON lines (contract in docs/FORMAT.md).</summary>
public static class ExportCommand
{
    /// <summary>What an export annotates: every layer but tokens, which would dwarf the rest.</summary>
    private const Annotations Layers = Annotations.All & ~Annotations.Tokens;

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "json: one document with every article and the dossier's entities; jsonl: one article per line",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "file" };
        var textOnly = new Option<bool>("--text-only") { Description = "Only the clean text, paragraphs and repeats: skip entities, time, statements and quantities" };
        var command = new Command("export", "Export the dossier as JSON (see docs/FORMAT.md)") { format, output, textOnly };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            var documents = new List<Document>();
            foreach (var id in store.Ids())
            {
                documents.Add(store.Load(id)!);
            }
            DossierAnalysis? analysis = null;
            var layers = Annotations.None;
            if (!parse.GetValue(textOnly))
            {
                analysis = DossierAnalysis.Run(documents, DossierAnnotator.Create(new AnnotatorOptions { Annotations = Layers }));
                layers = Layers;
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
                if (parse.GetValue(format) == "jsonl")
                {
                    foreach (var doc in documents)
                    {
                        using (var w = new Utf8JsonWriter(target, ArticleJson.Options(indented: false)))
                        {
                            ArticleJson.Write(w, doc, layers, analysis?.Entities);
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
                    foreach (var doc in documents)
                    {
                        ArticleJson.Write(w, doc, layers, analysis?.Entities);
                    }
                    w.WriteEndArray();
                    if (analysis is not null)
                    {
                        w.WriteStartArray("entities");
                        foreach (var e in analysis.Entities.Entities)
                        {
                            AnnotationJson.WriteEntity(w, e);
                        }
                        w.WriteEndArray();
                    }
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
