using System.Text.Json;
using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;
using Snapshooter.NUnit;

namespace SecRules.Cli.Tests;

public class DiffCommandTests
{
    private static readonly string Examples = RepositoryPaths.Of("examples");
    private static readonly string LargeSuppliersOnly = RepositoryPaths.Of("drafts/notification-large-suppliers-only.yaml");

    [Test]
    public void Diff_Secmp0044ToSecmp0057OverTheExamples_ReportsTheNotificationDutyAndTheSscsSayOnReliance()
    {
        var run = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples, "--format", "json");

        run.ExitCode.Should().Be(0);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var changes = root.GetProperty("scenarios").EnumerateArray().SelectMany(scenario => scenario.GetProperty("changes").EnumerateArray()).ToList();
        changes.Should().NotBeEmpty();
        changes.Select(change => change.GetProperty("obligation").GetString()).Distinct().Should().BeEquivalentTo(
            "notify-ssc-of-subsequent-user-system", "rely-on-shared-resource-assessment");
        changes.Select(change => change.GetProperty("before").GetProperty("citation").GetProperty("rulesetVersion").GetString()).Should().OnlyContain(version => version == "post-secmp0044");
        changes.Select(change => change.GetProperty("after").GetProperty("citation").GetProperty("rulesetVersion").GetString()).Should().OnlyContain(version => version == "post-secmp0057");
        root.GetProperty("text").GetProperty("modificationsAdded").EnumerateArray().Select(modification => modification.GetProperty("id").GetString()).Should().Equal("SECMP0057", "SECMP0059");
    }

    [Test]
    public void Diff_Secmp0044ToSecmp0057AsText_ShowsEachChangeWithBothCitations()
    {
        var run = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples);

        run.ExitCode.Should().Be(0);
        run.Out.Should().MatchRegex(@"\n  1  outcome-changed  notify-ssc-of-subsequent-user-system  user-system S2  not-applicable  breach\n");
        run.Out.Should().Contain("before: not-applicable, citing SECMP0057 (clause TBC) [post-secmp0044]")
            .And.Contain("after:  breach, citing SECMP0057 (clause TBC) [post-secmp0057]");
        run.Out.Should().MatchRegex(@"\n  notify-ssc-of-subsequent-user-system +2 +0 +0 +2 +");
    }

    [Test]
    public void Diff_MultiLineParameter_ShowsTheRowsThatChangeNotBothValuesWhole()
    {
        var text = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057").Out;
        var markdown = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", "--format", "markdown").Out;

        text.Should().Contain("\n    parameter schedule, the rows that change (- post-secmp0044, + post-secmp0057):\n")
            .And.Contain("\n      - other-user: full / self / self [INFERRED]")
            .And.Contain("\n      + other-user: full / verification / self [INFERRED]")
            .And.Contain("\n        (1 row the same)\n")
            .And.NotContain("post-secmp0044: large-supplier/small-supplier", "the schedule is not shown whole");
        markdown.Should().Contain("| parameter schedule | the rows that change are below | the rows that change are below |\n")
            .And.Contain("`parameter schedule`: the rows that change (`-` `post-secmp0044`, `+` `post-secmp0057`):\n\n```diff\n- ");
    }

    [Test]
    public void Diff_VersionAgainstItself_ReportsNoDifferenceAndDoesNotFail()
    {
        var run = CliRun.Of("diff", "--from", "post-secmp0057", "--to", "post-secmp0057", Examples, "--fail-on-difference");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("No difference: the text of every obligation and the outcome of every finding in 3 scenarios are the same.");
    }

    [Test]
    public void Diff_FailOnDifferenceWhenThereIsOne_ExitsWithOne()
    {
        CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples, "--fail-on-difference").ExitCode.Should().Be(1);
    }

    [Test]
    public void Diff_WithADraftAndNoVersions_ComparesTheLatestVersionWithItsDraft()
    {
        var run = CliRun.Of("diff", "--with", LargeSuppliersOnly, Examples, "--format", "json");

        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("from").GetProperty("rulesetId").GetString().Should().Be("post-mp091");
        root.GetProperty("to").GetProperty("rulesetId").GetString().Should().Be("post-mp091+DRAFT-LARGE-SUPPLIERS-ONLY");
        root.GetProperty("summary").EnumerateArray().Single(summary => summary.GetProperty("obligation").GetString() == "notify-ssc-of-subsequent-user-system")
            .GetProperty("transitions").EnumerateArray()
            .Select(transition => transition.GetProperty("after").GetString()).Should().OnlyContain(outcome => outcome == "not-applicable");
    }

    [Test]
    public void Diff_VersionsByDate_ResolveToTheVersionsInForce()
    {
        var root = JsonDocument.Parse(CliRun.Of("diff", "--from", "2019-01-01", "--to", "2019-06-01", "--format", "json").Out).RootElement;

        root.GetProperty("from").GetProperty("rulesetId").GetString().Should().Be("post-secmp0044");
        root.GetProperty("to").GetProperty("rulesetId").GetString().Should().Be("post-secmp0057");
        root.GetProperty("scenarios").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void Diff_Markdown_IsAReportWithTheTextAndTheFindings()
    {
        var run = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples, "--format", "markdown");

        run.Out.Should().StartWith("# What changes from `post-secmp0044` to `post-secmp0057`\n")
            .And.Contain("\n## What changes in the text\n")
            .And.Contain("\n| status | not yet in force: introduced by SECMP0057, in force from 2019-02-28 | in force |\n")
            .And.Contain("\n## What changes in the findings\n")
            .And.Contain("| `notify-ssc-of-subsequent-user-system` | 2 | 0 | 0 | 2 |");
    }

    [Test]
    public void Diff_Json_IsIdenticalRunAfterRunAndMatchesTheReviewedSnapshot()
    {
        var first = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples, "--format", "json").Out;
        var second = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples, "--format", "json").Out;

        second.Should().Be(first);
        Snapshot.Match(first.Replace(RepositoryPaths.Root, "<repository>", StringComparison.Ordinal));
    }

    [TestCase(new[] { "--from", "post-secmp0099" }, "secrules: unknown ruleset version 'post-secmp0099' for --from; expected one of: pre-secmp0044, ")]
    [TestCase(new[] { "--to", "2019-02-30" }, "secrules: '2019-02-30' is not a valid date for --to; expected YYYY-MM-DD")]
    [TestCase(new[] { "no/such/folder" }, "no/such/folder:1:1: file not found; expected a scenario file or a folder of scenario files (*.yaml or *.yml)")]
    [TestCase(new[] { "--format", "pdf" }, "secrules: Argument 'pdf' not recognized. Must be one of:")]
    public void Diff_BadUsage_ExitsWithTwo(string[] arguments, string expected)
    {
        var run = CliRun.Of(["diff", .. arguments]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(expected);
        run.Out.Should().BeEmpty();
    }
}
