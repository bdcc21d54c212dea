using System.Reflection;
using System.Text.RegularExpressions;
using Dossier.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Pipeline.Tests;

/// <summary>The README's library example compiles and prints what it promises.</summary>
public partial class ReadmeExampleTests
{
    [GeneratedRegex(@"## Use it as a library.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [Fact]
    public void ReadmeExample_CompilesAndRuns()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var match = Example().Match(readme);
        Assert.True(match.Success, "README has no C# example under 'Use it as a library'");
        var code = match.Groups["code"].Value;
        Assert.InRange(code.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 5, 14);

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Dossier.*.dll"))
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        // A console project made with 'dotnet new console' compiles with these implicit global usings.
        const string implicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; " +
            "global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("ReadmeExample",
            [CSharpSyntaxTree.ParseText(implicitUsings, parse), CSharpSyntaxTree.ParseText(code, parse)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var assembly = Assembly.Load(image.ToArray());
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            var entry = assembly.EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(previous);
        }
        var printed = output.ToString();
        Assert.Contains("Kirby said: North Korea had sent 1,000 containers", printed, StringComparison.Ordinal);
        Assert.Contains("Friday = 2023-10-13", printed, StringComparison.Ordinal);
        Assert.Contains("1000 containers", printed, StringComparison.Ordinal);
    }
}
