using System.CommandLine;
using System.Text.Json;
using Dossier.Core.Statements;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier statements</c>: who said what, through whom, how sure, across the dossier or one article.</summary>
public static class StatementsCommand
{
    public static Command Create(CliContext context)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only statements whose speaker name or role contains this text" };
        var article = new Option<string?>("--article") { Description = "Only this article (see 'dossier list')" };
        var json = CommonOptions.Json("the statements");
        var command = new Command("statements", "List attributed statements: speaker, role, kind, stance, certainty, relays, when said and text") { speaker, article, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(context, parse.GetValue(CommonOptions.Database)!, readOnly: true);
            if (store is null)
            {
                return ExitCodes.Failed;
            }
            var articleId = parse.GetValue(article);
            if (!StoreAccess.ArticleKnown(context, store, articleId))
            {
                return ExitCodes.Failed;
            }
            var filter = parse.GetValue(speaker);
            bool asJson = parse.GetValue(json);
            var table = new ArticleTable("Speaker", "Role", "Kind", "Act", "Certainty", "Via", "When", "Text");
            using var stream = new MemoryStream();
            using var w = new Utf8JsonWriter(stream, ArticleJson.Options(indented: true));
            w.WriteStartArray();
            int count = 0;
            foreach (var doc in StatementAnalysis.Load(store, articleId))
            {
                foreach (var s in doc.Statements)
                {
                    if (StatementAnalysis.InRepeat(doc, s.Content) || !Matches(s.Speaker, filter))
                    {
                        continue;
                    }
                    count++;
                    string text = s.Kind == StatementKind.Direct && s.Quote is not null ? s.Quote : doc.Slice(s.Content);
                    string via = string.Join(" ← ", s.Relays.Select(r => r.Medium is null or "report" or "statement" ? r.Name : $"{r.Name} ({r.Medium})"));
                    if (s.Medium is not null)
                    {
                        via = via.Length == 0 ? $"({s.Medium})" : $"({s.Medium}) ← {via}";
                    }
                    if (asJson)
                    {
                        w.WriteStartObject();
                        w.WriteString("article", doc.Id);
                        w.WriteString("speaker", s.Speaker?.Name);
                        w.WriteString("role", s.Speaker?.Role);
                        w.WriteNumber("entity", s.Speaker?.Entity ?? -1);
                        w.WriteStartArray("with");
                        foreach (var other in s.Speaker?.With ?? [])
                        {
                            w.WriteStartObject();
                            w.WriteString("speaker", other.Name);
                            w.WriteString("role", other.Role);
                            w.WriteNumber("entity", other.Entity);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
                        w.WriteString("act", s.Act.ToString().ToLowerInvariant());
                        w.WriteString("certainty", s.Certainty.ToString().ToLowerInvariant());
                        w.WriteStartArray("certainty_cues");
                        foreach (var c in s.CertaintyCues)
                        {
                            w.WriteStringValue(doc.Slice(c));
                        }
                        w.WriteEndArray();
                        w.WriteString("cue", doc.Slice(s.Cue));
                        w.WriteString("quote", s.Quote);
                        w.WriteString("content", doc.Slice(s.Content));
                        w.WriteStartArray("relays");
                        foreach (var r in s.Relays)
                        {
                            w.WriteStartObject();
                            w.WriteString("name", r.Name);
                            w.WriteString("medium", r.Medium);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteString("medium", s.Medium);
                        StatementAnalysis.WriteWhen(w, doc, s.Time);
                        // What a denial of "that" answers, by its speaker and words (the list has no indexes to point at).
                        if (s.Answers >= 0 && s.Answers < doc.Statements.Count)
                        {
                            var answered = doc.Statements[s.Answers];
                            w.WriteStartObject("answers");
                            w.WriteString("speaker", answered.Speaker?.Name);
                            w.WriteString("content", doc.Slice(answered.Content));
                            w.WriteEndObject();
                        }
                        else
                        {
                            w.WriteNull("answers");
                        }
                        w.WriteStartArray("span");
                        w.WriteNumberValue(s.Content.Start);
                        w.WriteNumberValue(s.Content.End);
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }
                    else
                    {
                        table.Add(doc.Id, Markup.Escape(SpeakerNames(s.Speaker)), Markup.Escape(s.Speaker?.Role ?? ""),
                            s.Kind.ToString().ToLowerInvariant(), s.Act.ToString().ToLowerInvariant(), s.Certainty.ToString().ToLowerInvariant(),
                            Markup.Escape(via), Markup.Escape(StatementAnalysis.WhenCell(doc, s.Time)), Markup.Escape(Shorten(text, 160)));
                    }
                }
            }
            w.WriteEndArray();
            w.Flush();
            if (asJson)
            {
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                table.Write(context.Out);
                context.Out.MarkupLine($"[grey]{count} statement(s)[/]");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool Matches(Speaker? speaker, string? filter)
    {
        if (filter is null)
        {
            return true;
        }
        if (speaker is null)
        {
            return false;
        }
        if (speaker.Name.Contains(filter, StringComparison.OrdinalIgnoreCase) || speaker.Role?.Contains(filter, StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }
        foreach (var other in speaker.With ?? [])
        {
            if (Matches(other, filter))
            {
                return true;
            }
        }
        return false;
    }

    // "PP and Vox": a statement several sources make together lists them all.
    private static string SpeakerNames(Speaker? speaker)
    {
        if (speaker is null)
        {
            return "(unnamed)";
        }
        if (speaker.With is not { Count: > 0 } others)
        {
            return speaker.Name;
        }
        var names = new List<string>(others.Count + 1) { speaker.Name };
        foreach (var other in others)
        {
            names.Add(other.Name);
        }
        return string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
