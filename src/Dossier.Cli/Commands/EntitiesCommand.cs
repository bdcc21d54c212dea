using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Analysis;
using Dossier.Core;
using Dossier.Core.Entities;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier entities</c>: the dossier's canonical entities with type, aliases, roles and mention counts.</summary>
public static class EntitiesCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Option<string?>("--type") { Description = "Only this type: PERSON, ORG, GPE, LOC or NORP" };
        var json = CommonOptions.Json("the entities");
        var command = new Command("entities", "List canonical entities (people, organisations, places, groups) across the dossier") { type, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            EntityType? only = null;
            if (parse.GetValue(type) is { } name)
            {
                if (!TryParseType(name, out var parsed))
                {
                    context.Error.WriteLine($"dossier entities: unknown type '{name}' (PERSON, ORG, GPE, LOC or NORP)");
                    return ExitCodes.Usage;
                }
                only = parsed;
            }
            var documents = new List<Document>();
            foreach (var id in store.Ids())
            {
                documents.Add(store.Load(id)!);
            }
            var analysis = DossierAnalysis.Run(documents, DossierAnnotator.Create(new AnnotatorOptions { Annotations = Annotations.Entities }));
            var entities = analysis.Entities.Entities.Where(e => only is null || e.Type == only).ToList();
            if (parse.GetValue(json))
            {
                using var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, ArticleJson.Options(indented: true)))
                {
                    w.WriteStartArray();
                    foreach (var e in entities)
                    {
                        AnnotationJson.WriteEntity(w, e);
                    }
                    w.WriteEndArray();
                }
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("name", "type", "mentions", "aliases", "roles", "linked to");
            foreach (var e in entities)
            {
                table.AddRow(Markup.Escape(e.Name), AnnotationJson.TypeName(e.Type), e.MentionCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", e.Aliases)), Markup.Escape(string.Join("; ", e.Roles)), Markup.Escape(e.LinkedTo ?? ""));
            }
            context.Out.Write(table);
            context.Out.WriteLine($"{(entities.Count == 1 ? "1 entity" : $"{entities.Count} entities")} across {AddCommand.Plural(documents.Count, "article")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool TryParseType(string name, out EntityType type)
    {
        foreach (var candidate in Enum.GetValues<EntityType>())
        {
            if (AnnotationJson.TypeName(candidate).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
