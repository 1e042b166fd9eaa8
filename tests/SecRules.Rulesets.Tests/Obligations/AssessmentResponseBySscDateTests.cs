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
        finding.Message.Should().Be("The Response to the report of 2019-03-01 was submitted on 2019-04-03, 2 day(s) after the date the SSC set (2019-04-01).");
        finding.Remedied.Should().Be(Date("2019-04-03"), "the late Response puts the breach right on the day it is sent");
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
    public void ReportIssuedAfterTheEvaluationDate_IsNotApplicable()
    {
        Evaluate(Assessment(report: "2019-07-15", due: null)).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void ReportDateUnknownButTheSscSetADate_IsJudgedByThatDate()
    {
        Evaluate(Assessment(report: null)).Outcome.Should().Be(Outcome.Breach, "the SSC set a date for the Response, so a report was issued");
        Evaluate(Assessment(report: null, submitted: "2019-03-20")).Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void NeitherReportNorDateNorResponse_IsUndeterminedNamingBoth()
    {
        var finding = Evaluate(Assessment(report: null, due: null) with { Fieldwork = Date("2019-01-10") });

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal(
            "the date the report of A1 was issued (report-issued)",
            "the date the SSC set for the Response to A1 (response-due)");
    }

    [Test]
    public void NeitherReportNorDateWithFieldworkStillToCome_IsNotApplicable()
    {
        Evaluate(Assessment(report: null, due: null) with { Fieldwork = Date("2019-08-01") }).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void NoDateSetAndNoResponse_IsUndeterminedNamingTheMissingDate()
    {
        var finding = Evaluate(Assessment(due: null));

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.MissingFacts.Should().Equal("the date the SSC set for the Response to A1 (response-due)");
    }

    [Test]
    public void ResponseSubmittedWithNoDateSet_IsUndetermined_NotCompliant()
    {
        var finding = Evaluate(Assessment(due: null, submitted: "2019-03-20"));

        finding.Outcome.Should().Be(Outcome.Undetermined, "without the SSC's date, whether the Response came in time cannot be told");
        finding.MissingFacts.Should().Equal("the date the SSC set for the Response to A1 (response-due)");
    }
}
