using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Statements.Evaluation;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval statements</c>: scores the statement stage on a brat attribution corpus (PolNeAR): Source, Cue and Content F1.</summary>
public static class EvalStatementsCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The PolNeAR folder (holding train/ and dev/)", Required = true };
        var split = new Option<string>("--split") { Description = "Which part to score: dev or train", DefaultValueFactory = _ => "dev" };
        var heldOut = new Option<bool>("--held-out") { Description = "Score only every 10th file (with --split train: the files the trainer holds out)" };
        var errors = new Option<string?>("--errors") { Description = "Write each missed gold span and each unmatched prediction to this file" };
        var command = new Command("statements", "Score statements (source, cue, content spans) on PolNeAR: exact and overlap F1") { data, split, heldOut, errors };
        command.SetAction(parse =>
        {
            var folder = Path.Combine(parse.GetValue(data)!, parse.GetValue(split)!);
            if (!Directory.Exists(Path.Combine(folder, "attributions")) || !Directory.Exists(Path.Combine(folder, "text")))
            {
                context.Error.WriteLine($"dossier: '{folder}' has no attributions/ and text/ folders (expected a PolNeAR split)");
                return ExitCodes.Failed;
            }
            var clock = Stopwatch.StartNew();
            var errorsPath = parse.GetValue(errors);
            using var errorWriter = errorsPath is null ? null : new StreamWriter(errorsPath);
            var result = AttributionEvaluation.Run(folder, heldOutOnly: parse.GetValue(heldOut), errors: errorWriter);
            var table = new Table().AddColumns("Span", "Exact P", "Exact R", "Exact F1", "Overlap P", "Overlap R", "Overlap F1", "Gold", "Predicted");
            foreach (var type in AttributionEvaluation.Types)
            {
                var e = result.Exact[type];
                var o = result.Overlap[type];
                table.AddRow(type, F(e.Precision), F(e.Recall), F(e.F1), F(o.Precision), F(o.Recall), F(o.F1),
                    e.Gold.ToString(CultureInfo.InvariantCulture), e.Predicted.ToString(CultureInfo.InvariantCulture));
            }
            context.Out.Write(table);
            context.Out.MarkupLine($"[grey]{result.Documents} annotation files, {result.Sentences} sentences, {clock.Elapsed.TotalSeconds:F1} s[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string F(double v) => v.ToString("F3", CultureInfo.InvariantCulture);
}
