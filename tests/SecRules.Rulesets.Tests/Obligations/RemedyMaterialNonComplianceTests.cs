using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

[TestFixtureSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
public class RemedyMaterialNonComplianceTests(string version)
{
    private const string Obligation = "remedy-material-non-compliance";

    private static FactSet Facts(NonCompliance nonCompliance, params PanelNotice[] notices) => new()
    {
        Parties = [User()],
        UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01")],
        Assessments = [new SecurityAssessment { Id = "A5", Subject = "P1", AssessmentKind = AssessmentKind.Verification, Fieldwork = Date("2019-09-01"), Covers = ["S2"] }],
        NonCompliances = [nonCompliance],
        PanelNotices = notices,
    };

    private static NonCompliance G3(string? remedyBy = "2019-12-01", string? remedied = null, bool material = true) => new()
    {
        Id = "NC1",
        Assessment = "A5",
        Clause = "G3.5",
        Material = material,
        UserSystem = "S2",
        RemedyBy = remedyBy is null ? null : Date(remedyBy),
        Remedied = remedied is null ? null : Date(remedied),
    };

    private Finding Evaluate(NonCompliance nonCompliance, string date = "2020-01-15") =>
        Evaluation.Single(Facts(nonCompliance), date, version, Obligation, "NC1");

    [Test]
    public void UnremediedPastItsDate_IsABreachOfTheClauseItCites()
    {
        var finding = Evaluate(G3());

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Citation.Should().Be(new Citation("G3.5", version));
    }

    [Test]
    public void RemediedInTime_IsCompliant()
    {
        Evaluate(G3(remedied: "2019-11-20")).Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void RemediedLate_IsABreach()
    {
        Evaluate(G3(remedied: "2019-12-20")).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void NotMaterial_IsNotApplicable()
    {
        Evaluate(G3(material: false)).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void NoRemedyDate_IsUndetermined()
    {
        Evaluate(G3(remedyBy: null)).MissingFacts.Should().Equal("the date by which NC1 must be remedied (remedy-by)");
    }

    [Test]
    public void SecondSystemNonCompliantAndUnremediedAfterPanelNotice_IsAnEventOfDefaultRiskWithAMaterialBreach()
    {
        var notice = new PanelNotice { Id = "PN1", Party = "P1", Served = Date("2019-12-10"), Obligation = Obligation, Subject = "NC1", RemedyBy = Date("2020-01-10") };

        var risk = Evaluation.Single(Facts(G3(), notice), "2020-01-15", version, "event-of-default-risk", "P1");

        risk.Outcome.Should().Be(Outcome.EventOfDefaultRisk);
        risk.Conditions.Single(condition => condition.Condition == "The breach is material.").Status.Should().Be(ConditionStatus.Met);
        risk.Message.Should().Contain("breach of remedy-material-non-compliance (G3.5) for NC1");
    }
}
