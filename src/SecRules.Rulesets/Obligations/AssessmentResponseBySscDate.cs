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

        var deadline = Deadline.Judge(assessment.ResponseDue, assessment.ResponseSubmitted, evaluationDate);
        var message = deadline.State switch
        {
            DeadlineState.MetOnTime => Invariant($"The Response to the report of {report:yyyy-MM-dd} was submitted on {deadline.Done:yyyy-MM-dd}, by the date the SSC set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.MetLate => Invariant($"The Response was submitted on {deadline.Done:yyyy-MM-dd}, {deadline.DaysLate} day(s) after the date the SSC set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Missed => Invariant($"No Response to the report of {report:yyyy-MM-dd} had been submitted by the date the SSC set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Pending => Invariant($"The Response is due by {deadline.Due:yyyy-MM-dd}, which has not passed at the evaluation date."),
            DeadlineState.MetWithoutDueDate => Invariant($"The Response to the report of {report:yyyy-MM-dd} was submitted on {deadline.Done:yyyy-MM-dd}; the facts give no date set by the SSC, so none can have been missed."),
            _ => Invariant($"The report was issued on {report:yyyy-MM-dd} and no Response has been submitted, but the date the SSC set for it is not known."),
        };
        return Conclude(deadline.Outcome, assessment, message,
            missingFacts: deadline.State == DeadlineState.DueDateUnknown ? [Invariant($"the date the SSC set for the Response to {assessment.Id} (response-due)")] : null);
    }
}
