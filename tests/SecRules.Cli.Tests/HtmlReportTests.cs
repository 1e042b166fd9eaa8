using System.Text.Json;
using SecRules.Cli.Tests.Support;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests;

public class HtmlReportTests
{
    private static readonly string Seed = RepositoryPaths.Of("examples/seed-second-user-system-from-srp.yaml");
    private static readonly string EventOfDefault = RepositoryPaths.Of("examples/unremedied-response-event-of-default-risk.yaml");
    private static readonly string Examples = RepositoryPaths.Of("examples");

    [Test]
    public void Evaluate_Html_IsOneSelfContainedDocumentWithTheGridFindingsAndTimelines()
    {
        var run = CliRun.Of("evaluate", Seed, "--format", "html");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("<!DOCTYPE html>\n");
        var document = HtmlReport.Parse(run.Out);
        HtmlReport.ShouldBeSelfContained(document);
        document.Title.Should().Be("SecRules: Seed case, a second User System from a Shared Resource Provider without notice");
        document.QuerySelectorAll("section#answer table.grid thead th").Select(cell => cell.TextContent)
            .Should().Equal("subject / obligation", "pre-secmp0044", "post-secmp0044", "post-secmp0057", "post-mp091");
        document.QuerySelector("tr[data-subject='user-system S2'][data-obligation='notify-ssc-of-subsequent-user-system']")!
            .QuerySelectorAll("td").Skip(1).Select(cell => cell.TextContent).Should().Equal("not in force", "not in force", "breach", "breach");
        document.QuerySelector("section#answer")!.TextContent.Should().Contain("Not yet in force on 2019-06-30").And.Contain("The version in force on 2019-06-30.");

        var timeline = document.QuerySelector("figure.user-timeline[data-party='P1']")!;
        timeline.QuerySelector("svg").Should().NotBeNull();
        timeline.QuerySelectorAll("svg line.version").Should().HaveCount(3, "three versions took effect after the baseline");
        timeline.QuerySelectorAll("svg line.evaluation").Should().ContainSingle();
        timeline.QuerySelectorAll("table.events tr").Select(row => row.TextContent).Should()
            .Contain(row => row.Contains("2019-05-01") && row.Contains("S2 first used"))
            .And.Contain(row => row.Contains("2019-02-28") && row.Contains("post-secmp0057 in force"));
        timeline.QuerySelectorAll("table.events tr.deadline").Should().NotBeEmpty("Response due dates are deadlines");
        timeline.QuerySelectorAll("svg g.deadline").Should().HaveSameCount(timeline.QuerySelectorAll("table.events tr.deadline"));
    }

    [TestCase("examples/seed-second-user-system-from-srp.yaml")]
    [TestCase("examples/unremedied-response-event-of-default-risk.yaml")]
    [TestCase("scenarios/domain-notes/13-provider-deficiency-and-a-later-joiner.yaml")]
    public void Evaluate_Html_HasEveryFindingOfTheJsonWithItsMessageAndCitation(string file)
    {
        var path = RepositoryPaths.Of(file);
        var document = HtmlReport.Parse(CliRun.Of("evaluate", path, "--format", "html").Out);
        var evaluations = JsonDocument.Parse(CliRun.Of("evaluate", path, "--format", "json").Out).RootElement.GetProperty("evaluations").EnumerateArray().ToList();

        var items = document.QuerySelectorAll("li.finding");
        items.Should().HaveCount(evaluations.Sum(evaluation => evaluation.GetProperty("findings").GetArrayLength()));
        var index = 0;
        foreach (var finding in evaluations.SelectMany(evaluation => evaluation.GetProperty("findings").EnumerateArray()))
        {
            var item = items[index++];
            var subject = finding.GetProperty("subject");
            item.GetAttribute("data-obligation").Should().Be(finding.GetProperty("obligation").GetString());
            item.GetAttribute("data-subject").Should().Be($"{subject.GetProperty("kind").GetString()} {subject.GetProperty("id").GetString()}");
            item.GetAttribute("data-outcome").Should().Be(finding.GetProperty("outcome").GetString());
            item.GetAttribute("data-version").Should().Be(finding.GetProperty("citation").GetProperty("rulesetVersion").GetString());
            item.QuerySelector("p.message")!.TextContent.Should().Be(finding.GetProperty("message").GetString());
            item.QuerySelector("p.citation")!.TextContent.Should().Contain(finding.GetProperty("citation").GetProperty("clause").GetString());
            item.QuerySelectorAll("li.condition").Select(condition => condition.GetAttribute("data-status"))
                .Should().Equal(finding.GetProperty("conditions").EnumerateArray().Select(condition => condition.GetProperty("status").GetString()));
        }
    }

    [Test]
    public void Evaluate_Html_MarksEachConditionByItsStatusWhateverTheStatusesAre()
    {
        var document = HtmlReport.Parse(CliRun.Of("evaluate", EventOfDefault, "--format", "html").Out);

        var known = Enum.GetValues<ConditionStatus>().Select(status => EnumText.Of(status)).ToList();
        var conditions = document.QuerySelectorAll("li.finding[data-outcome='event-of-default-risk'] li.condition");
        conditions.Should().NotBeEmpty();
        conditions.Should().OnlyContain(condition => known.Contains(condition.GetAttribute("data-status")!)
            && condition.ClassList.Contains($"status-{condition.GetAttribute("data-status")}"));
    }

    [Test]
    public void Evaluate_Html_EscapesEverythingReadFromTheScenario()
    {
        const string Name = "<script>alert('name')</script> & \"quoted\" <b>bold</b>";
        const string Party = "<img src=\"https://example.com/track.png\"> Energy & Co";
        var text = ScenarioTexts.SecondSystemWithoutNotice
            .Replace("scenario: Second User System without notice", $"scenario: '{Name.Replace("'", "''", StringComparison.Ordinal)}'", StringComparison.Ordinal)
            .Replace("name: Example Energy", $"name: '{Party}'", StringComparison.Ordinal);
        var path = CliRun.WriteFile("hostile.yaml", text);

        var run = CliRun.Of("evaluate", path, "--format", "html");

        run.ExitCode.Should().Be(0, run.Error);
        var document = HtmlReport.Parse(run.Out);
        HtmlReport.ShouldBeSelfContained(document);
        document.QuerySelectorAll("b").Should().BeEmpty();
        document.Title.Should().Be($"SecRules: {Name}");
        document.QuerySelector("h1")!.TextContent.Should().Be(Name);
        document.QuerySelector("figure.user-timeline h3")!.TextContent.Should().Contain(Party);
    }

    [Test]
    public void Diff_Html_ShowsWhoIsAffectedAsATableAndAChartAndEveryChange()
    {
        var run = CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples, "--format", "html");

        run.ExitCode.Should().Be(0);
        var document = HtmlReport.Parse(run.Out);
        HtmlReport.ShouldBeSelfContained(document);
        var who = document.QuerySelector("section#who")!;
        who.QuerySelectorAll("table.affected tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToList())
            .Should().ContainEquivalentOf(new[] { "small supplier", "2", "2", "100.0%" });
        who.QuerySelectorAll("svg.chart g.bar").Should().HaveSameCount(who.QuerySelectorAll("table.affected tbody tr"));
        var changes = JsonDocument.Parse(CliRun.Of("diff", "--from", "post-secmp0044", "--to", "post-secmp0057", Examples, "--format", "json").Out).RootElement
            .GetProperty("scenarios").EnumerateArray().SelectMany(scenario => scenario.GetProperty("changes").EnumerateArray())
            .Select(change => $"{change.GetProperty("obligation").GetString()} {change.GetProperty("subject").GetProperty("kind").GetString()} {change.GetProperty("subject").GetProperty("id").GetString()}");
        document.QuerySelectorAll("section#scenarios tr.change").Select(row => $"{row.GetAttribute("data-obligation")} {row.GetAttribute("data-subject")}")
            .Should().Equal(changes);
        document.QuerySelectorAll("section#scenarios p.after").Select(side => side.TextContent).Should().OnlyContain(side => side.Contains("[post-secmp0057]"));
    }

    [Test]
    public void Explore_Html_ShowsWhoIsAffectedAsATableAndAChartAndEveryClass()
    {
        var run = CliRun.Of("explore", "--from", "post-secmp0044", "--to", "post-secmp0057", "--limit", "400", "--format", "html");

        run.ExitCode.Should().Be(0);
        var document = HtmlReport.Parse(run.Out);
        HtmlReport.ShouldBeSelfContained(document);
        var classes = JsonDocument.Parse(CliRun.Of("explore", "--from", "post-secmp0044", "--to", "post-secmp0057", "--limit", "400", "--format", "json").Out).RootElement
            .GetProperty("classes").EnumerateArray().Select(found => found.GetProperty("obligation").GetString()).ToList();
        classes.Should().NotBeEmpty();
        document.QuerySelectorAll("section.difference-class").Select(section => section.GetAttribute("data-obligation")).Should().Equal(classes);
        var who = document.QuerySelector("section#who")!;
        who.QuerySelectorAll("table.affected tbody tr").Should().NotBeEmpty();
        who.QuerySelectorAll("svg.chart g.bar").Should().HaveSameCount(who.QuerySelectorAll("table.affected tbody tr"));
        who.QuerySelectorAll("table.who tbody tr").Should().HaveCount(classes.Count);
        document.QuerySelectorAll("section.difference-class figure.user-timeline svg").Should().HaveCount(classes.Count);
    }
}
