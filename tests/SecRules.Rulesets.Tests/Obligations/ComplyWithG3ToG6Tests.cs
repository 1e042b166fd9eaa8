using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

[TestFixtureSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
public class ComplyWithG3ToG6Tests(string version)
{
    private const string Obligation = "comply-with-g3-to-g6";

    private static FactSet Facts(NonCompliance nonCompliance, SecurityAssessment? assessment = null, params PanelNotice[] notices) => new()
    {
        Parties = [User()],
        UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01")],
        Assessments = [assessment ?? Verification()],
        NonCompliances = [nonCompliance],
        PanelNotices = notices,
    };

    private static SecurityAssessment Verification(string? fieldwork = "2019-09-01", string? report = null) => new()
    {
        Id = "A5",
        Subject = "P1",
        AssessmentKind = AssessmentKind.Verification,
        Fieldwork = fieldwork is null ? null : Date(fieldwork),
        ReportIssued = report is null ? null : Date(report),
        Covers = ["S2"],
    };

    internal static NonCompliance G3(string? remedyBy = "2019-12-01", string? remedied = null, bool? material = true) => new()
    {
        Id = "NC1",
        Assessment = "A5",
        Clause = "G3.5",
        Material = material,
        UserSystem = "S2",
        RemedyBy = remedyBy is null ? null : Date(remedyBy),
        Remedied = remedied is null ? null : Date(remedied),
    };

    private Finding Evaluate(NonCompliance nonCompliance, SecurityAssessment? assessment = null, string date = "2020-01-15") =>
        Evaluation.Single(Facts(nonCompliance, assessment), date, version, Obligation, "NC1");

    [Test]
    public void Unremedied_IsABreachOfTheClauseItCites()
    {
        var finding = Evaluate(G3());

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Citation.Should().Be(new Citation("G3.5", version));
        finding.Remedied.Should().BeNull();
        finding.Message.Should().Be("Non-compliance NC1 with G3.5 in S2, found by A5: a breach of G3.5 from at least 2019-09-01, and still unremedied at the evaluation date, on the evidence of A5. The assessment found it material.");
    }

    [Test]
    public void RemediedInTime_IsStillABreachForTheTimeItLasted()
    {
        var finding = Evaluate(G3(remedied: "2019-11-20"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Remedied.Should().Be(Date("2019-11-20"));
        finding.Message.Should().Contain("from at least 2019-09-01 until it was remedied on 2019-11-20");
    }

    [Test]
    public void RemedyAfterTheEvaluationDate_HasNotHappenedYet()
    {
        var finding = Evaluate(G3(remedied: "2020-02-01"));

        finding.Remedied.Should().BeNull();
        finding.Message.Should().Contain("still unremedied at the evaluation date");
    }

    [TestCase(false, "The assessment found it not material, which bears only on an Event of Default.")]
    [TestCase(null, "The facts do not say whether the assessment found it material.")]
    public void WhateverItsMateriality_IsABreach(bool? material, string says)
    {
        var finding = Evaluate(G3(material: material));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().EndWith(says);
    }

    [Test]
    public void FoundAfterTheEvaluationDate_IsNotApplicable()
    {
        Evaluate(G3(), date: "2019-08-31").Outcome.Should().Be(Outcome.NotApplicable);
        Evaluate(G3(), date: "2019-09-01").Outcome.Should().Be(Outcome.Breach, "the fieldwork day itself is when it was found");
    }

    [Test]
    public void WithoutFieldwork_TheReportDateDates_It()
    {
        Evaluate(G3(), Verification(fieldwork: null, report: "2019-10-01")).Message.Should().Contain("from at least 2019-10-01");
    }

    [Test]
    public void WithNeitherFieldworkNorReportDate_IsUndeterminedNamingThem()
    {
        var finding = Evaluate(G3(), Verification(fieldwork: null));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the fieldwork date of A5 (fieldwork) or the date its report was issued (report-issued)");
        finding.Citation.Clause.Should().Be("G3.5");
    }

    [Test]
    public void SecondSystemNonCompliantAndUnremediedAfterPanelNotice_IsAnEventOfDefaultRiskWithAMaterialBreach()
    {
        var notice = new PanelNotice { Id = "PN1", Party = "P1", Served = Date("2019-12-10"), Obligation = Obligation, Subject = "NC1", RemedyBy = Date("2020-01-10") };

        var risk = Evaluation.Single(Facts(G3(), notices: notice), "2020-01-15", version, "event-of-default-risk", "P1");

        risk.Outcome.Should().Be(Outcome.EventOfDefaultRisk);
        risk.Conditions.Single(condition => condition.Condition == "The breach is material.").Status.Should().Be(ConditionStatus.Assumed);
        risk.Message.Should().Contain("the breach of comply-with-g3-to-g6 for NC1 (G3.5)");
    }

    [Test]
    public void RemediedBeforeThePanelNoticeDate_AsTheNonComplianceRecords_IsNoRisk()
    {
        var notice = new PanelNotice { Id = "PN1", Party = "P1", Served = Date("2019-12-10"), Obligation = Obligation, Subject = "NC1", RemedyBy = Date("2020-01-10") };

        var finding = Evaluation.Single(Facts(G3(remedied: "2020-01-05"), notices: notice), "2020-01-15", version, "event-of-default-risk", "P1");

        finding.Outcome.Should().Be(Outcome.Compliant, "the non-compliance records its remedy by the notice's date, though the notice records none");
    }
}
