using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G8.24: after a User Security Assessment Report (G8.22), the User sends its User Security
/// Assessment Response to the SSC and the assessor no later than the date the SSC set.
/// </summary>
internal sealed class AssessmentResponseBySscDate(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "assessment-response-by-ssc-date";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new AssessmentResponseBySscDate(obligation, version));

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        SecurityAssessment assessment = null!;

        When()
            .Match(() => evaluation)
            .Match(() => assessment);

        Then()
            .Yield(_ => Assess(evaluation.Date, assessment));
    }

    private Finding Assess(DateOnly evaluationDate, SecurityAssessment assessment)
    {
        if (assessment.ReportIssued is not { } report || report > evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, assessment,
                Invariant($"No User Security Assessment Report for {assessment.Id} had been issued by the evaluation date, so no Response is due."));
        }

        DateOnly? submitted = assessment.ResponseSubmitted is { } date && date <= evaluationDate ? date : null;
        if (assessment.ResponseDue is not { } due)
        {
            return submitted is { } on
                ? Conclude(Outcome.Compliant, assessment,
                    Invariant($"The Response to the report of {report:yyyy-MM-dd} was submitted on {on:yyyy-MM-dd}; the facts give no date set by the SSC, so none can have been missed."))
                : Conclude(Outcome.Undetermined, assessment,
                    Invariant($"The report was issued on {report:yyyy-MM-dd} and no Response has been submitted, but the date the SSC set for it is not known."),
                    missingFacts: [Invariant($"the date the SSC set for the Response to {assessment.Id} (response-due)")]);
        }

        if (submitted is { } submittedOn)
        {
            return submittedOn <= due
                ? Conclude(Outcome.Compliant, assessment,
                    Invariant($"The Response to the report of {report:yyyy-MM-dd} was submitted on {submittedOn:yyyy-MM-dd}, by the date the SSC set ({due:yyyy-MM-dd})."))
                : Conclude(Outcome.Breach, assessment,
                    Invariant($"The Response was submitted on {submittedOn:yyyy-MM-dd}, {submittedOn.DayNumber - due.DayNumber} day(s) after the date the SSC set ({due:yyyy-MM-dd})."));
        }

        return due < evaluationDate
            ? Conclude(Outcome.Breach, assessment,
                Invariant($"No Response to the report of {report:yyyy-MM-dd} had been submitted by the date the SSC set ({due:yyyy-MM-dd})."))
            : Conclude(Outcome.NotApplicable, assessment,
                Invariant($"The Response is due by {due:yyyy-MM-dd}, which has not passed at the evaluation date."));
    }
}
