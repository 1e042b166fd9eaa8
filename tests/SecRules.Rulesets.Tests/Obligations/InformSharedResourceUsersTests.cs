using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class InformSharedResourceUsersTests
{
    private const string Obligation = "inform-shared-resource-users";

    private static FactSet Facts(params SharedResourceUserInformation[] information) => new()
    {
        Parties = [User("P1"), User("P2"), User("P3")],
        SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
        UserSystems =
        [
            NewSystem("S1", "2018-01-01", owner: "P1", provider: "SRP1"),
            NewSystem("S2", "2018-01-01", owner: "P2", provider: "SRP1"),
            NewSystem("S3", "2019-03-01", owner: "P3", provider: "SRP1"),
        ],
        Assessments = [new SecurityAssessment { Id = "A9", Subject = "SRP1", AssessmentKind = AssessmentKind.Full, ReportIssued = Date("2019-01-20") }],
        SharedResourceUserInformation = information,
    };

    [Test]
    public void UsersAtTheTimeOfTheAssessment_MustBeInformedAfterSecmp0044()
    {
        var facts = Facts(new SharedResourceUserInformation { Id = "I1", Assessment = "A9", Party = "P1", Given = Date("2019-02-10") });

        Evaluation.Single(facts, "2019-06-30", "post-secmp0044", Obligation, "P1").Outcome.Should().Be(Outcome.Compliant);
        Evaluation.Single(facts, "2019-06-30", "post-secmp0044", Obligation, "P2").Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void UserThatJoinedAfterTheAssessment_IsNotASharedResourceUserForIt()
    {
        var finding = Evaluation.Single(Facts(), "2019-06-30", "post-secmp0057", Obligation, "P3");

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Contain("not a Shared Resource User for that assessment");
    }

    [Test]
    public void InformationGivenLate_IsABreach()
    {
        var facts = Facts(new SharedResourceUserInformation { Id = "I1", Assessment = "A9", Party = "P1", Given = Date("2019-03-01") });

        Evaluation.Single(facts, "2019-06-30", "post-secmp0057", Obligation, "P1").Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void BeforeSecmp0044_TheDutyIsNotInForce()
    {
        var findings = Evaluation.Findings(Facts(), "2019-06-30", "pre-secmp0044").Where(finding => finding.Obligation == Obligation).ToList();

        findings.Should().HaveCount(3).And.OnlyContain(finding => finding.Outcome == Outcome.NotApplicable);
    }
}
