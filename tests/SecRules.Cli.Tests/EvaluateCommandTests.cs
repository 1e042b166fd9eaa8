using System.Text.Json;
using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;
using Snapshooter.NUnit;

namespace SecRules.Cli.Tests;

public class EvaluateCommandTests
{
    private static readonly string Seed = RepositoryPaths.Of("examples/seed-second-user-system-from-srp.yaml");
    private static readonly string EventOfDefault = RepositoryPaths.Of("examples/unremedied-response-event-of-default-risk.yaml");

    [Test]
    public void Evaluate_SeedExample_IsABreachAfterSecmp0057AndNotApplicableBeforeSecmp0044()
    {
        var after = CliRun.Of("evaluate", Seed, "--ruleset", "post-secmp0057", "--format", "json");
        var before = CliRun.Of("evaluate", Seed, "--ruleset", "pre-secmp0044", "--format", "json");

        after.ExitCode.Should().Be(0);
        OutcomeOf(after.Out, "notify-ssc-of-subsequent-user-system", "S2").Should().Be("breach");
        OutcomeOf(before.Out, "notify-ssc-of-subsequent-user-system", "S2").Should().Be("not-applicable");
    }

    [Test]
    public void Evaluate_WithoutAVersion_ShowsEveryVersionInATable()
    {
        var run = CliRun.Of("evaluate", Seed);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("== pre-secmp0044:").And.Contain("== post-secmp0044:").And.Contain("== post-secmp0057:");
        run.Out.Should().MatchRegex(@"\n  \d+ +Breach +notify-ssc-of-subsequent-user-system +user-system S2 +SECMP0057 \(clause TBC\) +READ\n");
    }

    [Test]
    public void Evaluate_AsOfDate_UsesTheVersionInForceThatDay()
    {
        var run = CliRun.Of("evaluate", Seed, "--as-of", "2019-02-27", "--format", "json");

        JsonDocument.Parse(run.Out).RootElement.GetProperty("evaluations").EnumerateArray()
            .Select(evaluation => evaluation.GetProperty("receipt").GetProperty("rulesetId").GetString())
            .Should().Equal("post-secmp0044");
    }

    [TestCase("breach", 1)]
    [TestCase("eod-risk", 0)]
    public void Evaluate_FailOn_ExitsWithOneOnlyWhenMet(string failOn, int expected)
    {
        CliRun.Of("evaluate", Seed, "--fail-on", failOn).ExitCode.Should().Be(expected);
    }

    [Test]
    public void Evaluate_FailOnEventOfDefaultRisk_ExitsWithOneWhenThereIsOne()
    {
        CliRun.Of("evaluate", EventOfDefault, "--fail-on", "eod-risk").ExitCode.Should().Be(1);
    }

    [Test]
    public void Evaluate_Json_IsIdenticalRunAfterRun()
    {
        CliRun.Of("evaluate", Seed, "--format", "json").Out.Should().Be(CliRun.Of("evaluate", Seed, "--format", "json").Out);
    }

    [Test]
    public void Evaluate_EventOfDefaultExampleAsJson_MatchesTheReviewedSnapshot()
    {
        var run = CliRun.Of("evaluate", EventOfDefault, "--format", "json");

        run.ExitCode.Should().Be(0);
        Snapshot.Match(run.Out);
    }

    private static string? OutcomeOf(string json, string obligation, string subject) =>
        JsonDocument.Parse(json).RootElement.GetProperty("evaluations")[0].GetProperty("findings").EnumerateArray()
            .Single(finding => finding.GetProperty("obligation").GetString() == obligation
                && finding.GetProperty("subject").GetProperty("id").GetString() == subject)
            .GetProperty("outcome").GetString();
}
