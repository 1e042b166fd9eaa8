using SecRules.Core.Tests.Support;
using SecRules.Engine;
using SecRules.Input;
using SecRules.Scenarios;

namespace SecRules.Core.Tests.Scenarios;

// The probe rules give one Compliant finding per party for each obligation in force, and a
// NotApplicable one where the obligation is not: beta is not in force in v0, gamma is retired in v2.
public class ExpectationCheckTests
{
    private const string Facts = TestScenarios.TwoParties;

    private static readonly ComplianceEngine Engine = new(TestRulesets.Load());

    [Test]
    public void Run_AtLeastWithEveryFindingFound_Passes()
    {
        var result = RunSingle("""
              - ruleset: v1
                findings:
                  - { obligation: alpha, subject: P1, outcome: compliant }
                  - { obligation: beta, subject: P2, outcome: compliant }
                absent:
                  - { obligation: gamma, subject: P1, outcome: breach }
            """);

        result.Passed.Should().BeTrue();
        result.Version.Id.Should().Be("v1");
        result.Diff.Should().OnlyContain(line => line.Side == DiffSide.Same);
    }

    [Test]
    public void Run_OutcomeDiffers_FailsWithTheExpectedAndTheActualFinding()
    {
        var result = RunSingle("""
              - ruleset: v0
                findings:
                  - { obligation: alpha, subject: P1, outcome: compliant }
                  - { obligation: beta, subject: P1, outcome: compliant }
            """);

        result.Passed.Should().BeFalse();
        result.Diff.Select(line => $"{line.Marker} {line.Obligation} {line.Subject} {line.State}").Should().Equal(
            "  alpha P1 compliant",
            "- beta P1 compliant",
            "+ beta P1 not-applicable");
    }

    [Test]
    public void Run_AtLeastWithFindingsNotExpected_PassesWithoutShowingThem()
    {
        var result = RunSingle("""
              - ruleset: v2
                findings:
                  - { obligation: gamma, subject: P2, outcome: not-applicable }
            """);

        result.Passed.Should().BeTrue();
        result.Diff.Should().ContainSingle();
    }

    [Test]
    public void Run_ExactlyWithAFindingNotExpected_FailsShowingIt()
    {
        var result = RunSingle("""
              - ruleset: v1
                match: exactly
                findings:
                  - { obligation: alpha, subject: P1, outcome: compliant }
                  - { obligation: alpha, subject: P2, outcome: compliant }
                  - { obligation: beta, subject: P1, outcome: compliant }
                  - { obligation: beta, subject: P2, outcome: compliant }
                  - { obligation: gamma, subject: P1, outcome: compliant }
            """);

        result.Passed.Should().BeFalse();
        result.Diff.Where(line => line.Side != DiffSide.Same).Select(line => $"{line.Marker} {line.Obligation} {line.Subject} {line.State}")
            .Should().Equal("+ gamma P2 compliant");
    }

    [Test]
    public void Run_ExactlyWithEveryFinding_Passes()
    {
        var result = RunSingle("""
              - ruleset: v0
                match: exactly
                findings:
                  - { obligation: alpha, subject: P1, outcome: compliant }
                  - { obligation: alpha, subject: P2, outcome: compliant }
                  - { obligation: gamma, subject: P1, outcome: compliant }
                  - { obligation: gamma, subject: P2, outcome: compliant }
                  - { obligation: beta, subject: P2, outcome: not-applicable }
                  - { obligation: beta, subject: P1, outcome: not-applicable }
            """);

        result.Passed.Should().BeTrue();
    }

    [TestCase("{ obligation: beta, subject: P1 }", "absent", TestName = "Run_AbsentFindingOfAnyOutcomePresent_Fails")]
    [TestCase("{ obligation: beta, subject: P1, outcome: not-applicable }", "no not-applicable", TestName = "Run_AbsentOutcomePresent_Fails")]
    public void Run_AbsentFindingPresent_FailsWithTheFindingFound(string absent, string state)
    {
        var result = RunSingle($"""
              - ruleset: v0
                absent:
                  - {absent}
            """);

        result.Passed.Should().BeFalse();
        result.Diff.Select(line => $"{line.Marker} {line.Obligation} {line.Subject} {line.State}").Should().Equal(
            $"- beta P1 {state}",
            "+ beta P1 not-applicable");
    }

    [Test]
    public void Run_AbsentOutcomeNotPresent_PassesThoughAnotherOutcomeIs()
    {
        RunSingle("""
              - ruleset: v0
                absent:
                  - { obligation: beta, subject: P1, outcome: breach }
            """).Passed.Should().BeTrue();
    }

    [Test]
    public void Run_FindingExpectedTwiceButMadeOnce_Fails()
    {
        var result = RunSingle("""
              - ruleset: v1
                findings:
                  - { obligation: alpha, subject: P1, outcome: compliant }
                  - { obligation: alpha, subject: P1, outcome: compliant }
            """);

        result.Passed.Should().BeFalse();
        result.Diff.Select(line => line.Side).Should().Equal(DiffSide.Same, DiffSide.Expected);
    }

    [TestCase("2018-08-21", "v0")]
    [TestCase("2018-08-22", "v1")]
    [TestCase("2019-06-30", "v2")]
    public void Run_AsOf_ChecksTheVersionInForceOnThatDate(string asOf, string version)
    {
        var result = RunSingle($"""
              - as-of: {asOf}
                findings:
                  - {"{"} obligation: alpha, subject: P1, outcome: compliant {"}"}
            """);

        result.Version.Id.Should().Be(version);
        result.Evaluation.Receipt.RulesetId.Should().Be(version);
    }

    [Test]
    public void Run_VersionUnknownToTheEngine_IsAnErrorAtTheExpectation()
    {
        var scenario = ScenarioReader.Read("scenario.yaml", Facts + "expectations:\n  - ruleset: v7\n    match: exactly\n");

        var act = () => ExpectationCheck.Run(Engine, scenario);

        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Be("scenario.yaml:11:5: unknown ruleset version 'v7'; expected one of: v0, v1, v2");
    }

    [Test]
    public void Run_ScenarioWithoutExpectations_ChecksNothing()
    {
        ExpectationCheck.Run(Engine, ScenarioReader.Read("scenario.yaml", Facts)).Should().BeEmpty();
    }

    [Test]
    public void Report_Failure_NamesTheFileVersionAndScenarioAndShowsTheDiff()
    {
        var result = RunSingle("""
              - ruleset: v0
                findings:
                  - { obligation: alpha, subject: P2, outcome: compliant }
                  - { obligation: beta, subject: P1, outcome: breach }
            """);

        result.ToString().Should().Be("FAIL scenario.yaml [v0]");
        result.Report().Should().Be("""
            FAIL scenario.yaml [v0]: Two parties
            expectation at scenario.yaml:11:5 (ruleset v0, match at-least)
            --- expected
            +++ actual
              alpha  P2  compliant
            - beta   P1  breach
            + beta   P1  not-applicable
                # Not in force in v0: introduced by M1, in force from 2018-08-22.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static ExpectationResult RunSingle(string expectations)
    {
        var scenario = ScenarioReader.Read("scenario.yaml", Facts + "expectations:\n" + expectations, TestRulesets.Load());
        return ExpectationCheck.Run(Engine, scenario).Should().ContainSingle().Subject;
    }
}
