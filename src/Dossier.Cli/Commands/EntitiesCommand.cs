using System.CommandLine;
using System.Text.Json;
using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Language.Aliases;
using Dossier.Language.Entities;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier entities &lt;paths…&gt;</c>: the canonical entities of a set of reports, with type, aliases, roles and mention counts.</summary>
/// <remarks>
/// Until the store lands this reads plain-text files (or folders of them) and runs the text pipeline itself;
/// once it does, it should read the stored dossier's documents instead.
/// </remarks>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Text files or folders of .txt/.md reports.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var command = new Command("entities", "List canonical entities (people, organisations, places, groups) across the given reports.") { paths, json };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths)!, parseResult.GetValue(json), Console.Out, AnsiConsole.Console));
        return command;
    }

    internal static int Run(string[] paths, bool asJson, TextWriter output, IAnsiConsole console)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"{path}: no such file or folder");
                return 2;
            }
        }
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new EntityStage())
            .Add(new AliasStage())
            .Build();
        var documents = new List<Document>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{file}: {e.Message}");
                continue;
            }
            var doc = new Document(Path.GetFileNameWithoutExtension(file), text) { Paragraphs = LineParagraphSplitter.Split(text) };
            documents.Add(pipeline.Process(doc));
        }
        var merged = EntityMerger.Merge(documents);
        if (asJson)
        {
            var items = merged.Entities.Select(e => new
            {
                id = e.Id,
                name = e.Name,
                type = e.Type.ToString().ToUpperInvariant(),
                aliases = e.Aliases,
                roles = e.Roles,
                linked_to = e.LinkedTo,
                mentions = e.MentionCount,
            });
            output.WriteLine(JsonSerializer.Serialize(new { entities = items }, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        var table = new Table().AddColumns("Name", "Type", "Mentions", "Aliases", "Roles", "Linked to");
        foreach (var e in merged.Entities)
        {
            table.AddRow(
                Markup.Escape(e.Name),
                e.Type.ToString().ToUpperInvariant(),
                e.MentionCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", e.Aliases)),
                Markup.Escape(string.Join("; ", e.Roles)),
                Markup.Escape(e.LinkedTo ?? ""));
        }
        console.Write(table);
        return 0;
    }
}
