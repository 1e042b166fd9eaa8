using NRules.Fluent.Dsl;
using SecRules.Assurance;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Input;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// H1.10 and G8.34: a Party completes User Entry only after its initial Full User Security
/// Assessment has an Assurance Status that allows entry. Status names are read by the date each
/// status was assigned, so "Deferred" means what it meant on that day.
/// </summary>
internal sealed class InitialAssessmentBeforeUserEntry(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "initial-assessment-before-user-entry";

    public static readonly Parameter<IReadOnlySet<AssuranceLevel>> EntryAllowingLevels = Parameter.AssuranceLevels(
        "entry-allowing-levels",
        "The Assurance levels that allow a Party to complete User Entry.");

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new InitialAssessmentBeforeUserEntry(obligation, version), EntryAllowingLevels);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        Party party = null!;
        IEnumerable<SecurityAssessment> assessments = null!;

        When()
            .Match(() => evaluation)
            .Match(() => party)
            .Query(() => assessments, query => query
                .Match<SecurityAssessment>(assessment => assessment.Subject == party.Id
                    && (assessment.Initial || assessment.AssessmentKind == AssessmentKind.FollowUp))
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, party, assessments));
    }

    private Finding Assess(DateOnly evaluationDate, Party party, IEnumerable<SecurityAssessment> assessments)
    {
        if (party.UserEntryCompleted is not { } entered || entered > evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"{party.Id} has not completed User Entry at the evaluation date; the duty applies when it does."));
        }

        var relevant = assessments.ToList();
        if (relevant.Count == 0)
        {
            return Conclude(Outcome.Undetermined, party,
                Invariant($"{party.Id} completed User Entry on {entered:yyyy-MM-dd}, but the facts hold no initial Full User Security Assessment of it."),
                missingFacts: [Invariant($"the initial Full User Security Assessment of {party.Id} (an assessment with initial: true) and its Assurance Status (assurance-status)")]);
        }

        var undated = relevant.Where(assessment => assessment is { AssuranceStatus: not null, StatusAssigned: null }).ToList();
        var statused = relevant
            .Where(assessment => assessment is { AssuranceStatus: not null, StatusAssigned: { } assigned } && assigned <= entered)
            .OrderBy(assessment => assessment.StatusAssigned)
            .ToList();

        // A status without the date it was assigned may have been the last before entry, unless its
        // assessment took place after entry, or before a Follow-up Security Assessment whose dated
        // status came last: a follow-up answers an earlier status, so its own comes after.
        var decisiveFollowUp = statused.Count > 0 && statused[^1] is { AssessmentKind: AssessmentKind.FollowUp, Fieldwork: { } followUpFieldwork } ? followUpFieldwork : (DateOnly?)null;
        var unplaced = undated
            .Where(assessment => assessment.Fieldwork is not { } fieldwork
                || (fieldwork <= entered && (decisiveFollowUp is not { } followedUp || fieldwork >= followedUp)))
            .ToList();
        if (unplaced.Count > 0)
        {
            return Conclude(Outcome.Undetermined, party,
                Invariant($"{party.Id} completed User Entry on {entered:yyyy-MM-dd}; the status of {string.Join(", ", unplaced.Select(assessment => $"{assessment.Id} ('{assessment.AssuranceStatus}')"))} has no date of assignment, so whether it was the status in force at entry is not known."),
                [.. relevant],
                missingFacts: [.. unplaced.Select(assessment => Invariant($"the date the Assurance Status of {assessment.Id} was assigned (status-assigned)"))]);
        }

        if (statused.Count == 0)
        {
            var later = relevant.Where(assessment => assessment.StatusAssigned > entered).MinBy(assessment => assessment.StatusAssigned);
            return later is not null
                ? Conclude(Outcome.Breach, party,
                    Invariant($"{party.Id} completed User Entry on {entered:yyyy-MM-dd}, before any Assurance Status was assigned to its initial assessment (first assigned {later.StatusAssigned:yyyy-MM-dd})."),
                    [.. relevant])
                : Conclude(Outcome.Undetermined, party,
                    Invariant($"{party.Id} completed User Entry on {entered:yyyy-MM-dd}; the Assurance Status of its initial assessment is not known."),
                    [.. relevant],
                    missingFacts: [.. relevant.Select(assessment => Invariant($"the Assurance Status of {assessment.Id} (assurance-status) and the date it was assigned (status-assigned)"))]);
        }

        var decisive = statused[^1];
        var assignedOn = decisive.StatusAssigned!.Value;

        // Statuses assigned the same day, one allowing entry and one not: which came last is not known.
        var sameDay = statused.Where(assessment => assessment.StatusAssigned == assignedOn).ToList();
        var allowing = Obligation.Get(EntryAllowingLevels);
        if (sameDay.Count > 1 && sameDay
                .Select(assessment => Version.AssuranceStatuses.TryRead(assessment.AssuranceStatus!, assignedOn, out var read) ? allowing.Contains(read.Value) : (bool?)null)
                .Distinct().Count() > 1)
        {
            var names = string.Join(", ", sameDay.Select(assessment => $"{assessment.Id} ('{assessment.AssuranceStatus}')"));
            return Conclude(Outcome.Undetermined, party,
                Invariant($"{party.Id} completed User Entry on {entered:yyyy-MM-dd}; the statuses {names} were all assigned on {assignedOn:yyyy-MM-dd}, and they differ on whether they allow entry, so which was in force at entry is not known."),
                [.. sameDay],
                missingFacts: [Invariant($"which of the Assurance Statuses assigned on {assignedOn:yyyy-MM-dd} came last ({string.Join(", ", sameDay.Select(assessment => assessment.Id))})")]);
        }

        if (!Version.AssuranceStatuses.TryRead(decisive.AssuranceStatus!, assignedOn, out var level))
        {
            var names = Version.AssuranceStatuses.PeriodOn(assignedOn).Names.Select(name => name.Name);
            return Conclude(Outcome.Undetermined, party,
                Invariant($"'{decisive.AssuranceStatus}' was not an Assurance Status name on {assignedOn:yyyy-MM-dd} in {Version.Id}; the names then were: {string.Join(", ", names)}."),
                [decisive],
                missingFacts: [Invariant($"the Assurance Status of {decisive.Id} by a name in use on {assignedOn:yyyy-MM-dd} (assurance-status)")]);
        }

        var meaning = Invariant($"'{decisive.AssuranceStatus}' (assigned {assignedOn:yyyy-MM-dd}, meaning {Phrases.Describe(level.Value)})");
        return Obligation.Get(EntryAllowingLevels).Contains(level.Value)
            ? Conclude(Outcome.Compliant, party,
                Invariant($"{party.Id} completed User Entry on {entered:yyyy-MM-dd} after its initial assessment {decisive.Id} was given {meaning}, which allows entry."),
                [decisive])
            : Conclude(Outcome.Breach, party,
                Invariant($"{party.Id} completed User Entry on {entered:yyyy-MM-dd} although the Assurance Status of {decisive.Id} was {meaning}, which does not allow entry; a status that allows it was needed first (entry-allowing-levels, {EnumText.Of(Obligation.ValueOf(EntryAllowingLevels).Provenance)})."),
                [decisive]);
    }
}
