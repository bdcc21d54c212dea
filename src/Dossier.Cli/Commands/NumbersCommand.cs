using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Core.Statements;
using Dossier.Json;
using Dossier.Statements.Quantities;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier numbers</c>: every quantity as a value interval with its qualifier, object and speaker.</summary>
public static class NumbersCommand
{
    public static Command Create(CliContext context)
    {
        var obj = new Option<string?>("--object") { Description = "Only quantities whose counted thing contains this text (\"shells\")" };
        var article = new Option<string?>("--article") { Description = "Only this article (see 'dossier list')" };
        var json = CommonOptions.Json("the quantities");
        var command = new Command("numbers", "List quantities: value, interval, qualifier, what is counted, who said it and when") { obj, article, json };
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
            var filter = parse.GetValue(obj);
            bool asJson = parse.GetValue(json);
            var table = new ArticleTable("Text", "Kind", "Value", "Low", "High", "Qualifier", "Object", "Speaker", "When");
            using var stream = new MemoryStream();
            using var w = new Utf8JsonWriter(stream, ArticleJson.Options(indented: true));
            w.WriteStartArray();
            int count = 0, restated = 0;
            foreach (var doc in StatementAnalysis.Load(store, articleId))
            {
                // A figure told again in the next sentence stays listed at both places, marked as the first one restated.
                var restates = RestatedFigures.Find(doc);
                for (int qi = 0; qi < doc.Quantities.Count; qi++)
                {
                    var q = doc.Quantities[qi];
                    if (StatementAnalysis.InRepeat(doc, q.Span) || filter is not null && q.Object?.Contains(filter, StringComparison.OrdinalIgnoreCase) != true)
                    {
                        continue;
                    }
                    count++;
                    var first = restates[qi] >= 0 ? doc.Quantities[restates[qi]] : null;
                    if (first is not null)
                    {
                        restated++;
                    }
                    var speaker = q.Statement >= 0 ? doc.Statements[q.Statement].Speaker?.Name : null;
                    if (asJson)
                    {
                        w.WriteStartObject();
                        w.WriteString("article", doc.Id);
                        w.WriteString("text", doc.Slice(q.Span));
                        w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
                        w.WriteNumber("value", q.Value);
                        w.WriteNumber("low", q.Low);
                        if (double.IsFinite(q.High))
                        {
                            w.WriteNumber("high", q.High);
                        }
                        else
                        {
                            w.WriteNull("high"); // unbounded
                        }
                        w.WriteString("qualifier", q.Qualifier.ToString().ToLowerInvariant());
                        w.WriteString("object", q.Object);
                        w.WriteString("unit", q.Unit);
                        w.WriteString("speaker", speaker);
                        w.WriteNumber("statement", q.Statement);
                        w.WriteNumber("time", q.Time);
                        StatementAnalysis.WriteWhen(w, doc, q.Time);
                        w.WriteStartArray("span");
                        w.WriteNumberValue(q.Span.Start);
                        w.WriteNumberValue(q.Span.End);
                        w.WriteEndArray();
                        if (first is null)
                        {
                            w.WriteNull("restates");
                        }
                        else
                        {
                            w.WriteStartObject("restates");
                            w.WriteString("text", doc.Slice(first.Span));
                            w.WriteStartArray("span");
                            w.WriteNumberValue(first.Span.Start);
                            w.WriteNumberValue(first.Span.End);
                            w.WriteEndArray();
                            w.WriteEndObject();
                        }
                        w.WriteEndObject();
                    }
                    else
                    {
                        string text = Markup.Escape(doc.Slice(q.Span));
                        if (first is not null)
                        {
                            text += $" [grey](restates \"{Markup.Escape(doc.Slice(first.Span))}\" at {first.Span.Start})[/]";
                        }
                        table.Add(doc.Id, text, q.Kind.ToString().ToLowerInvariant(), Num(q.Value), Num(q.Low), Num(q.High),
                            q.Qualifier.ToString().ToLowerInvariant(), Markup.Escape(q.Object ?? q.Unit ?? ""), Markup.Escape(speaker ?? ""),
                            Markup.Escape(StatementAnalysis.WhenCell(doc, q.Time)));
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
                context.Out.MarkupLine($"[grey]{count} quantit{(count == 1 ? "y" : "ies")}{(restated > 0 ? $", {restated} restating a figure told just before" : "")}[/]");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Num(double v) => double.IsPositiveInfinity(v) ? "∞" : v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
