using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
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

    private static FactSet Facts(PanelNotice notice) => new() { Parties = [Party], Assessments = [MissedResponse], PanelNotices = [notice] };

    [Test]
    public void BreachUnremediedPastThePanelNotice_IsAnEventOfDefaultRiskThatNeedsThePanel()
    {
        var finding = Evaluation.Single(Facts(Notice), "2019-09-30", version, Obligation, "P1");

        finding.Outcome.Should().Be(Outcome.EventOfDefaultRisk);
        finding.RequiresPanelDetermination.Should().BeTrue();
        finding.Citation.Clause.Should().Be("M8.1(g)");
        finding.Facts.Select(fact => fact.Id).Should().Equal("P1", "PN1", "A1");
        finding.Conditions.Select(condition => (condition.Condition, condition.Status)).Should().Equal(
            ("The breach is not covered by another limb of M8.1 (a) to (f).", ConditionStatus.Met),
            ("assessment-response-by-ssc-date (G8.24) is a material obligation under the Code.", ConditionStatus.Met),
            ("The breach is material.", ConditionStatus.Unknown),
            ("The Panel gave notice requiring the breach to be remedied.", ConditionStatus.Met),
            ("The breach was not remedied by the remedy date.", ConditionStatus.Met),
            ("The Panel determines that an Event of Default has occurred.", ConditionStatus.NotMet));
        finding.Message.Should().Contain("Requires a Panel determination").And.NotContainEquivalentOf("event of default occurred");
    }

    [Test]
    public void RemediedByTheNoticeDate_IsCompliant()
    {
        var finding = Evaluation.Single(Facts(Notice with { Remedied = Date("2019-06-20") }), "2019-09-30", version, Obligation, "P1");

        finding.Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void RemedyPeriodStillRunning_IsNotApplicable()
    {
        var finding = Evaluation.Single(Facts(Notice), "2019-06-15", version, Obligation, "P1");

        finding.Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void NoticeAboutAnObligationThatIsNotBreached_GivesNoFinding()
    {
        var facts = Facts(Notice) with { Assessments = [MissedResponse with { ResponseSubmitted = Date("2019-03-20") }] };

        Evaluation.Findings(facts, "2019-09-30", version).Should().NotContain(finding => finding.Obligation == Obligation);
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
        session.Findings().Should().NotContain(finding => finding.Obligation == Obligation);
    }

    private static List<Finding> Risks(ComplianceSession session) =>
        [.. session.Findings().Where(finding => finding.Outcome == Outcome.EventOfDefaultRisk)];
}
