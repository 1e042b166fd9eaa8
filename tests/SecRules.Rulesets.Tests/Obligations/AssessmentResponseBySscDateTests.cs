using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

[TestFixtureSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
public class AssessmentResponseBySscDateTests(string version)
{
    private const string Obligation = "assessment-response-by-ssc-date";

    private Finding Evaluate(SecurityAssessment assessment, string date = "2019-06-30") =>
        Evaluation.Single(new FactSet { Parties = [User()], Assessments = [assessment] }, date, version, Obligation, "A1");

    private static SecurityAssessment Assessment(string? report = "2019-03-01", string? due = "2019-04-01", string? submitted = null) => new()
    {
        Id = "A1",
        Subject = "P1",
        AssessmentKind = AssessmentKind.Verification,
        ReportIssued = report is null ? null : Date(report),
        ResponseDue = due is null ? null : Date(due),
        ResponseSubmitted = submitted is null ? null : Date(submitted),
    };

    [Test]
    public void ResponseByTheDateSet_IsCompliant()
    {
        var finding = Evaluate(Assessment(submitted: "2019-04-01"));

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Citation.Should().Be(new Citation("G8.24", version));
    }

    [Test]
    public void ResponseAfterTheDateSet_IsABreach()
    {
        var finding = Evaluate(Assessment(submitted: "2019-04-03"));

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Be("The Response was submitted on 2019-04-03, 2 day(s) after the date the SSC set (2019-04-01).");
    }

    [Test]
    public void NoResponseOnceTheDateHasPassed_IsABreach()
    {
        Evaluate(Assessment()).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void NoResponseBeforeTheDate_IsNotApplicableYet()
    {
        Evaluate(Assessment(), date: "2019-03-15").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void ResponseSubmittedAfterTheEvaluationDate_IsNotYetKnown()
    {
        Evaluate(Assessment(submitted: "2019-07-10")).Outcome.Should().Be(Outcome.Breach);
        Evaluate(Assessment(submitted: "2019-03-20"), date: "2019-03-15").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void NoReportYet_IsNotApplicable()
    {
        Evaluate(Assessment(report: null)).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void NoDateSetAndNoResponse_IsUndeterminedNamingTheMissingDate()
    {
        var finding = Evaluate(Assessment(due: null));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the date the SSC set for the Response to A1 (response-due)");
    }
}
