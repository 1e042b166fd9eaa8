using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

[TestFixtureSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
public class RemedyNonComplianceAsCommittedTests(string version)
{
    private const string Obligation = "remedy-non-compliance-as-committed";

    private Finding Evaluate(NonCompliance nonCompliance, string date = "2020-01-15") =>
        Evaluation.Single(new FactSet
        {
            Parties = [User()],
            UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01")],
            Assessments = [new SecurityAssessment { Id = "A5", Subject = "P1", AssessmentKind = AssessmentKind.Verification, Fieldwork = Date("2019-09-01") }],
            NonCompliances = [nonCompliance],
        }, date, version, Obligation, "NC1");

    [Test]
    public void UnremediedPastTheDateCommittedTo_IsABreachCitingItsOwnClause()
    {
        var finding = Evaluate(ComplyWithG3ToG6Tests.G3());

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Citation.Clause.Should().Be("clause TBC (User Security Assessment Response and remediation plan)");
        finding.Provenance.Should().Be(Provenance.Inferred);
    }

    [Test]
    public void RemediedByTheDate_IsCompliant()
    {
        Evaluate(ComplyWithG3ToG6Tests.G3(remedied: "2019-11-20")).Outcome.Should().Be(Outcome.Compliant);
        Evaluate(ComplyWithG3ToG6Tests.G3(remedied: "2019-12-01")).Outcome.Should().Be(Outcome.Compliant, "the date committed to is itself in time");
    }

    [Test]
    public void RemediedLate_IsABreachRemediedOnItsDate()
    {
        var finding = Evaluate(ComplyWithG3ToG6Tests.G3(remedied: "2019-12-20"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Remedied.Should().Be(Date("2019-12-20"));
    }

    [Test]
    public void NotMaterial_IsJudgedTheSame()
    {
        Evaluate(ComplyWithG3ToG6Tests.G3(material: false)).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void DateNotYetPassed_IsNotApplicable()
    {
        Evaluate(ComplyWithG3ToG6Tests.G3(), "2019-12-01").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void FoundAfterTheEvaluationDate_IsNotApplicable()
    {
        Evaluate(ComplyWithG3ToG6Tests.G3(), "2019-08-01").Message.Should().Contain("is found on 2019-09-01, after the evaluation date");
    }

    [Test]
    public void NoDateCommittedTo_IsUndeterminedNamingIt()
    {
        Evaluate(ComplyWithG3ToG6Tests.G3(remedyBy: null)).MissingFacts
            .Should().Equal("the date by which NC1 is to be remedied, as the Response or remediation plan committed (remedy-by)");
    }
}
