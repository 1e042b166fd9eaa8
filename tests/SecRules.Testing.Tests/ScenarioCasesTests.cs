using NUnit.Framework.Internal;
using SecRules.Rulesets;
using SecRules.Testing;
using SecRules.Tests.Shared;

namespace SecRules.Testing.Tests;

public class ScenarioCasesTests
{
    private const string Facts = ScenarioTexts.SecondSystemWithoutNotice;

    private const string Expectations = """
        expectations:
          - ruleset: post-secmp0057
            findings:
              - { obligation: notify-ssc-of-subsequent-user-system, subject: S2, outcome: breach }
          - as-of: 2018-12-01
            findings:
              - { obligation: notify-ssc-of-subsequent-user-system, subject: S2, outcome: not-applicable }
        """;

    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "secrules-testing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void From_Folder_MakesOneCasePerExpectationNamedByFileAndVersion()
    {
        Write("notification/no-notice.yaml", Facts + Expectations);
        Write("facts-only.yaml", Facts);

        var names = ScenarioCases.From(_folder).Select(testCase => testCase.TestName).ToList();

        names.Should().Equal(
            "facts-only (no expectations)",
            "notification/no-notice [post-secmp0057]",
            "notification/no-notice [post-secmp0044, as-of 2018-12-01]");
    }

    [Test]
    public void From_FolderWithYmlFiles_MakesTheirCasesToo()
    {
        Write("notification/no-notice.yml", Facts + Expectations);
        Write("facts-only.yaml", Facts);

        var names = ScenarioCases.From(_folder).Select(testCase => testCase.TestName).ToList();

        names.Should().Equal(
            "facts-only (no expectations)",
            "notification/no-notice [post-secmp0057]",
            "notification/no-notice [post-secmp0044, as-of 2018-12-01]");
    }

    [Test]
    public void Verify_ExpectationsMet_PassesAndGivesEachResult()
    {
        Write("no-notice.yaml", Facts + Expectations);

        var results = Cases().Select(scenario => scenario.Verify()).ToList();

        results.Should().HaveCount(2).And.OnlyContain(result => result != null && result.Passed);
        results.Select(result => result!.Version.Id).Should().Equal("post-secmp0057", "post-secmp0044");
    }

    [Test]
    public void Verify_ScenarioWithoutExpectations_EvaluatesAndPasses()
    {
        Write("facts-only.yaml", Facts);

        var scenario = Cases().Should().ContainSingle().Subject;

        scenario.Expectation.Should().BeNull();
        scenario.Verify().Should().BeNull();
    }

    [Test]
    public void Verify_WrongExpectation_FailsTheTestWithTheDiff()
    {
        Write("wrong.yaml", Facts + Expectations.Replace("outcome: breach", "outcome: compliant", StringComparison.Ordinal));

        var failure = FailureOf(Cases()[0]);

        failure.Should().StartWith($"FAIL {_folder}/wrong.yaml [post-secmp0057]: Second User System without notice\n")
            .And.Contain("\n- notify-ssc-of-subsequent-user-system  S2  compliant\n+ notify-ssc-of-subsequent-user-system  S2  breach\n");
    }

    [Test]
    public void Verify_InvalidFile_FailsWithTheOneLineError()
    {
        Write("good.yaml", Facts + Expectations);
        Write("bad.yaml", Facts + Expectations.Replace("ruleset: post-secmp0057", "ruleset: post-secmp0058", StringComparison.Ordinal));

        var cases = Cases();

        cases.Select(scenario => scenario.Name).Should().Equal("bad (invalid)", "good [post-secmp0057]", "good [post-secmp0044, as-of 2018-12-01]");
        FailureOf(cases[0]).Should().StartWith($"{_folder}/bad.yaml:18:14: unknown ruleset version 'post-secmp0058'; expected one of: ");
    }

    [Test]
    public void From_MissingFolder_MakesOneFailingCase()
    {
        var missing = Path.Combine(_folder, "none");

        var scenario = ScenarioCases.Cases(missing, SectionG.Engine).Should().ContainSingle().Subject;

        scenario.Name.Should().Be($"{missing} (no scenarios)");
        FailureOf(scenario).Should().Contain("file not found");
    }

    private List<ScenarioCase> Cases() => [.. ScenarioCases.Cases(_folder, SectionG.Engine)];

    // A failing Verify records the failure in the running test's result; an isolated context keeps
    // it out of this test's own.
    private static string FailureOf(ScenarioCase scenario)
    {
        using var isolated = new TestExecutionContext.IsolatedContext();
        var act = () => scenario.Verify();
        return act.Should().Throw<AssertionException>().Which.Message;
    }

    private void Write(string file, string text)
    {
        var path = Path.Combine(_folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
