using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class ReviewDeferredSystemAtNextAssessmentTests
{
    private const string Obligation = "review-deferred-system-at-next-assessment";

    private static Finding Evaluate(string version, params SecurityAssessment[] assessments) =>
        Evaluation.Single(
            new FactSet
            {
                Parties = [User()],
                UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01")],
                SscNotifications = [Notification("N1", "S2", "2019-04-01")],
                SscDecisions = [new SscDecision { Id = "D1", Notification = "N1", Decided = Date("2019-04-15"), Decision = SscDecisionKind.DeferToNextAnnualReview }],
                Assessments = assessments,
            },
            "2019-12-31", version, Obligation, "S2");

    private static SecurityAssessment Annual(params string[] covers) => new()
    {
        Id = "A5",
        Subject = "P1",
        AssessmentKind = AssessmentKind.Verification,
        Fieldwork = Date("2019-09-01"),
        Covers = covers,
    };

    [TestCase("post-secmp0057")]
    [TestCase("post-mp091")]
    public void NextAssessmentCoveringTheSystem_IsCompliant(string version)
    {
        Evaluate(version, Annual("S2")).Outcome.Should().Be(Outcome.Compliant);
    }

    [TestCase("post-secmp0057")]
    [TestCase("post-mp091")]
    public void NextAssessmentLeavingTheSystemOut_IsABreach(string version)
    {
        Evaluate(version, Annual()).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void NoAssessmentSinceTheDecision_IsNotApplicable()
    {
        Evaluate("post-secmp0057").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [TestCase("pre-secmp0044")]
    [TestCase("post-secmp0044")]
    public void BeforeSecmp0057_IsNotInForce(string version)
    {
        Evaluate(version, Annual()).Message.Should().StartWith($"Not in force in {version}: introduced by SECMP0057");
    }
}
