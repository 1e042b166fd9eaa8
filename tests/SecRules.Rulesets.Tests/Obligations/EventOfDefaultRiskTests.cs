using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

[TestFixtureSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
public class EventOfDefaultRiskTests(string version)
{
    private const string Obligation = "event-of-default-risk";

    private static readonly Party Party = User();

    private static readonly SecurityAssessment MissedResponse = new()
    {
        Id = "A1",
        Subject = "P1",
        AssessmentKind = AssessmentKind.Verification,
        ReportIssued = Date("2019-03-01"),
        ResponseDue = Date("2019-04-01"),
    };

    private static readonly PanelNotice Notice = new()
    {
        Id = "PN1",
        Party = "P1",
        Served = Date("2019-06-03"),
        Obligation = "assessment-response-by-ssc-date",
        Subject = "A1",
        RemedyBy = Date("2019-07-01"),
    };

    private static FactSet Facts(PanelNotice notice, SecurityAssessment? assessment = null) =>
        new() { Parties = [Party], Assessments = [assessment ?? MissedResponse], PanelNotices = [notice] };

    private Finding Evaluate(FactSet facts, string date = "2019-09-30") => Evaluation.Single(facts, date, version, Obligation, "P1");

    [Test]
    public void BreachUnremediedPastThePanelNotice_IsAnEventOfDefaultRisk_WithTheInferredMaterialityAssumed()
    {
        var finding = Evaluate(Facts(Notice));

        finding.Outcome.Should().Be(Outcome.EventOfDefaultRisk);
        finding.RequiresPanelDetermination.Should().BeTrue();
        finding.Citation.Clause.Should().Be("M8.1(g)");
        finding.Facts.Select(fact => fact.Id).Should().Equal("P1", "PN1", "A1");
        finding.Conditions.Select(condition => (condition.Condition, condition.Status)).Should().Equal(
            ("The breach is not covered by another limb of M8.1 (a) to (f).", ConditionStatus.Met),
            ("assessment-response-by-ssc-date (G8.24) is a material obligation under the Code.", ConditionStatus.Assumed),
            ("The breach is material.", ConditionStatus.Unknown),
            ("The Panel gave notice requiring the breach to be remedied.", ConditionStatus.Met),
            ("The breach was not remedied by the remedy date.", ConditionStatus.Met));
        finding.Conditions[1].Basis.Should().StartWith("The ruleset marks it material (INFERRED: ").And.EndWith("Whether an obligation is material is the Panel's judgement.");
        finding.Message.Should().Contain("the Panel's judgement").And.NotContainEquivalentOf("event of default occurred");
    }

    [Test]
    public void MaterialityReadFromASource_IsMet()
    {
        var drafted = Drafting.Apply(version, """
            id: DRAFT-MATERIAL
            title: The Response duty read as material
            implemented: 2019-06-01
            provenance: READ
            source: test
            summary: Marks the Response duty material on a read source.
            changes:
              - amend:
                  id: assessment-response-by-ssc-date
                  material: { value: true, provenance: READ, source: test }
            """);

        var finding = SectionG.Engine.Evaluate(Facts(Notice), Date("2019-09-30"), drafted).Findings.Single(found => found.Obligation == Obligation);

        finding.Conditions[1].Status.Should().Be(ConditionStatus.Met);
        finding.Conditions[1].Basis.Should().StartWith("The ruleset marks it material (READ test).");
    }

    [Test]
    public void RemediedByTheNoticeDate_IsCompliant()
    {
        Evaluate(Facts(Notice with { Remedied = Date("2019-06-20") })).Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void RemediedLateOnTheEvaluationDate_IsARiskThatRecordsTheRemedy()
    {
        var finding = Evaluate(Facts(Notice with { Remedied = Date("2019-09-30") }));

        finding.Outcome.Should().Be(Outcome.EventOfDefaultRisk);
        finding.Conditions[^1].Basis.Should().Be("P1 remedied it on 2019-09-30 (as the notice records), after 2019-07-01.");
    }

    [Test]
    public void RemediedOnTheNoticeDateItself_IsCompliant()
    {
        Evaluate(Facts(Notice with { Remedied = Date("2019-07-01") })).Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void RemedyRecordedOnTheBreachedFactByTheNoticeDate_IsCompliant()
    {
        var finding = Evaluate(Facts(Notice, MissedResponse with { ResponseSubmitted = Date("2019-06-25") }));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().Contain("remedied the breach of assessment-response-by-ssc-date for A1 on 2019-06-25 (as the facts of A1 record)");
    }

    [Test]
    public void RemedyRecordedOnTheBreachedFactAfterTheNoticeDate_IsARiskSayingSo()
    {
        var finding = Evaluate(Facts(Notice, MissedResponse with { ResponseSubmitted = Date("2019-07-15") }));

        finding.Outcome.Should().Be(Outcome.EventOfDefaultRisk);
        finding.Conditions[^1].Basis.Should().Be("P1 remedied it on 2019-07-15 (as the facts of A1 record), after 2019-07-01.");
    }

    [Test]
    public void RemedyPeriodStillRunning_IsNotApplicable()
    {
        Evaluate(Facts(Notice), "2019-06-15").Outcome.Should().Be(Outcome.NotApplicable);
        Evaluate(Facts(Notice), "2019-07-01").Outcome.Should().Be(Outcome.NotApplicable, "the remedy date itself has not passed");
        Evaluate(Facts(Notice), "2019-07-02").Outcome.Should().Be(Outcome.EventOfDefaultRisk);
    }

    [Test]
    public void NoticeWithoutARemedyDate_AndNoRemedy_IsUndeterminedNamingIt()
    {
        var finding = Evaluate(Facts(Notice with { RemedyBy = null }));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the date by which Panel notice PN1 requires the breach remedied (remedy-by)");
    }

    [Test]
    public void NoticeWithoutARemedyDate_AndARemedyOnTheBreachedFact_IsStillUndetermined()
    {
        var finding = Evaluate(Facts(Notice with { RemedyBy = null }, MissedResponse with { ResponseSubmitted = Date("2019-08-01") }));

        finding.Outcome.Should().Be(Outcome.Undetermined, "without the notice's date, whether the remedy came in time cannot be told");
        finding.Message.Should().Contain("P1 remedied it on 2019-08-01 (as the facts of A1 record)");
    }

    [Test]
    public void NoticeServedAfterTheEvaluationDate_GivesNoFinding()
    {
        Evaluation.Findings(Facts(Notice), "2019-06-01", version).Should().NotContain(finding => finding.Obligation == Obligation);
    }

    [Test]
    public void NoticeAboutAnObligationThatIsNotBreached_IsNotApplicableAndSaysSo()
    {
        var finding = Evaluate(Facts(Notice, MissedResponse with { ResponseSubmitted = Date("2019-03-20") }));

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Be("Panel notice PN1 concerns the breach of assessment-response-by-ssc-date for A1, but the findings show no such breach at the evaluation date, so no Event of Default risk follows from it.");
    }

    [Test]
    public void NoticeAboutTheBreachOfAnObligationInferredNotMaterial_LeavesTheMaterialityUnknown()
    {
        var finding = Evaluate(UnnotifiedSecondSystem);

        if (version is "post-secmp0057" or "post-mp091")
        {
            finding.Outcome.Should().Be(Outcome.EventOfDefaultRisk);
            var material = finding.Conditions.Single(condition => condition.Condition.EndsWith("is a material obligation under the Code.", StringComparison.Ordinal));
            material.Status.Should().Be(ConditionStatus.Unknown);
            material.Basis.Should().StartWith("The ruleset marks it not material (INFERRED: ").And.EndWith("whether an obligation is material is the Panel's judgement.");
        }
        else
        {
            finding.Outcome.Should().Be(Outcome.NotApplicable);
            finding.Message.Should().Contain("the findings show no such breach");
        }
    }

    [Test]
    public void NoticeAboutTheBreachOfAnObligationReadAsNotMaterial_IsNotApplicableAndNamesTheReading()
    {
        const string NotMaterial = """
            id: DRAFT-NOT-MATERIAL
            title: The notification duty read as not material
            implemented: 2019-06-01
            provenance: READ
            source: test
            summary: Marks the notification duty not material on a read source.
            changes:
              - amend:
                  id: notify-ssc-of-subsequent-user-system
                  material: { value: false, provenance: READ, source: test }
            """;
        if (version is not ("post-secmp0057" or "post-mp091"))
        {
            var amendBeforeSecmp0057 = () => Drafting.Apply(version, NotMaterial);
            amendBeforeSecmp0057.Should().Throw<InvalidInputException>().WithMessage("*cannot amend obligation 'notify-ssc-of-subsequent-user-system': no earlier text has it*");
            return;
        }

        var finding = SectionG.Engine.Evaluate(UnnotifiedSecondSystem, Date("2019-09-30"), Drafting.Apply(version, NotMaterial)).Findings.Single(found => found.Obligation == Obligation);

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Contain("the ruleset does not mark notify-ssc-of-subsequent-user-system as a material obligation (READ test)");
    }

    private static FactSet UnnotifiedSecondSystem => new()
    {
        Parties = [Party],
        UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01")],
        PanelNotices = [Notice with { Obligation = "notify-ssc-of-subsequent-user-system", Subject = "S2" }],
    };

    [Test]
    public void NonComplianceFoundMaterial_MeetsTheMaterialBreachCondition_AndNotMaterialLeavesItToThePanel()
    {
        EventOfDefaultCondition MaterialBreach(bool? material)
        {
            var facts = new FactSet
            {
                Parties = [Party],
                Assessments = [MissedResponse with { ResponseSubmitted = Date("2019-03-20") }],
                NonCompliances = [new NonCompliance { Id = "NC1", Assessment = "A1", Clause = "G3.5", Material = material }],
                PanelNotices = [Notice with { Obligation = "comply-with-g3-to-g6", Subject = "NC1" }],
            };
            return Evaluate(facts).Conditions.Single(condition => condition.Condition == "The breach is material.");
        }

        MaterialBreach(true).Status.Should().Be(ConditionStatus.Assumed, "the assessor's view is evidence, not the Panel's judgement");
        MaterialBreach(false).Status.Should().Be(ConditionStatus.Unknown);
        MaterialBreach(false).Basis.Should().Contain("found non-compliance NC1 not material; whether the breach is material is the Panel's judgement");
        MaterialBreach(null).Status.Should().Be(ConditionStatus.Unknown);
    }

    [Test]
    public void Session_RiskAppearsWithItsCauseAndDisappearsWhenTheCauseGoes()
    {
        var session = SectionG.Engine.OpenSession(SectionG.Rulesets.Get(version), Date("2019-09-30"));
        session.Insert([Party, MissedResponse]);
        session.Fire();
        Risks(session).Should().BeEmpty("there is no Panel notice yet");

        session.Insert([Notice]);
        session.Fire();
        Risks(session).Should().ContainSingle().Which.Subject.Should().Be(new FactRef(FactKind.Party, "P1"));

        var remedied = Notice with { Remedied = Date("2019-06-28") };
        session.Replace(Notice, remedied);
        session.Fire();
        Risks(session).Should().BeEmpty("the breach was remedied by the notice's date");
        session.Findings().Should().Contain(finding => finding.Obligation == Obligation && finding.Outcome == Outcome.Compliant);

        session.Replace(remedied, Notice);
        session.Fire();
        Risks(session).Should().ContainSingle();

        session.Replace(MissedResponse, MissedResponse with { ResponseSubmitted = Date("2019-03-25") });
        session.Fire();
        Risks(session).Should().BeEmpty("the breach itself is gone");
        session.Findings().Should().ContainSingle(finding => finding.Obligation == Obligation)
            .Which.Outcome.Should().Be(Outcome.NotApplicable, "the notice still stands, and its finding says there is no breach behind it");
    }

    private static List<Finding> Risks(ComplianceSession session) =>
        [.. session.Findings().Where(finding => finding.Outcome == Outcome.EventOfDefaultRisk)];
}
