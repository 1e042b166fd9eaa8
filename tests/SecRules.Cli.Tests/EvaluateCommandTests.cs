using System.Text.Json;
using SecRules.Cli.Terminal;
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
    public void Evaluate_WithoutAVersion_ShowsEveryVersionInDetail()
    {
        var run = CliRun.Of("evaluate", Seed);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("\n== pre-secmp0044:").And.Contain("\n== post-secmp0044:").And.Contain("\n== post-secmp0057:");
        run.Out.Should().MatchRegex(@"\n  \d+\. Breach: notify-ssc-of-subsequent-user-system for user-system S2\n +citing SECMP0057 \(clause TBC\) \[post-secmp0057\], READ\n");
    }

    [Test]
    public void Evaluate_WithoutAVersion_AnswersFirstWithAGridOfEachSubjectsOutcomeByVersion()
    {
        var run = CliRun.Of("evaluate", Seed);

        var grid = run.Out[..run.Out.IndexOf("\n== ", StringComparison.Ordinal)];
        grid.Should().Contain("\n  [1] pre-secmp0044   baseline\n")
            .And.Contain("\n  [3] post-secmp0057  in force from 2019-02-28: the version in force on 2019-06-30\n");
        grid.Should().MatchRegex(@"\nSUBJECT / OBLIGATION +\[1\] +\[2\] +\[3\] +\[4\]\n");
        grid.Should().MatchRegex(@"\nuser-system S2\n  notify-ssc-of-subsequent-user-system +not in force +not in force +breach +breach\n",
            "S2 is owed no notification before SECMP0057 and is a breach from it on");
        grid.Should().NotContain("\u001b", "output that is not a terminal gets no colour");
    }

    [Test]
    public void Evaluate_VersionLaterThanTheEvaluationDate_SaysPlainlyItWasNotYetInForce()
    {
        var run = CliRun.Of("evaluate", Seed);

        run.Out.Should().Contain("\n  [4] post-mp091      in force from 2020-02-27: not yet in force on 2019-06-30, shown as if it were\n");
        run.Out.Should().MatchRegex(@"\n== post-mp091: [^\n]*\n(   [^\n]*\n)*   Not yet in force on 2019-06-30: these findings read the facts as if this text had applied then\.\n");
        run.Out.Should().NotContain("Not yet in force on 2019-06-30: these findings read the facts as if this text had applied then.\n   10 findings: 5 compliant, 5 not applicable",
            "pre-secmp0044 was in force before the evaluation date");
    }

    [Test]
    public void Evaluate_EveryShippedScenario_FitsOneHundredColumns()
    {
        var files = Directory.GetFiles(RepositoryPaths.Of("scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Of("examples"), "*.yaml"));

        foreach (var file in files)
        {
            var run = CliRun.Of("evaluate", file);

            run.ExitCode.Should().Be(0, file);
            run.Out.Split('\n').Where(line => !line.StartsWith("File:", StringComparison.Ordinal))
                .Should().OnlyContain(line => line.Length <= 100, $"every line of the report on {file} fits a terminal of 100 columns");
        }
    }

    [Test]
    public void Evaluate_OnATerminalWithColour_MarksBreachAndEventOfDefaultRiskOnly()
    {
        var run = CliRun.OnTerminal("evaluate", EventOfDefault);

        run.Out.Should().MatchRegex("\n  assessment-response-by-ssc-date( +compliant){4}\n", "a compliant cell is not marked")
            .And.Contain("\u001b[31mbreach\u001b[0m")
            .And.Contain("\u001b[1;35mEoD risk\u001b[0m")
            .And.Contain("\u001b[31mBreach\u001b[0m: assessment-response-by-ssc-date for assessment A10")
            .And.Contain("\u001b[1;35mEventOfDefaultRisk\u001b[0m: event-of-default-risk for party P2");
    }

    [TestCase(null, null, false, true, TestName = "Colour_OnATerminal_IsShown")]
    [TestCase("1", null, false, false, TestName = "Colour_NoColorSet_IsNotShown")]
    [TestCase("", null, false, true, TestName = "Colour_NoColorEmpty_IsShown")]
    [TestCase(null, "dumb", false, false, TestName = "Colour_DumbTerminal_IsNotShown")]
    [TestCase(null, null, true, false, TestName = "Colour_OutputRedirected_IsNotShown")]
    public void Colour_DependsOnTheTerminalAndNoColor(string? noColor, string? term, bool redirected, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };

        TerminalCapabilities.Of(name => environment.GetValueOrDefault(name), redirected, errorRedirected: true).Colour.Should().Be(expected);
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
