using System.Diagnostics;
using System.Text.RegularExpressions;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Documentation;

/// <summary>
/// Runs the README's library example exactly as written, as a .NET file-based program referencing
/// SecRules.Rulesets, and checks that it prints what the README says it prints.
/// </summary>
public partial class ReadmeExampleTests
{
    [Test]
    public void LibraryExample_RunAsWritten_PrintsTheOutputTheReadmeShows()
    {
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md"));
        var section = readme[readme.IndexOf("## Using the library", StringComparison.Ordinal)..];
        var example = Example().Match(section);
        example.Success.Should().BeTrue("the section opens with a csharp example followed by the output it prints");

        var (exitCode, output, error) = Run(example.Groups["code"].Value);

        exitCode.Should().Be(0, error);
        output.Should().Be(example.Groups["output"].Value);
    }

    // A file-based program (dotnet run app.cs) builds with the SDK's compiler, so the test needs no
    // compiler package of its own; #:project references the library as a project would.
    private static (int ExitCode, string Output, string Error) Run(string program)
    {
        var folder = Path.Combine(Path.GetTempPath(), "secrules-readme-example", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "example.cs");
            File.WriteAllText(file, $"#:project {RepositoryPaths.Of("src/SecRules.Rulesets/SecRules.Rulesets.csproj")}\n{program}");
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "run", "--file", file })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.ReplaceLineEndings("\n"), error.Result);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```\\n\\n[^`]*```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
