using SecRules.Facts;
using SecRules.Input;
using SecRules.Rulesets.Tests.Support;
using SecRules.Scenarios;

namespace SecRules.Rulesets.Tests.Versioning;

/// <summary>The forms of ruleset data the corrected rules rely on, read as a drafter would write them.</summary>
public class RulesetDataFormsTests
{
    private static string Amending(string obligation, string parameters) => $"""
        id: DRAFT-TEST
        title: A test draft
        implemented: 2026-06-25
        provenance: INFERRED
        summary: Changes one parameter.
        changes:
          - amend:
              id: {obligation}
              parameters:
        {parameters}
        """;

    [Test]
    public void UnknownValue_IsReadForAParameterThatAllowsIt()
    {
        var drafted = Drafting.Apply("post-secmp0044", Amending("inform-shared-resource-users",
            "        owed-by: { value: unknown, provenance: READ, note: not read }"));

        drafted.GetObligation("inform-shared-resource-users").Parameters.Single(parameter => parameter.Name == "owed-by").IsKnown.Should().BeFalse();
    }

    [Test]
    public void UnknownValue_IsAnErrorForAParameterThatDoesNotAllowIt()
    {
        var act = () => Drafting.Apply("post-secmp0057", Amending("notify-ssc-of-subsequent-user-system",
            "        minimum-notice: { value: unknown, provenance: INFERRED }"));

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain("'unknown' is not a period; expected a period such as");
    }

    [TestCase("        timing: { value: [{ id: fixed, rule: cycle-years, provenance: INFERRED }, { id: rolling, from: 2020-01-01, rule: rolling, provenance: READ }], provenance: READ }",
        "a rolling reading gives no 'within'")]
    [TestCase("        timing: { value: [{ id: fixed, rule: cycle-years, provenance: INFERRED }, { id: rolling, rule: rolling, within: 12 months, provenance: READ }], provenance: READ }",
        "a later reading needs a 'from' date")]
    [TestCase("        timing: { value: [{ id: fixed, rule: cycle-years, provenance: INFERRED }, { id: rolling, from: 2020-01-01, rule: rolling, within: 10 working days, provenance: READ }], provenance: READ }",
        "not a period of more than no time in days, months or years")]
    [TestCase("        timing: { value: [{ id: rolling, from: 2020-01-01, rule: rolling, within: 12 months, provenance: READ }], provenance: READ }",
        "the first reading has a 'from' date")]
    public void TimingReadings_ThatCannotBeApplied_AreErrors(string parameters, string problem)
    {
        var act = () => Drafting.Apply("post-mp091", Amending("annual-assessment-cycle", parameters));

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain(problem);
    }

    [Test]
    public void TimingReadings_ADrafterMayMoveTheRollingReading()
    {
        var drafted = Drafting.Apply("post-mp091", Amending("annual-assessment-cycle",
            "        timing: { value: [{ id: fixed, rule: cycle-years, provenance: INFERRED }, { id: rolling, from: 2030-01-01, rule: rolling, within: 12 months, provenance: INFERRED }], provenance: INFERRED }"));
        var facts = new FactSet
        {
            Parties = [Build.User(entered: "2018-01-01") with { DomesticPremises = 80_000, NonDomesticPremises = 0 }],
            Assessments =
            [
                new SecurityAssessment { Id = "A1", Subject = "P1", AssessmentKind = AssessmentKind.Full, Initial = true, Fieldwork = Build.Date("2017-12-01") },
                new SecurityAssessment { Id = "A2", Subject = "P1", AssessmentKind = AssessmentKind.Verification, Fieldwork = Build.Date("2019-06-01") },
                new SecurityAssessment { Id = "A3", Subject = "P1", AssessmentKind = AssessmentKind.Self, Fieldwork = Build.Date("2020-12-20") },
            ],
        };

        SectionG.Engine.Evaluate(facts, Build.Date("2021-03-01"), drafted).Findings.Single(finding => finding.Obligation == "annual-assessment-cycle")
            .Outcome.Should().Be(Findings.Outcome.Compliant, "with the rolling reading moved to 2030, year 3 is the cycle year 2020 to 2021");
        SectionG.Engine.Evaluate(facts, Build.Date("2021-03-01"), "post-mp091").Findings.Single(finding => finding.Obligation == "annual-assessment-cycle")
            .Outcome.Should().Be(Findings.Outcome.Breach, "under the shipped reading year 3 was due by 2020-06-01");
    }

    [Test]
    public void FormerObligationId_InAScenarioFile_ReadsAsTheCurrentObligation()
    {
        const string Scenario = """
            scenario: Former id
            evaluation-date: 2020-01-15
            parties:
              - { id: P1, name: Example, category: small-supplier, user-entry-completed: 2017-06-01 }
            assessments:
              - id: A5
                subject: P1
                kind: verification
                fieldwork: 2019-09-01
                non-compliances:
                  - { id: NC1, clause: G3.5, material: true, remedy-by: 2019-12-01 }
            panel-notices:
              - { id: PN1, party: P1, served: 2019-12-10, obligation: remedy-material-non-compliance, subject: NC1, remedy-by: 2020-01-10 }
            expectations:
              - ruleset: post-mp091
                findings:
                  - { obligation: remedy-material-non-compliance, subject: NC1, outcome: breach }
            """;

        var scenario = ScenarioReader.Read("former.yaml", Scenario, SectionG.Rulesets);

        scenario.Facts.PanelNotices.Single().Obligation.Should().Be("comply-with-g3-to-g6");
        scenario.Expectations.Single().Findings.Single().Obligation.Should().Be("comply-with-g3-to-g6");
        ExpectationCheck.Run(SectionG.Engine, scenario).Single().Passed.Should().BeTrue();
    }
}
