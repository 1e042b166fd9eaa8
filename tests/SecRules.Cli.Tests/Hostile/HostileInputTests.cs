using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests.Hostile;

/// <summary>
/// One case per class of hostile input, each run through the command line as a user would: the
/// answer is exit code 2 and one line saying where, what was wrong and what was expected, within a
/// time limit, never a crash, a hang or a stack trace. The files of <c>Hostile/Inputs</c> are one per
/// class, each with the words its error must hold on its first line (<c># expect: ...</c>); inputs
/// that cannot be files in the repository (devices, pipes, links, large files) are made here.
/// </summary>
public partial class HostileInputTests
{
    private const string InputsFolder = "tests/SecRules.Cli.Tests/Hostile/Inputs";
    private const string Example = "examples/seed-second-user-system-from-srp.yaml";

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    public static IEnumerable<TestCaseData> FileCases()
    {
        foreach (var file in Inputs("scenarios"))
        {
            yield return Case($"scenario/{Path.GetFileNameWithoutExtension(file)}", ExpectedIn(file), ["evaluate", file]);
        }

        foreach (var file in Inputs("drafts"))
        {
            yield return Case($"draft/{Path.GetFileNameWithoutExtension(file)}", ExpectedIn(file), ["evaluate", RepositoryPaths.Of(Example), "--with", file]);
        }

        foreach (var folder in Directory.EnumerateDirectories(RepositoryPaths.Of($"{InputsFolder}/rulesets")).Order(StringComparer.Ordinal))
        {
            yield return Case($"rulesets/{Path.GetFileName(folder)}", ExpectedIn(Path.Combine(folder, "ruleset.yaml")), ["rulesets", "--rulesets", folder]);
        }
    }

    [TestCaseSource(nameof(FileCases))]
    public void Run_HostileFile_ExitsWithTwoAndOnePositionedLine(string expected, string[] arguments)
    {
        var run = RunWithin(arguments);

        ShouldBeOnePositionedLine(run, expected);
    }

    public static IEnumerable<TestCaseData> MadeCases()
    {
        yield return Made("larger-than-the-limit", "the file is larger than 1048576 bytes", () =>
            ["evaluate", CliRun.WriteFile("large.yaml", ScenarioTexts.SecondSystemWithoutNotice + "description: " + new string('x', 2 * 1024 * 1024) + "\n")]);
        yield return Made("hundred-thousand-parties", "the file is larger than 1048576 bytes", () =>
            ["evaluate", CliRun.WriteFile("parties.yaml", ManyParties(100_000))]);
        yield return Made("list-of-twenty-thousand-items", "a list holds more than 5000 items", () =>
            ["evaluate", CliRun.WriteFile("list.yaml", "scenario: x\nparties: [" + string.Join(",", Enumerable.Repeat("P", 20_000)) + "]\n")]);
        yield return Made("not-utf8", "is not UTF-8 text", () =>
            ["evaluate", WriteBytes("latin1.yaml", [.. Encoding.UTF8.GetBytes("scenario: Caf"), 0xE9, (byte)'\n'])]);
        yield return Made("utf16", "is not UTF-8 text", () =>
            ["evaluate", WriteBytes("utf16.yaml", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("scenario: x\n")])]);
        yield return Made("nul-bytes", "cannot appear in YAML", () =>
            ["evaluate", WriteBytes("nul.yaml", [.. Encoding.UTF8.GetBytes("scenario: x\n"), 0, 0, 0])]);
        yield return Made("folder-as-a-file", "this is a folder, not a file", () =>
            ["evaluate", Path.GetDirectoryName(CliRun.WriteFile("x.yaml", "x"))!]);
        yield return Made("missing-file", "file not found", () =>
            ["evaluate", Path.Combine(Path.GetDirectoryName(CliRun.WriteFile("x.yaml", "x"))!, "missing.yaml")]);
        yield return Made("dangling-link", "file not found", () =>
            ["evaluate", Link("dangling.yaml", "nowhere.yaml")]);
        yield return Made("link-loop", "the symbolic links lead round in a loop", () =>
            ["evaluate", LinkLoop()]);
        yield return Made("dev-zero", "this is a device, not a regular file", () => ["evaluate", UnixOnly("/dev/zero")]);
        yield return Made("dev-urandom", "this is a device, not a regular file", () => ["evaluate", UnixOnly("/dev/urandom")]);
        yield return Made("dev-null", "this is a device, not a regular file", () => ["evaluate", UnixOnly("/dev/null")]);
        yield return Made("fifo", "this is a pipe, not a regular file", () => ["evaluate", Fifo()]);
        yield return Made("draft-is-a-fifo", "this is a pipe, not a regular file", () =>
            ["evaluate", RepositoryPaths.Of(Example), "--with", Fifo()]);
        yield return Made("long-bad-value", "(500000 characters)", () =>
            ["evaluate", CliRun.WriteFile("long.yaml", "scenario: x\nevaluation-date: " + new string('9', 500_000) + "\n")]);
        yield return Made("unreadable-file", "permission denied", () => ["evaluate", Unreadable()]);
        yield return Made("rulesets-manifest-is-a-fifo", "this is a pipe, not a regular file", () =>
        {
            var folder = Path.GetDirectoryName(CliRun.WriteFile("baseline.yaml", "x"))!;
            Fifo(Path.Combine(folder, "ruleset.yaml"));
            return ["rulesets", "--rulesets", folder];
        });
        yield return Made("rulesets-manifest-loops", "the symbolic links lead round in a loop", () =>
            ["rulesets", "--rulesets", Path.GetDirectoryName(LinkLoop("ruleset.yaml"))!]);
        yield return Made("rulesets-missing-folder", "file not found", () =>
            ["rulesets", "--rulesets", Path.Combine(Path.GetTempPath(), "secrules-cli-tests", "no-such-folder")]);
        yield return Made("rulesets-link-out-of-the-folder", "leads outside the ruleset folder", () =>
        {
            var folder = CliRun.CopyOfShippedRulesets();
            var outside = CliRun.WriteFile("secret.yaml", "password: hunter2\n");
            File.Delete(Path.Combine(folder, "baseline.yaml"));
            File.CreateSymbolicLink(Path.Combine(folder, "baseline.yaml"), outside);
            return ["rulesets", "--rulesets", folder];
        });
    }

    [TestCaseSource(nameof(MadeCases))]
    public void Run_HostileInputMadeHere_ExitsWithTwoAndOnePositionedLine(string expected, Func<string[]> arrange)
    {
        var run = RunWithin(arrange());

        ShouldBeOnePositionedLine(run, expected);
        run.Error.Should().NotContain("hunter2", "nothing read outside the ruleset folder is shown");
        run.Error.Length.Should().BeLessThan(1000, "a long value is cut to a readable length");
    }

    [TestCase(new[] { "evaluate", Example, "--as-of", "9999-12-31" }, "'9999-12-31' for --as-of is outside the dates SecRules supports")]
    [TestCase(new[] { "evaluate", Example, "--as-of", "0001-01-01" }, "'0001-01-01' for --as-of is outside the dates SecRules supports")]
    [TestCase(new[] { "evaluate", Example, "--as-of", "2019-6-30" }, "'2019-6-30' is not a valid date for --as-of")]
    [TestCase(new[] { "diff", "--from", "9999-12-31" }, "'9999-12-31' for --from is outside the dates SecRules supports")]
    [TestCase(new[] { "evaluate", Example, "--format", "xml" }, "Argument 'xml' not recognized. Must be one of: 'text', 'json'")]
    [TestCase(new[] { "evaluate", Example, "--fail-on", "everything" }, "Argument 'everything' not recognized")]
    [TestCase(new[] { "evaluate" }, "Required argument missing for command: 'evaluate'")]
    [TestCase(new[] { "explore", "--limit", "1e3" }, "'1e3' for --limit explores nothing")]
    [TestCase(new[] { "explore", "--limit", "99999999999999999999" }, "for --limit explores nothing")]
    [TestCase(new[] { "evaluate", Example, "--ruleset", "post-\u001b[31msecmp0057" }, "unknown ruleset version 'post-\\u001B[31msecmp0057'")]
    [TestCase(new[] { "frobnicate" }, "Required command was not provided")]
    public void Run_BadUsage_ExitsWithTwoAndOneLine(string[] arguments, string expected)
    {
        var run = RunWithin([.. arguments.Select(argument => argument == Example ? RepositoryPaths.Of(Example) : argument)]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().MatchRegex(UsageLine()).And.Contain(expected);
        run.Out.Should().BeEmpty();
    }

    [Test]
    public void Explore_OutUnderAFile_ExitsWithTwoBeforeExploring()
    {
        var file = CliRun.WriteFile("not-a-folder", "x");

        var run = RunWithin(["explore", "--limit", "5", "--out", Path.Combine(file, "examples")]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Error.Should().MatchRegex(UsageLine()).And.StartWith("secrules: cannot write to --out ");
        run.Out.Should().BeEmpty();
    }

    [Test]
    public void Rulesets_OutputRefused_ExitsWithThreeAndOneLine()
    {
        var error = new StringWriter { NewLine = "\n" };

        var exitCode = SecRulesCli.Run(["rulesets"], new RefusingWriter(), error);

        exitCode.Should().Be(ExitCodes.OutputFailed);
        error.ToString().Should().MatchRegex(UsageLine()).And.StartWith("secrules: cannot write the results (No space left on device)");
    }

    [Test]
    public void Rulesets_InternalError_ExitsWithFourAndOneLine()
    {
        var error = new StringWriter { NewLine = "\n" };

        var exitCode = SecRulesCli.Run(["rulesets"], new RefusingWriter(new InvalidOperationException("Something SecRules did not foresee.")), error);

        exitCode.Should().Be(ExitCodes.InternalError);
        error.ToString().Should().MatchRegex(UsageLine())
            .And.StartWith("secrules: internal error (InvalidOperationException: Something SecRules did not foresee); expected no such error");
    }

    [Test]
    public void Rulesets_StandardOutputOnAFullDevice_ExitsWithThreeAndOneLine()
    {
        Assume.That(File.Exists("/dev/full"), "/dev/full is a Linux device");
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", "exec dotnet \"$0\" rulesets > /dev/full", Path.Combine(AppContext.BaseDirectory, "secrules.dll") },
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(TimeLimit).Should().BeTrue();

        process.ExitCode.Should().Be(ExitCodes.OutputFailed);
        error.Should().MatchRegex(UsageLine()).And.StartWith("secrules: cannot write the results");
    }

    private static void ShouldBeOnePositionedLine(CliRun run, string expected)
    {
        run.ExitCode.Should().Be(ExitCodes.BadInput, run.Error);
        run.Error.Should().MatchRegex(PositionedLine()).And.Contain(expected);
        run.Error.Should().NotContain("   at ", "no stack trace is shown");
        run.Out.Should().BeEmpty();
    }

    private static CliRun RunWithin(string[] arguments)
    {
        var run = Task.Run(() => CliRun.Of(arguments));
        run.Wait(TimeLimit).Should().BeTrue($"secrules should answer within {TimeLimit.TotalSeconds} s");
        return run.Result;
    }

    private static TestCaseData Case(string name, string expected, string[] arguments) =>
        new TestCaseData(expected, arguments).SetName(name);

    private static TestCaseData Made(string name, string expected, Func<string[]> arrange) =>
        new TestCaseData(expected, arrange).SetName($"made/{name}");

    private static IEnumerable<string> Inputs(string folder) =>
        Directory.EnumerateFiles(RepositoryPaths.Of($"{InputsFolder}/{folder}"), "*.yaml").Order(StringComparer.Ordinal);

    private static string ExpectedIn(string file)
    {
        var first = File.ReadLines(file).First();
        return first.StartsWith("# expect: ", StringComparison.Ordinal)
            ? first["# expect: ".Length..]
            : throw new InvalidOperationException($"{file} does not say on its first line what its error must hold.");
    }

    private static string ManyParties(int count)
    {
        var text = new StringBuilder("scenario: Many parties\nevaluation-date: 2019-06-30\nparties:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  - { id: P").Append(i).Append(", name: Party, category: small-supplier }\n");
        }

        return text.ToString();
    }

    private static string WriteBytes(string name, byte[] bytes)
    {
        var path = CliRun.WriteFile(name, string.Empty);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Link(string name, string target)
    {
        var path = CliRun.WriteFile(name, string.Empty);
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private static string LinkLoop(string name = "loop.yaml")
    {
        var path = Link(name, "other.yaml");
        File.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(path)!, "other.yaml"), name);
        return path;
    }

    private static string UnixOnly(string path)
    {
        Assume.That(File.Exists(path), $"{path} is a Unix device");
        return path;
    }

    private static string Fifo(string? path = null)
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes are made with mkfifo");
        path ??= Path.Combine(Path.GetDirectoryName(CliRun.WriteFile("x", string.Empty))!, "pipe.yaml");
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return path;
    }

    private static string Unreadable()
    {
        Assume.That(!OperatingSystem.IsWindows() && Environment.UserName != "root", "root reads every file");
        var path = CliRun.WriteFile("secret.yaml", ScenarioTexts.SecondSystemWithoutNotice);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        return path;
    }

    [GeneratedRegex(@"^[^:\n]+:\d+:\d+: [^\n]+; expected [^\n]+\n$")]
    private static partial Regex PositionedLine();

    [GeneratedRegex(@"^secrules: [^\n]+; expected [^\n]+\n$")]
    private static partial Regex UsageLine();

    /// <summary>Standard output that fails every write: on a full device by default.</summary>
    private sealed class RefusingWriter(Exception? failure = null) : StringWriter
    {
        private readonly Exception _failure = failure ?? new IOException("No space left on device");

        public override void Write(char value) => throw _failure;

        public override void Write(string? value) => throw _failure;

        public override void Write(char[] buffer, int index, int count) => throw _failure;
    }
}
