using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// SECMP0057: when the SSC decides to wait for the next annual review of a notified second or
/// subsequent User System, the User's next annual assessment must cover that system.
/// </summary>
internal sealed class ReviewDeferredSystemAtNextAssessment(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "review-deferred-system-at-next-assessment";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new ReviewDeferredSystemAtNextAssessment(obligation, version));

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        SscDecision decision = null!;
        SscNotification notification = null!;
        UserSystem system = null!;
        IEnumerable<SecurityAssessment> assessments = null!;

        When()
            .Match(() => evaluation)
            .Match(() => decision, candidate => candidate.Decision == SscDecisionKind.DeferToNextAnnualReview && candidate.Decided <= evaluation.Date)
            .Match(() => notification, candidate => candidate.Id == decision.Notification)
            .Match(() => system, candidate => candidate.Id == notification.UserSystem)
            .Query(() => assessments, query => query
                .Match<SecurityAssessment>(assessment => (assessment.Subject == system.Owner || assessment.Subject == system.Id)
                    && assessment.Fieldwork > decision.Decided && assessment.Fieldwork <= evaluation.Date
                    && (assessment.AssessmentKind == AssessmentKind.Full
                        || assessment.AssessmentKind == AssessmentKind.Verification
                        || assessment.AssessmentKind == AssessmentKind.Self))
                .Collect());

        Then()
            .Yield(_ => Assess(decision, system, assessments));
    }

    private Finding Assess(SscDecision decision, UserSystem system, IEnumerable<SecurityAssessment> assessments)
    {
        var next = assessments.MinBy(assessment => assessment.Fieldwork);
        if (next is null)
        {
            return Conclude(Outcome.NotApplicable, system,
                Invariant($"The SSC decided on {decision.Decided:yyyy-MM-dd} to review {system.Id} at {system.Owner}'s next annual assessment, which has not yet taken place."),
                [decision]);
        }

        var kind = EnumText.Of(next.AssessmentKind);
        return next.Subject == system.Id || next.Covers.Contains(system.Id)
            ? Conclude(Outcome.Compliant, system,
                Invariant($"The SSC deferred the review of {system.Id} on {decision.Decided:yyyy-MM-dd}; the next annual assessment, {next.Id} ({kind}, fieldwork {next.Fieldwork:yyyy-MM-dd}), covered it."),
                [decision, next])
            : Conclude(Outcome.Breach, system,
                Invariant($"The SSC deferred the review of {system.Id} on {decision.Decided:yyyy-MM-dd} to the next annual assessment, but {next.Id} ({kind}, fieldwork {next.Fieldwork:yyyy-MM-dd}) did not cover it."),
                [decision, next]);
    }
}
