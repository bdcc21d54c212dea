using System.CommandLine;
using System.Globalization;
using Dossier.Training.Html;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval html</c>: scores HTML main-text extraction on the html-dev set (trafilatura-style snippets).</summary>
public static class EvalHtmlCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "The html-dev folder (gold.json and pages/), e.g. ../shared/data/html-dev",
            Required = true,
        };
        var details = new Option<bool>("--details")
        {
            Description = "List every page with a missing or leaked snippet",
        };
        var command = new Command("html", "Score HTML main-text extraction against the html-dev snippets (precision, recall, F1, accuracy).")
        {
            data,
            details,
        };
        command.SetAction((parseResult, cancellationToken) =>
            Task.FromResult(Run(parseResult.GetValue(data)!, parseResult.GetValue(details), context.Out, cancellationToken)));
        return command;
    }

    internal static int Run(DirectoryInfo data, bool details, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(data.FullName, "gold.json")))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {data.FullName} has no gold.json (expected the html-dev folder)");
            return 2;
        }
        var score = HtmlDevEvaluation.Run(data.FullName, cancellationToken);
        if (details)
        {
            foreach (var page in score.PageResults)
            {
                if (page.Missing.Count == 0 && page.Leaked.Count == 0 && page.Error is null)
                {
                    continue;
                }
                console.MarkupLineInterpolated($"[bold]{page.File}[/]");
                foreach (var s in page.Missing)
                {
                    console.MarkupLineInterpolated($"  [yellow]missing[/] {s}");
                }
                foreach (var s in page.Leaked)
                {
                    console.MarkupLineInterpolated($"  [red]leaked[/]  {s}");
                }
                if (page.Error is not null)
                {
                    console.MarkupLineInterpolated($"  [red]error[/]   {page.Error}");
                }
            }
        }
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("pages", score.Pages.ToString(CultureInfo.InvariantCulture));
        table.AddRow("snippets (with / without)", $"{score.TruePositives + score.FalseNegatives} / {score.FalsePositives + score.TrueNegatives}");
        table.AddRow("true pos / false neg", $"{score.TruePositives} / {score.FalseNegatives}");
        table.AddRow("false pos / true neg", $"{score.FalsePositives} / {score.TrueNegatives}");
        table.AddRow("precision", F(score.Precision));
        table.AddRow("recall", F(score.Recall));
        table.AddRow("F1", F(score.F1));
        table.AddRow("accuracy", F(score.Accuracy));
        table.AddRow("publication date right", $"{F(score.DateAccuracy)} ({score.DatesRight}/{score.DatesChecked})");
        table.AddRow("title right", $"{F(score.TitleAccuracy)} ({score.TitlesRight}/{score.TitlesChecked})");
        table.AddRow("time", $"{score.Seconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        console.Write(table);
        return 0;
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
