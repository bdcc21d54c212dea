using System.CommandLine;
using System.Globalization;
using System.Text;
using Dossier.Time;
using Dossier.Time.Evaluation;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval time</c>: scores the time annotator on TimeML data (TempEval-3 style) on a fixed train/dev split.</summary>
public static class EvalTimeCommand
{
    /// <summary>The <c>time</c> subcommand, to be added under an <c>eval</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Folder of TimeML .tml files (e.g. ../shared/data/timeml)", Required = true };
        var split = new Option<DataSplit>("--split") { Description = "Which part to score: dev (default), train or all", DefaultValueFactory = _ => DataSplit.Dev };
        var errors = new Option<string?>("--errors") { Description = "Write every mismatch (FP, FN, wrong value or type) to this file" };
        var cmd = new Command("time", "Score time expression recognition and normalisation on TimeML data");
        cmd.Options.Add(data);
        cmd.Options.Add(split);
        cmd.Options.Add(errors);
        cmd.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(split), parse.GetValue(errors)));
        return cmd;
    }

    /// <summary>An <c>eval</c> command holding only <c>time</c>, for branches that do not have the general one.</summary>
    public static Command CreateEvalGroup(CliContext context)
    {
        var eval = new Command("eval", "Measure Dossier's components on development data");
        eval.Subcommands.Add(Create(context));
        return eval;
    }

    internal static int Run(CliContext context, string folder, DataSplit split, string? errorsPath)
    {
        if (!Directory.Exists(folder))
        {
            context.Error.WriteLine($"dossier eval time: no such folder: {folder}");
            return ExitCodes.Usage;
        }
        var docs = TimeMlReader.ReadFolder(folder);
        var selected = TimeEvaluation.Select(docs, split).ToList();
        var errors = errorsPath is null ? null : new StringBuilder();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var score = TimeEvaluation.Run(selected, new TimeAnnotator(), errors);
        watch.Stop();
        if (errors is not null)
        {
            File.WriteAllText(errorsPath!, errors.ToString());
        }
        var c = CultureInfo.InvariantCulture;
        context.Output.WriteLine($"TimeML {split.ToString().ToLowerInvariant()}: {score.Documents} documents, {score.Gold} gold TIMEX3, {score.System} found (split seed {TimeEvaluation.Seed}, {TimeEvaluation.DevPercent}% dev)");
        context.Output.WriteLine(string.Create(c, $"extent strict  P {score.StrictPrecision:F3}  R {score.StrictRecall:F3}  F1 {score.StrictF1:F3}"));
        context.Output.WriteLine(string.Create(c, $"extent relaxed P {score.RelaxedPrecision:F3}  R {score.RelaxedRecall:F3}  F1 {score.RelaxedF1:F3}"));
        context.Output.WriteLine(string.Create(c, $"type  accuracy {score.TypeAccuracy:F3}  F1 {score.TypeF1:F3}"));
        context.Output.WriteLine(string.Create(c, $"value accuracy {score.ValueAccuracy:F3}  P {score.ValuePrecision:F3}  R {score.ValueRecall:F3}  F1 {score.ValueF1:F3}"));
        context.Output.WriteLine(string.Create(c, $"value, same meaning in another notation counted (2000-W7 = 2000-W07, 197 = 197X, 19 = 19XX, P1E = P10Y, P1Q = P3M)  P {score.NotationValuePrecision:F3}  R {score.NotationValueRecall:F3}  F1 {score.NotationValueF1:F3}"));
        context.Output.WriteLine(string.Create(c, $"time {watch.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }
}
