using FluentAssertions;
using NUnit.Framework;
using SecRules.Findings;
using SecRules.Rulesets;
using SecRules.Scenarios;
using SecRules.Testing;

namespace SecRules.Analyst.Sample.Tests;

/// <summary>Questions about one scenario that its expectations do not ask, answered with fluent assertions.</summary>
public class NewPlatformTests
{
    private const string Notify = "notify-ssc-of-subsequent-user-system";

    // Found beside the project, as the fixture finds its folder.
    private static readonly Scenario Scenario = TestFiles.ReadScenario("scenarios/new-platform-without-notice.yaml");

    [Test]
    public void NewPlatform_AfterSecmp0057_IsABreachCitingTheModification()
    {
        var result = SectionG.Engine.Evaluate(Scenario.Facts, Scenario.EvaluationDate, "post-secmp0057");

        result.Should().HaveBreachOf(Notify, forSubject: "NW-2")
            .Which.Should().CiteClause("SECMP0057 (clause TBC)");
    }

    [Test]
    public void NewPlatform_BeforeSecmp0057_IsNoBreachAndNoRisk()
    {
        var result = SectionG.Engine.Evaluate(Scenario.Facts, Scenario.EvaluationDate, "post-secmp0044");

        result.Should().NotHaveFinding(Notify, forSubject: "NW-2", Outcome.Breach, "the duty did not exist before the February 2019 release")
            .And.NotHaveFinding("event-of-default-risk", forSubject: "NW");
    }
}
