using NRules.Fluent.Dsl;
using SecRules.Assurance;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// MP091: after one of the two lowest Assurance Statuses ("Deferred" or "Rejected" from 27 February
/// 2020) a Follow-up Security Assessment is needed, and for "Rejected" the SSC may require a further
/// Full User Security Assessment (a request that requires a full assessment). Before MP091 only an
/// updated Response was possible, so statuses assigned before its date owe nothing here.
/// </summary>
internal sealed class FollowUpSecurityAssessment(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "follow-up-security-assessment";

    public static readonly Parameter<DateOnly> AppliesToStatusesFrom = Parameter.Date(
        "applies-to-statuses-from",
        "Statuses assigned before this date owe no Follow-up Security Assessment: the duty is not retrospective.");

    public static readonly Parameter<IReadOnlySet<AssuranceLevel>> FollowUpLevels = Parameter.AssuranceLevels(
        "follow-up-levels",
        "The Assurance levels after which a Follow-up Security Assessment is needed.");

    public static ObligationType Type { get; } = new(
        Id, (obligation, version) => new FollowUpSecurityAssessment(obligation, version), AppliesToStatusesFrom, FollowUpLevels);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        Party party = null!;
        SecurityAssessment assessment = null!;
        IEnumerable<SecurityAssessment> later = null!;
        IEnumerable<SscRequest> requests = null!;

        When()
            .Match(() => evaluation)
            .Match(() => party)
            .Match(() => assessment, candidate => candidate.Subject == party.Id && candidate.AssuranceStatus != null
                && (candidate.StatusAssigned == null || candidate.StatusAssigned <= evaluation.Date),
                candidate => MayNeedFollowUp(candidate))
            .Query(() => later, query => query
                .Match<SecurityAssessment>(other => other.Subject == party.Id && other.Id != assessment.Id
                    && (other.AssessmentKind == AssessmentKind.FollowUp || other.AssessmentKind == AssessmentKind.Full)
                    && (other.Fieldwork == null || other.Fieldwork <= evaluation.Date))
                .Collect())
            .Query(() => requests, query => query
                .Match<SscRequest>(request => request.Assessment == assessment.Id && request.Made <= evaluation.Date)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, party, assessment, later, requests));
    }

    // A status that reads as a level needing no follow-up raises no finding; one that needs it, or
    // whose level is not known, does.
    // NRules tests each condition on its own, so this one cannot lean on the status test beside it.
    private bool MayNeedFollowUp(SecurityAssessment assessment) =>
        assessment.AssuranceStatus is not null && (Level(assessment) is not { } level || Obligation.Get(FollowUpLevels).Contains(level));

    private AssuranceLevel? Level(SecurityAssessment assessment)
    {
        var read = assessment.StatusAssigned is { } assigned
            ? Version.AssuranceStatuses.TryRead(assessment.AssuranceStatus!, assigned, out var level)
            : Version.AssuranceStatuses.TryReadUndated(assessment.AssuranceStatus!, out level);
        return read ? level : null;
    }

    private Finding Assess(DateOnly evaluationDate, Party party, SecurityAssessment assessment, IEnumerable<SecurityAssessment> later, IEnumerable<SscRequest> requests)
    {
        var status = assessment.AssuranceStatus!;
        if (Level(assessment) is not { } level)
        {
            return Conclude(Outcome.Undetermined, assessment,
                assessment.StatusAssigned is { } date
                    ? Invariant($"'{status}' was not an Assurance Status name on {date:yyyy-MM-dd} in {Version.Id}, so whether {assessment.Id} needs a Follow-up Security Assessment is not known.")
                    : Invariant($"'{status}' means different levels depending on when it was assigned, and {assessment.Id}'s status has no date of assignment, so whether it needs a Follow-up Security Assessment is not known."),
                [party],
                missingFacts: [assessment.StatusAssigned is null
                    ? Invariant($"the date the Assurance Status of {assessment.Id} was assigned (status-assigned)")
                    : Invariant($"the Assurance Status of {assessment.Id} by a name in use when it was assigned (assurance-status)")]);
        }

        var appliesFrom = Obligation.Get(AppliesToStatusesFrom);
        var meaning = Invariant($"'{status}' ({Phrases.Describe(level)})");
        if (assessment.StatusAssigned is not { } assigned)
        {
            return Conclude(Outcome.Undetermined, assessment,
                Invariant($"{assessment.Id} was given {meaning}, but not when; a Follow-up Security Assessment is owed only for statuses assigned from {appliesFrom:yyyy-MM-dd}."),
                [party],
                missingFacts: [Invariant($"the date the Assurance Status of {assessment.Id} was assigned (status-assigned)")]);
        }

        if (assigned < appliesFrom)
        {
            return Conclude(Outcome.NotApplicable, assessment,
                Invariant($"{assessment.Id} was given {meaning} on {assigned:yyyy-MM-dd}, before {appliesFrom:yyyy-MM-dd}: until MP091 only an updated Response was possible, not a Follow-up Security Assessment."),
                [party]);
        }

        var further = requests.Where(request => request.Requires == AssessmentKind.Full).MinBy(request => request.Made);
        var needed = further is null ? "a Follow-up Security Assessment" : Invariant($"the further Full User Security Assessment the SSC required ({further.Id})");
        bool Meets(SecurityAssessment candidate) => further is null || candidate.AssessmentKind == AssessmentKind.Full;
        var done = later
            .Where(candidate => candidate.Fieldwork is { } fieldwork && fieldwork > assigned && Meets(candidate))
            .MinBy(candidate => candidate.Fieldwork);
        var instead = later
            .Where(candidate => candidate.Fieldwork is { } fieldwork && fieldwork > assigned && !Meets(candidate))
            .OrderBy(candidate => candidate.Fieldwork)
            .Select(candidate => Invariant($"{candidate.Id} ({SecRules.Input.EnumText.Of(candidate.AssessmentKind)} assessment, fieldwork {candidate.Fieldwork:yyyy-MM-dd})"))
            .ToList();
        var what = Invariant($"{assessment.Id} was given {meaning} on {assigned:yyyy-MM-dd}, so {needed} is needed");
        var none = instead.Count == 0 ? "none has taken place" : Invariant($"{string.Join(", ", instead)} is not it");
        // User Entry after the status is the point the follow-up was needed by, as when none took place.
        if (done is not null && party.UserEntryCompleted is { } enteredFirst && enteredFirst > assigned && enteredFirst < done.Fieldwork && enteredFirst <= evaluationDate)
        {
            return Conclude(Outcome.Breach, assessment,
                Invariant($"{Phrases.Capitalised(what)}; {party.Id} completed User Entry on {enteredFirst:yyyy-MM-dd} before it, and {done.Id} ({SecRules.Input.EnumText.Of(done.AssessmentKind)} assessment, fieldwork {done.Fieldwork:yyyy-MM-dd}) came after."),
                [party, done, further],
                remedied: done.Fieldwork);
        }

        if (done is not null)
        {
            return Conclude(Outcome.Compliant, assessment,
                Invariant($"{Phrases.Capitalised(what)}; {done.Id} ({SecRules.Input.EnumText.Of(done.AssessmentKind)} assessment, fieldwork {done.Fieldwork:yyyy-MM-dd}) is it."),
                [party, done, further]);
        }

        var undated = later.Where(candidate => candidate.Fieldwork is null && Meets(candidate)).OrderBy(candidate => candidate.Id, StringComparer.Ordinal).ToList();
        if (undated.Count > 0)
        {
            var names = string.Join(", ", undated.Select(candidate => candidate.Id));
            return Conclude(Outcome.Undetermined, assessment,
                Invariant($"{Phrases.Capitalised(what)}; the fieldwork date of {names} is not given, so whether it followed the status is not known."),
                [party, further, .. undated],
                missingFacts: [Invariant($"the fieldwork date of {names} (fieldwork)")]);
        }

        if (party.UserEntryCompleted is { } entered && entered > assigned && entered <= evaluationDate)
        {
            return Conclude(Outcome.Breach, assessment,
                Invariant($"{Phrases.Capitalised(what)}; {party.Id} completed User Entry on {entered:yyyy-MM-dd} without it ({none})."),
                [party, further]);
        }

        return party.IsUserOn(evaluationDate)
            ? Conclude(Outcome.Undetermined, assessment,
                Invariant($"{Phrases.Capitalised(what)}; {none}, and the sources give no date by which it is due."),
                [party, further],
                missingFacts: [Invariant($"the date by which the follow-up to {assessment.Id} is due (not in the sources read)")])
            : Conclude(Outcome.NotApplicable, assessment,
                Invariant($"{Phrases.Capitalised(what)} before {party.Id} can complete User Entry; {none} yet."),
                [party, further]);
    }
}
