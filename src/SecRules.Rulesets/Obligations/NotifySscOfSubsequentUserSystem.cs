using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// SECMP0057: a User that has satisfactorily completed its initial Full User Security Assessment
/// notifies the Security Sub-Committee before it begins to employ a second or subsequent User System
/// (see <see cref="SubsequentSystem"/> for which systems that is).
/// </summary>
internal sealed class NotifySscOfSubsequentUserSystem(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "notify-ssc-of-subsequent-user-system";

    public static readonly Parameter<DateOnly> AppliesToFirstUseFrom = Parameter.Date(
        "applies-to-first-use-from",
        "User Systems first employed before this date owe no notification: the duty is not retrospective.");

    public static readonly Parameter<bool> ReplacementCountsAsSubsequent = Parameter.Boolean(
        "replacement-counts-as-subsequent",
        "Whether a User System that replaces another counts as a second or subsequent User System.");

    public static readonly Parameter<Period> MinimumNotice = Parameter.Period(
        "minimum-notice",
        "How long before first use the notification must reach the SSC; 0 days means any time before.");

    public static readonly Parameter<IReadOnlySet<PartyCategory>> AppliesToCategories = Parameter.PartyCategories(
        "applies-to-categories",
        "The Party Categories the duty applies to.");

    public static ObligationType Type { get; } = new(
        Id,
        (obligation, version) => new NotifySscOfSubsequentUserSystem(obligation, version),
        AppliesToFirstUseFrom,
        ReplacementCountsAsSubsequent,
        MinimumNotice,
        AppliesToCategories);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        UserSystem system = null!;
        Party owner = null!;
        IEnumerable<UserSystem> ownerSystems = null!;
        IEnumerable<SecurityAssessment> initialAssessments = null!;
        IEnumerable<SscNotification> notifications = null!;
        IEnumerable<SscDecision> decisions = null!;

        // The owner's systems are collected once per owner, before the system itself is matched: a
        // collection per system would make the work grow with the square of the owner's systems.
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
            .Match(() => system, candidate => candidate.Owner == owner.Id)
            .Query(() => notifications, query => query
                .Match<SscNotification>(notification => notification.UserSystem == system.Id)
                .Collect())
            .Query(() => decisions, query => query
                .Match<SscDecision>(decision => notifications.Any(notification => notification.Id == decision.Notification))
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, system, owner, SubsequentSystem.Classify(system, owner, ownerSystems, initialAssessments, Version), notifications, decisions));
    }

    private Finding Assess(
        DateOnly evaluationDate,
        UserSystem system,
        Party owner,
        SubsequentSystem standing,
        IEnumerable<SscNotification> notifications,
        IEnumerable<SscDecision> decisions)
    {
        var earlier = standing.Earlier;
        switch (standing.Standing)
        {
            case SubsequentSystemStanding.Unknown:
                return Conclude(Outcome.Undetermined, system, Invariant($"Whether the duty covers {system.Id} is not known: {standing.Reason}."), [owner, .. earlier],
                    missingFacts: standing.MissingFacts);
            case SubsequentSystemStanding.OutsideTheDuty:
                return Conclude(Outcome.NotApplicable, system, Invariant($"The duty covers second or subsequent User Systems begun after the initial Full User Security Assessment; {standing.Reason}."), [owner, .. earlier]);
        }

        var startDate = standing.Start!.Value;
        var notification = notifications
            .Where(sent => sent.Sent.Date <= evaluationDate)
            .OrderBy(sent => sent.Sent.Date).ThenBy(sent => sent.Sent.TimeOfDay ?? TimeOnly.MinValue)
            .FirstOrDefault();
        var decision = notification is null
            ? null
            : decisions.Where(made => made.Notification == notification.Id && made.Decided <= evaluationDate).MaxBy(made => made.Decided);

        if (!system.IsEmployedOn(evaluationDate))
        {
            return notification is null
                ? Conclude(Outcome.NotApplicable, system,
                    Invariant($"{system.Id} is not yet employed at the evaluation date; {owner.Id} must notify the SSC before first use (planned {startDate:yyyy-MM-dd})."),
                    [owner, .. earlier])
                : Conclude(Outcome.Compliant, system,
                    Invariant($"{owner.Id} notified the SSC on {notification.Sent} ahead of first use (planned {startDate:yyyy-MM-dd}); {DecisionState(decision)}."),
                    [owner, notification, decision, .. earlier]);
        }

        var firstUse = system.FirstEmployed!.Value;
        if (notification is null)
        {
            var replacement = system.Replaces is { } replacedId && earlier.Any(other => other.Id == replacedId)
                ? Invariant($" {system.Id} replaces {replacedId}; this version counts a replacement as a subsequent User System (replacement-counts-as-subsequent, {EnumText.Of(Obligation.ValueOf(ReplacementCountsAsSubsequent).Provenance)}).")
                : string.Empty;
            return Conclude(Outcome.Breach, system,
                Invariant($"{owner.Id} began to employ {system.Id}, a subsequent User System, on {firstUse} without notifying the SSC.{replacement}"),
                [owner, .. earlier]);
        }

        switch (notification.Sent.OrderAgainst(firstUse))
        {
            case TimeOrder.After or TimeOrder.Simultaneous:
                var late = notification.Sent.Date.DayNumber - firstUse.Date.DayNumber;
                return Conclude(Outcome.Breach, system,
                    Invariant($"{owner.Id} notified the SSC on {notification.Sent}, {late} day(s) after it began to employ {system.Id} on {firstUse}; the notification must come before first use. {Phrases.Capitalised(DecisionState(decision))}."),
                    [owner, notification, decision, .. earlier],
                    remedied: notification.Sent.Date);
            case TimeOrder.SameDayUnknown:
                return Conclude(Outcome.Undetermined, system,
                    Invariant($"{owner.Id} notified the SSC on the day it began to employ {system.Id} ({firstUse.Date:yyyy-MM-dd}); without times of day it is not known whether the notification came first."),
                    [owner, notification, .. earlier],
                    missingFacts: MissingTimes(notification, system));
        }

        var minimum = Obligation.Get(MinimumNotice);
        if (!minimum.TryBefore(firstUse.Date, Version.Calendar, out var latest))
        {
            return Conclude(Outcome.Undetermined, system,
                Invariant($"{owner.Id} notified the SSC on {notification.Sent}, before it began to employ {system.Id} on {firstUse}; whether that was {minimum} before cannot be counted."),
                [owner, notification, decision, .. earlier],
                missingFacts: [Version.Calendar.DescribeMissing(firstUse.Date, forward: false)]);
        }

        if (minimum.Amount > 0 && notification.Sent.Date > latest)
        {
            return Conclude(Outcome.Breach, system,
                Invariant($"{owner.Id} notified the SSC on {notification.Sent}, less than {minimum} before it began to employ {system.Id} on {firstUse}; the notification was due by {latest:yyyy-MM-dd}."),
                [owner, notification, decision, .. earlier]);
        }

        return Conclude(Outcome.Compliant, system,
            Invariant($"{owner.Id} notified the SSC on {notification.Sent}, before it began to employ {system.Id} on {firstUse}; {DecisionState(decision)}."),
            [owner, notification, decision, .. earlier]);
    }

    private static string DecisionState(SscDecision? decision) => decision switch
    {
        null => "the SSC's decision on whether to review the system at the next annual review or in an ad-hoc review is pending",
        { Decision: SscDecisionKind.DeferToNextAnnualReview } => Invariant($"the SSC decided on {decision.Decided:yyyy-MM-dd} to review the system at the next annual review"),
        _ => Invariant($"the SSC decided on {decision.Decided:yyyy-MM-dd} to arrange an ad-hoc review, which it requests under G8.13"),
    };

    private static List<string> MissingTimes(SscNotification notification, UserSystem system)
    {
        var missing = new List<string>();
        if (notification.Sent.TimeOfDay is null)
        {
            missing.Add(Invariant($"the time of day notification {notification.Id} was sent"));
        }

        if (system.FirstEmployed?.TimeOfDay is null)
        {
            missing.Add(Invariant($"the time of day {system.Id} was first employed"));
        }

        return missing;
    }
}
