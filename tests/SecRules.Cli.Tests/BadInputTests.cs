using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests;

public class BadInputTests
{
    private const string Scenario = ScenarioTexts.SecondSystemWithoutNotice;

    [TestCase("first-employed: 2017-06-01", "first-employed: 2019-02-30", 12, 21, "'2019-02-30' is not a valid date", TestName = "Evaluate_ImpossibleDate_ExitsWithTwoAndOneLine")]
    [TestCase("    owner: P1", "    owner: P7", 10, 12, "unknown party 'P7'; expected the id of a party in this scenario", TestName = "Evaluate_UnknownId_ExitsWithTwoAndOneLine")]
    [TestCase("  - id: S1", "  - id: P1", 9, 9, "duplicate id 'P1', already the id of parties[0]", TestName = "Evaluate_DuplicatedId_ExitsWithTwoAndOneLine")]
    [TestCase("    name: Example Energy", "    nmae: Example Energy", 5, 5, "unknown key 'nmae' in an item of 'parties'; expected one of: id, name,", TestName = "Evaluate_UnknownKey_ExitsWithTwoAndOneLine")]
    [TestCase("    category: small-supplier", "    category: [small-supplier]", 6, 15, "found a list; expected a party category", TestName = "Evaluate_WrongType_ExitsWithTwoAndOneLine")]
    [TestCase("    provider: in-house", "    provider: [in-house", 11, 15, "malformed YAML: cannot read on from here", TestName = "Evaluate_MalformedYaml_ExitsWithTwoAndOneLine")]
    public void Evaluate_BadScenario_ReportsFileLineAndColumnInOneLine(string original, string replacement, int line, int column, string problem)
    {
        var path = CliRun.WriteFile("bad.yaml", Scenario.Replace(original, replacement, StringComparison.Ordinal));

        var run = CliRun.Of("evaluate", path);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().StartWith($"{path}:{line}:{column}: ").And.Contain(problem);
        run.Error.TrimEnd('\n').Should().NotContain("\n", "the error is one line");
        run.Error.Should().NotContain("   at ", "no stack trace is shown");
    }

    [Test]
    public void Evaluate_MissingFile_ExitsWithTwoNamingTheFile()
    {
        var run = CliRun.Of("evaluate", "no/such/file.yaml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("no/such/file.yaml:1:1: file not found; expected a scenario (scenario, evaluation-date and facts)\n");
    }

    [Test]
    public void Evaluate_ValidScenario_ExitsWithZero()
    {
        CliRun.Of("evaluate", CliRun.WriteFile("good.yaml", Scenario)).ExitCode.Should().Be(0);
    }

    [TestCase(new[] { "--ruleset", "post-secmp0099" }, "secrules: unknown ruleset version 'post-secmp0099' for --ruleset; expected one of: pre-secmp0044, ")]
    [TestCase(new[] { "--as-of", "2019-02-30" }, "secrules: '2019-02-30' is not a valid date for --as-of; expected YYYY-MM-DD")]
    [TestCase(new[] { "--ruleset", "pre-secmp0044", "--as-of", "2019-01-01" }, "secrules: --ruleset and --as-of choose a version in two ways; expected at most one of them")]
    [TestCase(new[] { "--format", "xml" }, "secrules: Argument 'xml' not recognized. Must be one of:")]
    [TestCase(new[] { "--colour" }, "secrules: Unrecognized command or argument '--colour'; expected what 'secrules evaluate --help' shows")]
    public void Evaluate_BadUsage_ExitsWithTwo(string[] options, string expected)
    {
        var path = CliRun.WriteFile("good.yaml", Scenario);

        var run = CliRun.Of(["evaluate", path, .. options]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(expected);
        run.Error.Should().NotContain("   at ");
    }

    [Test]
    public void NoCommand_ExitsWithTwo()
    {
        CliRun.Of().ExitCode.Should().Be(2);
    }

    [Test]
    public void Rulesets_FromAFolderWithABadFile_ExitsWithTwoNamingTheFile()
    {
        var directory = Path.GetDirectoryName(CliRun.WriteFile("ruleset.yaml", "id: x\ntitle: X\nbaseline: baseline.yaml\nversions: []\n"))!;

        var run = CliRun.Of("rulesets", "--rulesets", directory);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"{directory}/ruleset.yaml:1:1: the manifest lists no versions; expected at least the baseline version under 'versions'\n");
    }
}
