using NRules.Fluent.Dsl;
using SecRules.Assurance;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// SECMP0044: a User System provided by a Shared Resource Provider may rest on an assessment of that
/// provider instead of being assessed again. That is the SSC's call ("the SSC may consider that no
/// further assessment is needed", seed): for a second or subsequent User System under SECMP0057 it
/// counts only with the SSC's decision, and it is never established for a system the SSC was not
/// told of. For other systems the ruleset data says whether a satisfactory provider assessment
/// suffices. No source makes relying on a deficient provider assessment a breach, so such a case
/// is reported for what it is: not established.
/// </summary>
internal sealed class RelyOnSharedResourceAssessment(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "rely-on-shared-resource-assessment";

    public static readonly Parameter<Period> RecognisedFor = Parameter.Period(
        "recognised-for",
        "How long after its report an assessment can be relied on: one assessment cycle.");

    public static readonly Parameter<IReadOnlySet<AssuranceLevel>> SatisfactoryLevels = Parameter.AssuranceLevels(
        "satisfactory-levels",
        "The Assurance levels of a provider's assessment that Users can rely on.");

    public static readonly Parameter<bool> SubsequentSystemsNeedSscDecision = Parameter.Boolean(
        "subsequent-systems-need-ssc-decision",
        "Whether a second or subsequent User System under SECMP0057 can rely on a provider's assessment only when the SSC's decision on its notification says so.");

    public static ObligationType Type { get; } = new(
        Id,
        (obligation, version) => new RelyOnSharedResourceAssessment(obligation, version),
        RecognisedFor,
        SatisfactoryLevels,
        SubsequentSystemsNeedSscDecision)
    {
        CanBeBreached = false,
    };

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        Party owner = null!;
        IEnumerable<UserSystem> ownerSystems = null!;
        IEnumerable<SecurityAssessment> initialAssessments = null!;
        UserSystem system = null!;
        IEnumerable<SecurityAssessment> assessments = null!;
        IEnumerable<SscNotification> notifications = null!;
        IEnumerable<SscDecision> decisions = null!;

        // Assessments without a report date are kept: whether they are current is unknown, not false.
        When()
            .Match(() => evaluation)
            .Match(() => owner)
            .Query(() => ownerSystems, query => query
                .Match<UserSystem>(other => other.Owner == owner.Id)
                .Collect())
            .Query(() => initialAssessments, query => query
                .Match<SecurityAssessment>(assessment => assessment.Subject == owner.Id
                    && (assessment.Initial || assessment.AssessmentKind == AssessmentKind.FollowUp))
                .Collect())
            .Match(() => system, candidate => candidate.Owner == owner.Id && candidate.SharedResourceProvider != null
                && ((candidate.FirstEmployed != null && candidate.FirstEmployed.Value.Date <= evaluation.Date)
                    || (candidate.FirstEmployed == null && candidate.PlannedFirstUse == null)))
            .Query(() => assessments, query => query
                .Match<SecurityAssessment>(assessment => (assessment.Subject == system.SharedResourceProvider
                        || assessment.Subject == system.Id || (assessment.Subject == system.Owner && assessment.Covers != null && assessment.Covers.Contains(system.Id)))
                    && (assessment.ReportIssued == null || assessment.ReportIssued <= evaluation.Date))
                .Collect())
            .Query(() => notifications, query => query
                .Match<SscNotification>(notification => notification.UserSystem == system.Id && notification.Sent.Date <= evaluation.Date)
                .Collect())
            .Query(() => decisions, query => query
                .Match<SscDecision>(decision => decision.Decided <= evaluation.Date
                    && notifications.Any(notification => notification.Id == decision.Notification))
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, system, SubsequentSystem.Classify(system, owner, ownerSystems, initialAssessments, Version), assessments, notifications, decisions));
    }

    private Finding Assess(
        DateOnly evaluationDate,
        UserSystem system,
        SubsequentSystem standing,
        IEnumerable<SecurityAssessment> assessments,
        IEnumerable<SscNotification> notifications,
        IEnumerable<SscDecision> decisions)
    {
        var provider = system.SharedResourceProvider!;
        if (SystemStart.IsUnknown(system))
        {
            return Conclude(Outcome.Undetermined, system,
                Invariant($"When {system.Id}, provided by {provider}, was first employed is not known, so whether, and on what, it may rely is not known."),
                missingFacts: [SystemStart.Missing(system)]);
        }

        var since = Obligation.Get(RecognisedFor).TryBefore(evaluationDate, Version.Calendar, out var start) ? start : DateOnly.MinValue;
        var own = assessments.Where(assessment => assessment.Subject != provider && assessment.ReportIssued >= since).MaxBy(assessment => assessment.ReportIssued);
        var ofProvider = assessments.Where(assessment => assessment.Subject == provider).ToList();
        var current = ofProvider.Where(assessment => assessment.ReportIssued >= since).MaxBy(assessment => assessment.ReportIssued);
        var undated = ofProvider.Where(assessment => assessment.ReportIssued is null).OrderBy(assessment => assessment.Id, StringComparer.Ordinal).ToList();
        if (own is null && current is null && undated.Count == 0)
        {
            return Conclude(Outcome.NotApplicable, system,
                Invariant($"No assessment of {provider} reported since {since:yyyy-MM-dd} for {system.Id} to rely on; the system falls within {system.Owner}'s own assessments."));
        }

        if (Obligation.Get(SubsequentSystemsNeedSscDecision) && Version.GetObligation(NotifySscOfSubsequentUserSystem.Id).IsInForce)
        {
            switch (standing.Standing)
            {
                case SubsequentSystemStanding.Subsequent:
                    return BySscDecision(system, provider, notifications, decisions, ofProvider);
                case SubsequentSystemStanding.Unknown:
                    return Conclude(Outcome.Undetermined, system,
                        Invariant($"Whether {system.Id} may rely on an assessment of {provider} depends on whether it is a second or subsequent User System under SECMP0057, for which the SSC decides: {standing.Reason}."),
                        [.. ofProvider],
                        missingFacts: standing.MissingFacts);
            }
        }

        // Under SECMP0057 whether a second or subsequent system's own assessment is enough is the
        // SSC's decision too, so this comes only once that duty is settled.
        if (own is not null)
        {
            return Conclude(Outcome.Compliant, system,
                Invariant($"{system.Id} is covered by {system.Owner}'s own assessment {own.Id} (report {own.ReportIssued:yyyy-MM-dd}), so it need not rely on {provider}."),
                [own]);
        }

        if (current is null)
        {
            var names = string.Join(", ", undated.Select(assessment => assessment.Id));
            return Conclude(Outcome.Undetermined, system,
                Invariant($"{system.Owner} may rely on {provider}'s assessment {names} for {system.Id}, but the date its report was issued is not given, so whether it is current (reported since {since:yyyy-MM-dd}) is not known."),
                [.. undated],
                missingFacts: [Invariant($"the date the report of {names} was issued (report-issued)")]);
        }

        return Standing(current) is { } shortcoming
            ? Conclude(Outcome.Undetermined, system,
                Invariant($"{system.Owner} relies on {provider}'s assessment {current.Id} (report {current.ReportIssued:yyyy-MM-dd}) for {system.Id}, and {shortcoming.Reason}; so whether it covers {system.Id} is not established."),
                [current],
                missingFacts: [shortcoming.Missing])
            : Conclude(Outcome.Compliant, system,
                Invariant($"{system.Owner} relies on {provider}'s assessment {current.Id} (report {current.ReportIssued:yyyy-MM-dd}) for {system.Id}; its status allows reliance (satisfactory-levels, {EnumText.Of(Obligation.ValueOf(SatisfactoryLevels).Provenance)})."),
                [current]);
    }

    private Finding BySscDecision(
        UserSystem system,
        string provider,
        IEnumerable<SscNotification> notifications,
        IEnumerable<SscDecision> decisions,
        IReadOnlyList<SecurityAssessment> ofProvider)
    {
        var notification = notifications.OrderBy(sent => sent.Sent.Date).ThenBy(sent => sent.Sent.TimeOfDay ?? TimeOnly.MinValue).FirstOrDefault();
        if (notification is null)
        {
            return Conclude(Outcome.Undetermined, system,
                Invariant($"{system.Id} is a second or subsequent User System under SECMP0057, and {system.Owner} has not told the SSC of it, so the SSC has not decided that it may rely on an assessment of {provider}; reliance is not established."),
                [.. ofProvider],
                missingFacts: [Invariant($"a decision of the SSC, on a notification of {system.Id}, that it may rely on an assessment of {provider} (ssc-decisions, provider-assessment)")]);
        }

        var decision = decisions.OrderBy(made => made.Decided).ThenBy(made => made.Id, StringComparer.Ordinal).LastOrDefault();
        if (decision is null)
        {
            return Conclude(Outcome.Undetermined, system,
                Invariant($"{system.Owner} notified the SSC of {system.Id} on {notification.Sent}; whether it may rely on an assessment of {provider} is for the SSC to decide, and no decision is recorded."),
                [notification, .. ofProvider],
                missingFacts: [Invariant($"the SSC's decision on notification {notification.Id} (ssc-decisions)")]);
        }

        if (decision.Decision == SscDecisionKind.AdHocReview)
        {
            return Conclude(Outcome.NotApplicable, system,
                Invariant($"The SSC decided on {decision.Decided:yyyy-MM-dd} to arrange an ad-hoc review of {system.Id} rather than rely on an assessment of {provider}; the review, requested under G8.13, is what covers it."),
                [notification, decision]);
        }

        var relied = ofProvider.FirstOrDefault(assessment => assessment.Id == decision.ProviderAssessment);
        return relied is not null
            ? Conclude(Outcome.Compliant, system,
                Invariant($"The SSC decided on {decision.Decided:yyyy-MM-dd} that {provider}'s assessment {relied.Id} is enough for {system.Id} until the next annual review."),
                [notification, decision, relied])
            : Conclude(Outcome.NotApplicable, system,
                Invariant($"The SSC decided on {decision.Decided:yyyy-MM-dd} to review {system.Id} at {system.Owner}'s next annual assessment; its decision records no reliance on an assessment of {provider}, so the deferred review is what covers it."),
                [notification, decision]);
    }

    // What keeps a provider's assessment from being one Users can rely on, with what would settle it,
    // or null when nothing does.
    private (string Reason, string Missing)? Standing(SecurityAssessment assessment)
    {
        if (assessment.AssuranceStatus is not { } status)
        {
            return ("the facts give no Assurance Status for it", Invariant($"the Assurance Status of {assessment.Id} (assurance-status)"));
        }

        var read = assessment.StatusAssigned is { } assigned
            ? Version.AssuranceStatuses.TryRead(status, assigned, out var level)
            : Version.AssuranceStatuses.TryReadUndated(status, out level);
        if (!read)
        {
            return assessment.StatusAssigned is { } date
                ? (Invariant($"its status '{status}' is not an Assurance Status name on {date:yyyy-MM-dd}"),
                    Invariant($"the Assurance Status of {assessment.Id} by a name in use on {date:yyyy-MM-dd} (assurance-status)"))
                : (Invariant($"its status '{status}' has no date of assignment and does not mean one level whenever it was assigned"),
                    Invariant($"the date the Assurance Status of {assessment.Id} was assigned (status-assigned)"));
        }

        return Obligation.Get(SatisfactoryLevels).Contains(level!.Value)
            ? null
            : (Invariant($"its status '{status}' means {Phrases.Describe(level.Value)}; no source says whether a User may rely on such an assessment"),
                Invariant($"whether a User may rely on {assessment.Id} as it stands (an SSC decision, or the Security Controls Framework)"));
    }
}
