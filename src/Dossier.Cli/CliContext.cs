using Spectre.Console;

namespace Dossier.Cli;

/// <summary>Where a command reads and writes: real consoles in the program, string writers in tests.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive, Func<Stream>? openInput = null)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        OpenInput = openInput ?? Console.OpenStandardInput;
        Out = Create(output, interactive);
        Err = Create(error, interactive);
    }

    /// <summary>Raw standard output, for JSON.</summary>
    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Tables and text for people.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Progress and problems, kept off standard output so it can be piped.</summary>
    public IAnsiConsole Err { get; }

    /// <summary>True when a person is watching a terminal: progress bars and colour are worth drawing.</summary>
    public bool Interactive { get; }

    public Func<Stream> OpenInput { get; }

    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);

    private static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped output has no window to fit; a fixed width keeps it stable and readable.
            console.Profile.Width = 140;
        }
        return console;
    }
}
