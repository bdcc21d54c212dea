using Dossier.TestSupport;

namespace Dossier.Cli.Tests;

/// <summary>Runs the dossier command in-process against a temporary store and captures what it writes.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly TempDir _dir = new();

    public string Db => _dir.File("dossier.db");

    public TempDir Dir => _dir;

    public (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput(null, args);

    public (int Exit, string Out, string Err) RunWithInput(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, interactive: false,
            () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin ?? "")));
        int exit = DossierApp.Run([.. args, "--db", Db], context);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => _dir.Dispose();
}
