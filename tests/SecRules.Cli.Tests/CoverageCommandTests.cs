using System.Text.Json;
using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests;

public class CoverageCommandTests
{
    private static readonly string Seed = RepositoryPaths.Of("examples/seed-second-user-system-from-srp.yaml");

    [Test]
    public void Coverage_ShippedScenarioLibrary_ReachesEveryObligationAndShowsEachInBreach()
    {
        var run = CliRun.Of("coverage", RepositoryPaths.Of("scenarios"), "--format", "json");

        run.ExitCode.Should().Be(0);
        foreach (var version in JsonDocument.Parse(run.Out).RootElement.GetProperty("versions").EnumerateArray())
        {
            var id = version.GetProperty("rulesetId").GetString();
            version.GetProperty("obligations").GetArrayLength().Should().BePositive();
            version.GetProperty("unreachedObligations").EnumerateArray().Should().BeEmpty($"every obligation in force in {id} needs a scenario that reaches it");
            version.GetProperty("unreachedClauses").EnumerateArray().Should().BeEmpty($"every clause of {id} needs a scenario");
            // G10.8 information has no deadline in any shipped version (none was read), so it cannot be
            // late; its Breach is shown under a drafter's deadline (drafts/information-within-one-month.yaml).
            version.GetProperty("obligationsWithoutBreach").EnumerateArray().Select(obligation => obligation.GetString())
                .Should().BeSubsetOf(["inform-shared-resource-users"], $"every other obligation in force in {id} that can be breached needs a Breach scenario");
        }
    }

    [Test]
    public void Coverage_OneScenario_ShowsATablePerVersionAndWhatItLeavesUnreached()
    {
        var run = CliRun.Of("coverage", Seed);

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("Coverage of 1 scenario file against the obligations in force in each version.\n")
            .And.Contain("\n== pre-secmp0044: Section G before SECMP0044 (baseline)\n")
            .And.Contain("\n== post-secmp0057: ");
        run.Out.Should().MatchRegex(@"\n   Obligations no scenario reaches: (.*, )?event-of-default-risk(, .*)?\n", "the seed has no Panel notice")
            .And.MatchRegex(@"\n   Clauses no scenario reaches: (.*, )?M8\.1\(g\)(, .*)?\n");
        run.Out.Should().MatchRegex(@"\n   notify-ssc-of-subsequent-user-system +SECMP0057 \(clause TBC\) +0 +1 +1 +0 +0\n",
            "the seed's second system is a breach and its first not applicable, in the one scenario");
    }

    [Test]
    public void Coverage_Markdown_WritesAHeadingAndATablePerVersion()
    {
        var run = CliRun.Of("coverage", Seed, "--format", "markdown");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("# Scenario coverage\n")
            .And.Contain("\n## post-secmp0044: ")
            .And.Contain("\n| obligation | clause | compliant | breach | not-applicable | undetermined | event-of-default-risk |\n|---|---|---:|---:|---:|---:|---:|\n")
            .And.Contain("\n| inform-shared-resource-users | G10.7, G10.8 | 0 | 0 | 1 | 0 | 0 |\n");
    }

    [Test]
    public void Coverage_Json_ListsTheScenariosReachingEachOutcome()
    {
        var run = CliRun.Of("coverage", Seed, "--format", "json");

        var notify = JsonDocument.Parse(run.Out).RootElement.GetProperty("versions")[2].GetProperty("obligations").EnumerateArray()
            .Single(obligation => obligation.GetProperty("obligation").GetString() == "notify-ssc-of-subsequent-user-system");
        notify.GetProperty("scenariosByOutcome").GetProperty("breach").EnumerateArray().Select(file => file.GetString()).Should().Equal(Seed);
        notify.GetProperty("hasBreach").GetBoolean().Should().BeTrue();
        run.Out.Should().Be(CliRun.Of("coverage", Seed, "--format", "json").Out, "the same files give the same JSON");
    }

    [Test]
    public void Coverage_BadScenario_ExitsWithTwoAndOneLine()
    {
        var bad = CliRun.WriteFile("bad.yaml", "scenario: Bad\nevaluation-date: 2019-13-01\n");

        var run = CliRun.Of("coverage", bad);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"{bad}:2:18: '2019-13-01' is not a valid date; expected the evaluation date as YYYY-MM-DD\n");
    }

    [Test]
    public void Coverage_UnknownFormat_ExitsWithTwo()
    {
        CliRun.Of("coverage", Seed, "--format", "html").ExitCode.Should().Be(2);
    }
}
