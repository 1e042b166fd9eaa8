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

        // Assessments without a fieldwork date are kept: one of them may have been the next.
        When()
            .Match(() => evaluation)
            .Match(() => decision, candidate => candidate.Decision == SscDecisionKind.DeferToNextAnnualReview && candidate.Decided <= evaluation.Date)
            .Match(() => notification, candidate => candidate.Id == decision.Notification)
            .Match(() => system, candidate => candidate.Id == notification.UserSystem)
            .Query(() => assessments, query => query
                .Match<SecurityAssessment>(assessment => (assessment.Subject == system.Owner || assessment.Subject == system.Id)
                    && (assessment.Fieldwork == null || (assessment.Fieldwork > decision.Decided && assessment.Fieldwork <= evaluation.Date))
                    && (assessment.AssessmentKind == AssessmentKind.Full
                        || assessment.AssessmentKind == AssessmentKind.Verification
                        || assessment.AssessmentKind == AssessmentKind.Self))
                .Collect());

        Then()
            .Yield(_ => Assess(decision, system, assessments));
    }

    private Finding Assess(SscDecision decision, UserSystem system, IEnumerable<SecurityAssessment> assessments)
    {
        var dated = assessments.Where(assessment => assessment.Fieldwork is not null).ToList();
        var next = dated.OrderBy(assessment => assessment.Fieldwork).ThenBy(assessment => assessment.Id, StringComparer.Ordinal).FirstOrDefault();
        var covers = next is null ? false : Covers(next, system);

        // An assessment without a fieldwork date may have come first; it leaves the outcome open
        // only when it could change it (it covers the system where the next known one does not, or
        // the other way round, or no known assessment has taken place).
        var undated = assessments
            .Where(assessment => assessment.Fieldwork is null && (assessment.ReportIssued is not { } report || report > decision.Decided))
            .Where(assessment => next is null || Covers(assessment, system) != covers)
            .OrderBy(assessment => assessment.Id, StringComparer.Ordinal)
            .ToList();
        if (undated.Count > 0)
        {
            var names = string.Join(", ", undated.Select(assessment => assessment.Id));
            return Conclude(Outcome.Undetermined, system,
                Invariant($"The SSC deferred the review of {system.Id} on {decision.Decided:yyyy-MM-dd} to {system.Owner}'s next annual assessment; the fieldwork date of {names} is not given, so which assessment came next, and whether it covered {system.Id}, is not known."),
                [decision, next, .. undated],
                missingFacts: [Invariant($"the fieldwork date of {names} (fieldwork)")]);
        }

        if (next is null)
        {
            return Conclude(Outcome.NotApplicable, system,
                Invariant($"The SSC decided on {decision.Decided:yyyy-MM-dd} to review {system.Id} at {system.Owner}'s next annual assessment, which has not yet taken place."),
                [decision]);
        }

        var kind = EnumText.Of(next.AssessmentKind);
        if (covers is null)
        {
            return Conclude(Outcome.Undetermined, system,
                Invariant($"The SSC deferred the review of {system.Id} on {decision.Decided:yyyy-MM-dd} to the next annual assessment, {next.Id} ({kind}, fieldwork {next.Fieldwork:yyyy-MM-dd}), but the facts do not record which User Systems it covered, so whether it covered {system.Id} is not known."),
                [decision, next],
                missingFacts: [Invariant($"the User Systems {next.Id} covered (covers)")]);
        }

        return covers.Value
            ? Conclude(Outcome.Compliant, system,
                Invariant($"The SSC deferred the review of {system.Id} on {decision.Decided:yyyy-MM-dd}; the next annual assessment, {next.Id} ({kind}, fieldwork {next.Fieldwork:yyyy-MM-dd}), covered it."),
                [decision, next])
            : Conclude(Outcome.Breach, system,
                Invariant($"The SSC deferred the review of {system.Id} on {decision.Decided:yyyy-MM-dd} to the next annual assessment, but {next.Id} ({kind}, fieldwork {next.Fieldwork:yyyy-MM-dd}) did not cover it."),
                [decision, next]);
    }

    // Null when the assessment does not record which systems it covered.
    private static bool? Covers(SecurityAssessment assessment, UserSystem system) =>
        assessment.Subject == system.Id ? true : assessment.Covers?.Contains(system.Id);
}
