using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class InitialAssessmentBeforeUserEntryTests
{
    private const string Obligation = "initial-assessment-before-user-entry";

    private static Finding Evaluate(string version, string entered, params SecurityAssessment[] assessments) =>
        Evaluation.Single(new FactSet { Parties = [User(entered: entered)], Assessments = assessments }, "2020-06-30", version, Obligation, "P1");

    private static SecurityAssessment Initial(string status, string? assigned, string id = "A1", AssessmentKind kind = AssessmentKind.Full) => new()
    {
        Id = id,
        Subject = "P1",
        AssessmentKind = kind,
        Initial = kind == AssessmentKind.Full,
        AssuranceStatus = status,
        StatusAssigned = assigned is null ? null : Date(assigned),
    };

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void ApprovedBeforeEntry_IsCompliantInEveryVersion(string version)
    {
        var finding = Evaluate(version, "2017-06-01", Initial("Approved", "2017-05-12"));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Citation.Clause.Should().Be("H1.10, G8.34");
    }

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void ProvisionallyApprovedBeforeEntry_IsABreach(string version)
    {
        var finding = Evaluate(version, "2017-06-01", Initial("Provisionally Approved", "2017-05-12"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Contain("meaning significant deficiency");
    }

    [TestCase("post-secmp0057", "2020-01-10", "severe deficiency")]
    [TestCase("post-mp091", "2020-01-10", "severe deficiency")]
    [TestCase("post-secmp0057", "2020-03-10", "severe deficiency")]
    [TestCase("post-mp091", "2020-03-10", "significant deficiency")]
    public void Deferred_IsReadByTheDateItWasAssignedAndTheVersion(string version, string assigned, string meaning)
    {
        var finding = Evaluate(version, "2020-04-01", Initial("Deferred", assigned));

        finding.Outcome.Should().Be(Outcome.Breach, "neither meaning of Deferred allows User Entry");
        finding.Message.Should().Contain($"meaning {meaning}");
    }

    [TestCase("post-secmp0057", "2020-03-10", Outcome.Undetermined)]
    [TestCase("post-mp091", "2020-03-10", Outcome.Breach)]
    [TestCase("post-mp091", "2020-01-10", Outcome.Undetermined)]
    public void Rejected_IsANameOnlyFromMp091(string version, string assigned, Outcome expected)
    {
        var finding = Evaluate(version, "2020-04-01", Initial("Rejected", assigned));

        finding.Outcome.Should().Be(expected);
        if (expected == Outcome.Undetermined)
        {
            finding.MissingFacts.Should().ContainSingle().Which.Should().Contain("by a name in use on");
        }
    }

    [Test]
    public void FollowUpAssessmentApprovingAfterABlockingStatus_AllowsEntry()
    {
        var finding = Evaluate("post-mp091", "2018-01-15",
            Initial("Deferred", "2017-09-01"), Initial("Approved subject to conditions", "2018-01-10", "A2", AssessmentKind.FollowUp));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Facts.Select(fact => fact.Id).Should().Contain("A2");
    }

    [Test]
    public void StatusAssignedOnlyAfterEntry_IsABreach()
    {
        Evaluate("post-secmp0057", "2017-06-01", Initial("Approved", "2017-07-01")).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void NoAssessmentFacts_IsUndeterminedNamingWhatIsMissing()
    {
        var finding = Evaluate("post-secmp0057", "2017-06-01");

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the initial Full User Security Assessment of P1 (an assessment with initial: true) and its Assurance Status (assurance-status)");
    }

    [Test]
    public void PartyStillInUserEntry_IsNotApplicable()
    {
        var facts = new FactSet { Parties = [User(entered: null)], Assessments = [Initial("Deferred", "2019-05-01")] };

        Evaluation.Single(facts, "2019-06-30", "post-secmp0057", Obligation, "P1").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [TestCase("pre-secmp0044", "2017-05-12")]
    [TestCase("post-mp091", "2020-03-12")]
    public void StatusWrittenInTheSecsOwnWords_IsRead(string version, string assigned)
    {
        var entered = Date(assigned).AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var written in new[] { "Approved, subject to the Party addressing the findings in its Response", "Approved subject to conditions", "approved, subject to", "APPROVED SUBJECT TO CONDITIONS." })
        {
            var finding = Evaluate(version, entered, Initial(written, assigned));

            finding.Outcome.Should().Be(Outcome.Compliant, written);
            finding.Message.Should().Contain("meaning approved with conditions", written);
        }
    }

    [Test]
    public void ANameThatOnlyStartsLikeOne_IsNotRead()
    {
        Evaluate("post-secmp0057", "2017-06-01", Initial("Approved-ish", "2017-05-12")).Outcome.Should().Be(Outcome.Undetermined);
        Evaluate("post-secmp0057", "2017-06-01", Initial("Approved subjective", "2017-05-12")).Outcome.Should().Be(Outcome.Undetermined);
    }

    [Test]
    public void StatusWithoutTheDateItWasAssigned_IsUndeterminedNamingTheDate()
    {
        var finding = Evaluate("post-secmp0057", "2017-06-01", Initial("Approved", assigned: null) with { Fieldwork = Date("2017-03-01") });

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the date the Assurance Status of A1 was assigned (status-assigned)");
    }

    [Test]
    public void UndatedStatusOfAnEarlierAssessment_DoesNotHideTheDatedDecisiveOne()
    {
        var finding = Evaluate("post-secmp0057", "2017-06-01",
            Initial("Provisionally Approved", assigned: null) with { Fieldwork = Date("2017-01-10") },
            Initial("Approved", "2017-05-20", id: "A2", kind: AssessmentKind.FollowUp) with { Fieldwork = Date("2017-04-10") });

        finding.Outcome.Should().Be(Outcome.Compliant);
    }
}
