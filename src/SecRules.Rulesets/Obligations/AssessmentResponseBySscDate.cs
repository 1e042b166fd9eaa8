using NRules.Fluent.Dsl;
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
        IEnumerable<SharedResourceProvider> providers = null!;

        When()
            .Match(() => evaluation)
            .Match(() => assessment)
            .Query(() => providers, query => query
                .Match<SharedResourceProvider>(provider => provider.Id == assessment.Subject)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, assessment, providers.Any()));
    }

    private Finding Assess(DateOnly evaluationDate, SecurityAssessment assessment, bool ofProvider)
    {
        if (assessment.ReportIssued is { } issued && issued > evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, assessment,
                Invariant($"The User Security Assessment Report for {assessment.Id} is issued on {issued:yyyy-MM-dd}, after the evaluation date, so no Response is due yet."));
        }

        var deadline = Deadline.Judge(assessment.ResponseDue, assessment.ResponseSubmitted, evaluationDate);
        if (assessment.ReportIssued is null && deadline.State == DeadlineState.DueDateUnknown)
        {
            // Every assessment ends in a report (G8.22); without its date or the SSC's date for the
            // Response, whether a Response is due, let alone late, cannot be told.
            if (assessment.Fieldwork is { } fieldwork && fieldwork > evaluationDate)
            {
                return Conclude(Outcome.NotApplicable, assessment,
                    Invariant($"The fieldwork of {assessment.Id} takes place on {fieldwork:yyyy-MM-dd}, after the evaluation date, so no Response is due yet."));
            }

            return Conclude(Outcome.Undetermined, assessment,
                Invariant($"The facts give neither the date the report of {assessment.Id} was issued nor the date the SSC set for the Response, and no Response is recorded, so whether one is due or late is not known."),
                missingFacts:
                [
                    Invariant($"the date the report of {assessment.Id} was issued (report-issued)"),
                    Invariant($"the date the SSC set for the Response to {assessment.Id} (response-due)"),
                ]);
        }

        var report = assessment.ReportIssued is { } date ? Invariant($"the report of {date:yyyy-MM-dd}") : Invariant($"the report of {assessment.Id}");
        var message = deadline.State switch
        {
            DeadlineState.MetOnTime => Invariant($"The Response to {report} was submitted on {deadline.Done:yyyy-MM-dd}, by the date the SSC set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.MetLate => Invariant($"The Response to {report} was submitted on {deadline.Done:yyyy-MM-dd}, {deadline.DaysLate} day(s) after the date the SSC set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Missed => Invariant($"No Response to {report} had been submitted by the date the SSC set ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Pending => Invariant($"The Response to {report} is due by {deadline.Due:yyyy-MM-dd}, which has not passed at the evaluation date."),
            DeadlineState.MetWithoutDueDate => Invariant($"The Response to {report} was submitted on {deadline.Done:yyyy-MM-dd}; the facts give no date set by the SSC, so whether it was in time is not known."),
            _ => Invariant($"{Phrases.Capitalised(report)} was issued and no Response has been submitted, but the date the SSC set for it is not known."),
        };
        // G8.24 is a duty of the User; whether a Shared Resource Provider owes a Response to its own
        // assessment was not read, so a late or missing one is no Breach of it.
        if (ofProvider && deadline.Outcome == Outcome.Breach)
        {
            return Conclude(Outcome.Undetermined, assessment,
                Invariant($"{message} {assessment.Id} assesses the Shared Resource Provider {assessment.Subject}, and G8.24 binds the User; whether a provider owes a Response to its own assessment is not known."),
                missingFacts: [Invariant($"whether {assessment.Subject}, a Shared Resource Provider, owes a Response under G8.24 (the legal text was not available)")]);
        }

        return Conclude(deadline.Outcome, assessment, message,
            missingFacts: deadline.IsDueDateMissing ? [Invariant($"the date the SSC set for the Response to {assessment.Id} (response-due)")] : null,
            remedied: deadline.State == DeadlineState.MetLate ? deadline.Done : null);
    }
}
