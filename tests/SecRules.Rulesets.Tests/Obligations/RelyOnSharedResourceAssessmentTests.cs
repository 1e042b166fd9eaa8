using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class RelyOnSharedResourceAssessmentTests
{
    private const string Obligation = "rely-on-shared-resource-assessment";

    private static FactSet Facts(SecurityAssessment[] assessments, string employed = "2019-05-01") => new()
    {
        Parties = [User()],
        SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
        UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", employed, provider: "SRP1")],
        Assessments = assessments,
    };

    private static Finding Evaluate(string version, FactSet facts) => Evaluation.Single(facts, "2019-06-30", version, Obligation, "S2");

    private static Finding Evaluate(string version, params SecurityAssessment[] assessments) => Evaluate(version, Facts(assessments));

    private static SecurityAssessment OfProvider(string? status = null, string? report = "2019-01-20") => new()
    {
        Id = "A9",
        Subject = "SRP1",
        AssessmentKind = AssessmentKind.Full,
        ReportIssued = report is null ? null : Date(report),
        AssuranceStatus = status,
        StatusAssigned = status is null ? null : Date("2019-02-01"),
    };

    private static FactSet Notified(SscDecision? decision, params SecurityAssessment[] assessments) => Facts(assessments) with
    {
        SscNotifications = [Notification("N1", "S2", "2019-04-01")],
        SscDecisions = decision is null ? [] : [decision],
    };

    private static SscDecision Decision(SscDecisionKind kind, string? providerAssessment = null) =>
        new() { Id = "D1", Notification = "N1", Decided = Date("2019-04-15"), Decision = kind, ProviderAssessment = providerAssessment };

    [Test]
    public void SystemSecmp0057DoesNotReach_WithASatisfactoryProviderAssessment_ReliesOnIt()
    {
        var finding = Evaluate("post-secmp0044", OfProvider("Approved"));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().Be("P1 relies on SRP1's assessment A9 (report 2019-01-20) for S2; its status allows reliance (satisfactory-levels, INFERRED).");
    }

    [TestCase("post-secmp0057")]
    [TestCase("post-mp091")]
    public void SubsequentSystemTheSscWasNotToldOf_IsNeverCompliant_ButUndeterminedNamingTheDecision(string version)
    {
        var finding = Evaluate(version, OfProvider("Approved"));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.Message.Should().Contain("has not told the SSC of it");
        finding.MissingFacts.Should().Equal("a decision of the SSC, on a notification of S2, that it may rely on an assessment of SRP1 (ssc-decisions, provider-assessment)");
    }

    [Test]
    public void SubsequentSystemNotified_WithNoDecisionYet_IsUndeterminedNamingTheDecision()
    {
        var finding = Evaluate("post-secmp0057", Notified(null, OfProvider("Approved")));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the SSC's decision on notification N1 (ssc-decisions)");
    }

    [Test]
    public void SubsequentSystem_TheSscDecidedTheProvidersAssessmentIsEnough_IsCompliant()
    {
        var finding = Evaluate("post-secmp0057", Notified(Decision(SscDecisionKind.DeferToNextAnnualReview, "A9"), OfProvider()));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().Be("The SSC decided on 2019-04-15 that SRP1's assessment A9 is enough for S2 until the next annual review.");
        finding.Facts.Select(fact => fact.Id).Should().Equal("S2", "N1", "D1", "A9");
    }

    [Test]
    public void SubsequentSystem_DeferredWithoutRelyingOnTheProvider_IsNotApplicable()
    {
        Evaluate("post-secmp0057", Notified(Decision(SscDecisionKind.DeferToNextAnnualReview), OfProvider("Approved"))).Message
            .Should().Contain("its decision records no reliance on an assessment of SRP1");
    }

    [Test]
    public void SubsequentSystem_AdHocReviewDecided_IsNotApplicable()
    {
        var finding = Evaluate("post-secmp0057", Notified(Decision(SscDecisionKind.AdHocReview), OfProvider("Approved")));

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Contain("ad-hoc review");
    }

    [Test]
    public void SecondSystemEmployedBeforeSecmp0057_IsJudgedOnTheProvidersAssessment()
    {
        Evaluate("post-secmp0057", Facts([OfProvider("Approved")], employed: "2019-02-01")).Outcome.Should().Be(Outcome.Compliant);
    }

    [TestCase("post-secmp0044")]
    [TestCase("post-secmp0057")]
    public void ProviderAssessmentWithAStatusThatDoesNotAllowReliance_IsNotABreach_ButNotEstablished(string version)
    {
        var finding = Evaluate(version, Facts([OfProvider("Provisionally Approved")], employed: "2019-02-01"));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.Message.Should().Contain("its status 'Provisionally Approved' means significant deficiency; no source says whether a User may rely on such an assessment");
        finding.MissingFacts.Should().Equal("whether a User may rely on A9 as it stands (an SSC decision, or the Security Controls Framework)");
    }

    [Test]
    public void ProviderAssessmentWithoutAStatus_IsUndeterminedNamingIt()
    {
        Evaluate("post-secmp0044", OfProvider()).MissingFacts.Should().Equal("the Assurance Status of A9 (assurance-status)");
    }

    [Test]
    public void ProviderAssessmentWithAStatusButNoReportDate_IsKept_AndUndeterminedNamingTheDate()
    {
        var finding = Evaluate("post-secmp0044", OfProvider("Approved", report: null));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the date the report of A9 was issued (report-issued)");
        finding.Message.Should().NotContain("No assessment of");
    }

    [Test]
    public void ProviderAssessmentReportedBeforeTheCurrentCycle_IsNotRelied()
    {
        Evaluate("post-secmp0044", OfProvider("Approved", report: "2016-06-29")).Outcome.Should().Be(Outcome.NotApplicable);
        Evaluate("post-secmp0044", OfProvider("Approved", report: "2016-06-30")).Outcome.Should().Be(Outcome.Compliant, "three years to the day is still current");
    }

    [Test]
    public void OwnAssessmentCoveringTheSystem_IsCompliantWhateverTheProvider()
    {
        var own = new SecurityAssessment { Id = "A5", Subject = "P1", AssessmentKind = AssessmentKind.AdHoc, ReportIssued = Date("2019-06-01"), Covers = ["S2"] };

        var finding = Evaluate("post-secmp0044", OfProvider("Provisionally Approved"), own);

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().StartWith("S2 is covered by P1's own assessment A5");
    }

    [Test]
    public void OwnAssessmentCoveringASubsequentSystemTheSscWasNotToldOf_IsUndeterminedUnderSecmp0057()
    {
        var own = new SecurityAssessment { Id = "A5", Subject = "P1", AssessmentKind = AssessmentKind.Self, ReportIssued = Date("2019-06-01"), Covers = ["S2"] };

        var finding = Evaluate("post-secmp0057", OfProvider("Approved"), own);

        finding.Outcome.Should().Be(Outcome.Undetermined, "whether a second system's own assessment is enough is the SSC's decision");
        finding.MissingFacts.Should().ContainSingle().Which.Should().StartWith("a decision of the SSC, on a notification of S2");
    }

    [Test]
    public void NoProviderAssessment_IsNotApplicable()
    {
        Evaluate("post-secmp0057").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void BeforeSecmp0044_HasNoEffect()
    {
        Evaluate("pre-secmp0044", OfProvider("Approved")).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void SystemWhoseStartIsNotGiven_IsKept_AndUndeterminedNamingIt()
    {
        var facts = Facts([OfProvider("Approved")]) with
        {
            UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", null, provider: "SRP1")],
        };

        var finding = Evaluate("post-secmp0044", facts);

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("when S2 was first employed (first-employed) or is planned to be (planned-first-use)");
    }

    [Test]
    public void SeveralNotifications_TheEarliestIsTheOneTheSscWasToldBy()
    {
        var facts = Facts([OfProvider("Approved")]) with
        {
            SscNotifications = [Notification("N2", "S2", "2019-04-01T10:00"), Notification("N1", "S2", "2019-04-01T08:00"), Notification("N3", "S2", "2019-04-20")],
        };

        Evaluate("post-secmp0057", facts).Message.Should().StartWith("P1 notified the SSC of S2 on 2019-04-01T08:00;");
    }

    [Test]
    public void SeveralDecisions_TheLatestDecides()
    {
        var facts = Notified(Decision(SscDecisionKind.AdHocReview), OfProvider("Approved")) with
        {
            SscDecisions =
            [
                new SscDecision { Id = "D2", Notification = "N1", Decided = Date("2019-05-01"), Decision = SscDecisionKind.DeferToNextAnnualReview, ProviderAssessment = "A9" },
                Decision(SscDecisionKind.AdHocReview),
            ],
        };

        var finding = Evaluate("post-secmp0057", facts);

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().Be("The SSC decided on 2019-05-01 that SRP1's assessment A9 is enough for S2 until the next annual review.");
    }
}
