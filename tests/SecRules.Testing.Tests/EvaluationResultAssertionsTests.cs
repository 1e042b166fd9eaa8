using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets;
using SecRules.Scenarios;
using SecRules.Testing;
using SecRules.Tests.Shared;

namespace SecRules.Testing.Tests;

public class EvaluationResultAssertionsTests
{
    // The seed's case, and an assessment Response missed and left unremedied after a Panel notice.
    private static readonly Scenario Scenario = ScenarioReader.Read("assertions.yaml", ScenarioTexts.SecondSystemWithoutNotice + """
        assessments:
          - id: A1
            subject: P1
            kind: verification
            report-issued: 2019-01-10
            response-due: 2019-02-11
        panel-notices:
          - id: PN1
            party: P1
            served: 2019-03-01
            obligation: assessment-response-by-ssc-date
            subject: A1
            remedy-by: 2019-04-01
        """, SectionG.Rulesets);

    private const string Notify = "notify-ssc-of-subsequent-user-system";

    private static EvaluationResult Evaluate(string version) =>
        SectionG.Engine.Evaluate(Scenario.Facts, Scenario.EvaluationDate, version);

    [Test]
    public void HaveBreachOf_BreachFound_PassesAndGivesTheFinding()
    {
        var finding = Evaluate("post-secmp0057").Should().HaveBreachOf(Notify, forSubject: "S2").Which;

        finding.Subject.Id.Should().Be("S2");
        finding.Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void HaveBreachOf_AnotherOutcome_FailsNamingTheVersionAndWhatWasFound()
    {
        var act = () => Evaluate("pre-secmp0044").Should().HaveBreachOf(Notify, forSubject: "S2", "the seed says so");

        act.Should().Throw<AssertionException>().WithMessage(
            "Expected result under \"pre-secmp0044\" to have a \"breach\" finding of \"notify-ssc-of-subsequent-user-system\" for \"S2\" because the seed says so, "
            + "but found \"notify-ssc-of-subsequent-user-system S2 not-applicable: Not in force in pre-secmp0044: introduced by SECMP0057, in force from 2019-02-28.\".");
    }

    [Test]
    public void HaveOutcome_NoFindingForTheSubject_FailsSayingSo()
    {
        var act = () => Evaluate("post-secmp0057").Should().HaveOutcome(Outcome.Compliant, Notify, forSubject: "A1");

        act.Should().Throw<AssertionException>().WithMessage("*to have a \"compliant\" finding of *, but found \"no finding of it for A1\".");
    }

    [Test]
    public void HaveOutcome_OutcomeFound_Passes()
    {
        var act = () => Evaluate("post-secmp0057").Should().HaveOutcome(Outcome.NotApplicable, Notify, forSubject: "S1");

        act.Should().NotThrow();
    }

    [Test]
    public void HaveEventOfDefaultRiskFor_RiskFound_GivesTheFindingWithItsConditions()
    {
        var risk = Evaluate("pre-secmp0044").Should().HaveEventOfDefaultRiskFor("P1").Which;

        risk.Conditions.Should().NotBeEmpty();
        risk.RequiresPanelDetermination.Should().BeTrue();
    }

    [Test]
    public void HaveEventOfDefaultRiskFor_PartyWithoutRisk_Fails()
    {
        var facts = Scenario.Facts with { PanelNotices = [] };
        var result = SectionG.Engine.Evaluate(facts, Scenario.EvaluationDate, "pre-secmp0044");

        var act = () => result.Should().HaveEventOfDefaultRiskFor("P1");

        act.Should().Throw<AssertionException>().WithMessage("Expected result under \"pre-secmp0044\" to have an Event of Default risk for \"P1\", but found *.");
    }

    [Test]
    public void NotHaveFinding_FindingPresent_FailsNamingIt()
    {
        var act = () => Evaluate("post-secmp0057").Should().NotHaveFinding(Notify, forSubject: "S2");

        act.Should().Throw<AssertionException>().WithMessage(
            "Expected result under \"post-secmp0057\" to have no finding of \"notify-ssc-of-subsequent-user-system\" for \"S2\", but found \"notify-ssc-of-subsequent-user-system S2 breach: *\".");
    }

    [Test]
    public void NotHaveFinding_OutcomePresent_FailsNamingTheOutcome()
    {
        var act = () => Evaluate("pre-secmp0044").Should().NotHaveFinding(Notify, forSubject: "S2", Outcome.NotApplicable);

        act.Should().Throw<AssertionException>().WithMessage("*to have no \"not-applicable\" finding of \"notify-ssc-of-subsequent-user-system\" for \"S2\", but found *");
    }

    [Test]
    public void NotHaveFinding_OnlyAnotherOutcomePresent_Passes()
    {
        var act = () => Evaluate("pre-secmp0044").Should().NotHaveFinding(Notify, forSubject: "S2", Outcome.Breach);

        act.Should().NotThrow();
    }

    [Test]
    public void HaveNoBreach_BreachesPresent_FailsListingThem()
    {
        var act = () => Evaluate("post-secmp0057").Should().HaveNoBreach();

        act.Should().Throw<AssertionException>().Which.Message.Should()
            .StartWith("Expected result under \"post-secmp0057\" to have no breach and no Event of Default risk, but found ")
            .And.Contain("assessment-response-by-ssc-date A1 breach: ")
            .And.Contain("notify-ssc-of-subsequent-user-system S2 breach: ")
            .And.Contain("event-of-default-risk P1 event-of-default-risk: ");
    }

    [Test]
    public void HaveNoBreach_NoFindings_Passes()
    {
        var result = SectionG.Engine.Evaluate(FactSet.Empty, Scenario.EvaluationDate, "post-secmp0057");

        var act = () => result.Should().HaveNoBreach();

        act.Should().NotThrow();
    }
}
