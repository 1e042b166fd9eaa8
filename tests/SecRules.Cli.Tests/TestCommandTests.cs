using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests;

public class TestCommandTests
{
    private const string Facts = ScenarioTexts.SecondSystemWithoutNotice;

    private const string Right = Facts + """
        expectations:
          - ruleset: post-secmp0057
            findings:
              - obligation: notify-ssc-of-subsequent-user-system
                subject: S2
                outcome: breach
          - as-of: 2018-12-01
            findings:
              - obligation: notify-ssc-of-subsequent-user-system
                subject: S2
                outcome: not-applicable
        """;

    private const string Wrong = Facts + """
        expectations:
          - ruleset: post-secmp0057
            findings:
              - obligation: notify-ssc-of-subsequent-user-system
                subject: S2
                outcome: compliant
        """;

    [Test]
    public void Test_ShippedScenarioLibrary_PassesEveryExpectation()
    {
        var run = CliRun.Of("test", RepositoryPaths.Of("scenarios"), RepositoryPaths.Of("examples"));

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        run.Out.Should().MatchRegex(@"\n[1-9][0-9]* passed, 0 failed\n$");
    }

    [Test]
    public void Test_RightExpectations_PassAndExitWithZero()
    {
        var path = CliRun.WriteFile("right.yaml", Right);

        var run = CliRun.Of("test", path);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be($"PASS {path} [post-secmp0057]\nPASS {path} [post-secmp0044]\n2 passed, 0 failed\n");
    }

    [Test]
    public void Test_WrongExpectation_PrintsTheDiffAndExitsWithOne()
    {
        var path = CliRun.WriteFile("wrong.yaml", Wrong);

        var run = CliRun.Of("test", path);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"FAIL {path} [post-secmp0057]: Second User System without notice\n")
            .And.Contain($"expectation at {path}:18:5 (ruleset post-secmp0057, match at-least)\n")
            .And.Contain("\n--- expected\n+++ actual\n")
            .And.Contain("\n- notify-ssc-of-subsequent-user-system  S2  compliant\n")
            .And.Contain("\n+ notify-ssc-of-subsequent-user-system  S2  breach\n")
            .And.Contain("    # P1 began to employ S2, a subsequent User System, on 2019-05-01 without notifying the SSC.\n")
            .And.EndWith("\n0 passed, 1 failed\n");
    }

    [Test]
    public void Test_FolderWithPassingAndFailingScenarios_CountsEveryExpectation()
    {
        var folder = Path.GetDirectoryName(CliRun.WriteFile("a.yaml", Right))!;
        Directory.CreateDirectory(Path.Combine(folder, "more"));
        File.WriteAllText(Path.Combine(folder, "more", "b.yaml"), Wrong);

        var run = CliRun.Of("test", folder);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"FAIL {folder}/more/b.yaml [post-secmp0057]").And.EndWith("\n2 passed, 1 failed\n");
    }

    [Test]
    public void Test_ScenarioWithoutExpectations_IsSkippedAndNotCounted()
    {
        var path = CliRun.WriteFile("facts.yaml", Facts);

        var run = CliRun.Of("test", path);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be($"SKIP {path}: no expectations\n0 passed, 0 failed\n");
    }

    [TestCase("ruleset: post-secmp0057", "ruleset: post-secmp0058", 18, 14, "unknown ruleset version 'post-secmp0058'; expected one of: pre-secmp0044, ",
        TestName = "Test_UnknownVersion_ExitsWithTwoAndOneLine")]
    [TestCase("obligation: notify-ssc-of-subsequent-user-system", "obligation: notify-ssc", 20, 21, "unknown obligation 'notify-ssc'; expected one of: ",
        TestName = "Test_UnknownObligation_ExitsWithTwoAndOneLine")]
    [TestCase("outcome: compliant", "outcome: ok", 22, 18, "'ok' is not an outcome; expected one of: compliant, breach, not-applicable, undetermined, event-of-default-risk",
        TestName = "Test_UnknownOutcome_ExitsWithTwoAndOneLine")]
    [TestCase("    findings:", "    found:", 19, 5, "unknown key 'found' in an expectation; expected one of: ruleset, as-of, match, findings, absent",
        TestName = "Test_UnknownKey_ExitsWithTwoAndOneLine")]
    public void Test_BadExpectation_ExitsWithTwoBeforeRunningAnything(string original, string replacement, int line, int column, string problem)
    {
        var good = CliRun.WriteFile("good.yaml", Right);
        var bad = CliRun.WriteFile("bad.yaml", Wrong.Replace(original, replacement, StringComparison.Ordinal));

        var run = CliRun.Of("test", good, bad);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty("bad input stops the run before any expectation is checked");
        run.Error.Should().StartWith($"{bad}:{line}:{column}: {problem}");
        run.Error.TrimEnd('\n').Should().NotContain("\n", "the error is one line");
    }

    [Test]
    public void Test_MissingPath_ExitsWithTwoNamingIt()
    {
        var run = CliRun.Of("test", "no/such/scenarios");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("no/such/scenarios:1:1: file not found; expected a scenario file or a folder of scenario files (*.yaml or *.yml)\n");
    }

    [Test]
    public void Test_NoPath_ExitsWithTwo()
    {
        CliRun.Of("test").ExitCode.Should().Be(2);
    }
}
