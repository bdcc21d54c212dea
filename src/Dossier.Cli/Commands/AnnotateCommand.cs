using System.CommandLine;
using Dossier.Streaming;
using Dossier.Text.Reading;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier annotate</c>: a text filter; JSON lines (or plain text) in, one JSON line of annotations out per input.</summary>
public static class AnnotateCommand
{
    private static readonly Dictionary<string, Annotations> s_layers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sentences"] = Annotations.Sentences,
        ["tokens"] = Annotations.Tokens,
        ["entities"] = Annotations.Entities,
        ["time"] = Annotations.Time,
        ["statements"] = Annotations.Statements,
        ["quantities"] = Annotations.Quantities,
    };

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files to annotate (JSON lines, or plain text as one document each); standard input when none or '-'",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var only = new Option<string?>("--only")
        {
            Description = "Comma-separated layers to compute and write: sentences, tokens, entities, time, statements, quantities",
            HelpName = "layers",
        };
        var tokens = new Option<bool>("--tokens") { Description = "Also write tokens with part of speech and lemma" };
        var threads = new Option<int>("--threads")
        {
            Description = "Worker threads (output order is the same for any number)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var format = new Option<string>("--format")
        {
            Description = "auto: JSON lines when a file starts with '{', else plain text; jsonl; text",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "jsonl", "text");
        var command = new Command("annotate", "Annotate JSON lines ({\"id\", \"text\", \"published\"?}) or plain text; writes one JSON line per input (docs/FORMAT.md)")
        {
            files, only, tokens, threads, format,
        };
        command.SetAction(parse =>
        {
            var layers = Annotations.All & ~Annotations.Tokens;
            if (parse.GetValue(only) is { } list)
            {
                layers = Annotations.Sentences;
                foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!s_layers.TryGetValue(name, out var layer))
                    {
                        context.Error.WriteLine($"dossier annotate: unknown layer '{name}' in --only (choose from {string.Join(", ", s_layers.Keys)})");
                        return ExitCodes.Usage;
                    }
                    layers |= layer;
                }
            }
            if (parse.GetValue(tokens))
            {
                layers |= Annotations.Tokens;
            }
            int threadCount = parse.GetValue(threads);
            if (threadCount < 1)
            {
                context.Error.WriteLine("dossier annotate: --threads must be at least 1");
                return ExitCodes.Usage;
            }
            var annotator = DossierAnnotator.Create(new AnnotatorOptions { Annotations = layers });
            var runner = new JsonLinesAnnotator(annotator, new StreamOptions { Threads = threadCount, Output = layers });
            var inputs = parse.GetValue(files) is { Length: > 0 } given ? given : ["-"];
            long errors = 0;
            bool failed = false;
            foreach (var input in inputs)
            {
                try
                {
                    errors += Annotate(context, runner, input, parse.GetValue(format)!);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine($"dossier annotate: {input}: {ex.Message}");
                    failed = true;
                }
            }
            return failed ? ExitCodes.Partial : errors > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }

    private static long Annotate(CliContext context, JsonLinesAnnotator runner, string input, string format)
    {
        using var stream = input == "-" ? context.OpenInput() : File.OpenRead(input);
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        bool jsonl = format switch
        {
            "jsonl" => true,
            "text" => false,
            _ => reader.Peek() is '{' or ' ' or '\n' or '\r' or '\t' && LooksLikeJsonLines(reader),
        };
        if (jsonl)
        {
            return runner.RunJsonLines(reader, context.Output).Errors;
        }
        var text = reader.ReadToEnd();
        var line = runner.AnnotateText(SourceReader.IdFor(input), text, published: null);
        context.Output.WriteLine(line.Json);
        return line.IsError ? 1 : 0;
    }

    // Skips leading white space without consuming anything else, then decides by the first real character.
    private static bool LooksLikeJsonLines(StreamReader reader)
    {
        while (reader.Peek() is ' ' or '\n' or '\r' or '\t')
        {
            reader.Read();
        }
        return reader.Peek() == '{';
    }
}
