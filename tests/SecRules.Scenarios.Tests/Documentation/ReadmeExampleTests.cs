using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Documentation;

/// <summary>
/// Compiles and runs the README's library example exactly as written, as a program referencing the
/// packages would, and checks that it prints what the README says it prints.
/// </summary>
public partial class ReadmeExampleTests
{
    // The usings an SDK project has implicitly (ImplicitUsings), which the example relies on.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Test]
    public void LibraryExample_RunAsWritten_PrintsTheOutputTheReadmeShows()
    {
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md"));
        var section = readme[readme.IndexOf("## Using the library", StringComparison.Ordinal)..];
        var example = CodeBlock().Match(section);
        var expected = OutputBlock().Match(section);
        example.Success.Should().BeTrue("the section opens with a csharp example");
        expected.Success.Should().BeTrue("the example is followed by the output it prints");

        var output = Run(example.Groups["code"].Value);

        output.Should().Be(expected.Groups["output"].Value);
    }

    private static string Run(string program)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(program, path: "Program.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString())
            .Should().BeEmpty("the README's example compiles without a warning");

        var entryPoint = Assembly.Load(image.ToArray()).EntryPoint!;
        var console = Console.Out;
        var output = new StringWriter { NewLine = "\n" };
        try
        {
            Console.SetOut(output);
            entryPoint.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(console);
        }

        return output.ToString();
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex("```csharp\\n.*?```\\n\\n[^`]*```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex OutputBlock();
}
