using SecRules.Facts;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// Whether a User System is a "second or subsequent User System" that SECMP0057 reaches: a system a
/// User begins to employ after it has satisfactorily completed its initial Full User Security
/// Assessment (the SECMP0057 page, READ). The notification duty and reliance on a provider's
/// assessment both ask this, with the notification duty's parameters, so they always agree.
/// </summary>
/// <param name="Standing">Where the system stands.</param>
/// <param name="Reason">Why, in a sentence that can follow "The duty covers ...".</param>
/// <param name="Start">The date the system was or will be first employed, when known.</param>
/// <param name="Earlier">The owner's systems employed before it.</param>
/// <param name="MissingFacts">For <see cref="SubsequentSystemStanding.Unknown"/>, what is missing.</param>
internal sealed record SubsequentSystem(
    SubsequentSystemStanding Standing,
    string Reason,
    DateOnly? Start,
    IReadOnlyList<UserSystem> Earlier,
    IReadOnlyList<string> MissingFacts)
{
    private const string ImrWording =
        "The Initial Modification Report speaks of Users that \"are seeking to procure (or have already employed)\" a second or subsequent User System, and the transitional text of the modification is not known";

    /// <summary>Classifies a system under a version's SECMP0057 duty.</summary>
    /// <param name="system">The system.</param>
    /// <param name="owner">Its owner.</param>
    /// <param name="ownerSystems">Every system of the owner, the system itself included.</param>
    /// <param name="initialAssessments">The owner's initial and follow-up assessments.</param>
    /// <param name="version">The version, whose notification duty and entry levels are read.</param>
    /// <returns>The classification.</returns>
    public static SubsequentSystem Classify(
        UserSystem system,
        Party owner,
        IEnumerable<UserSystem> ownerSystems,
        IEnumerable<SecurityAssessment> initialAssessments,
        RulesetVersion version)
    {
        var duty = version.GetObligation(NotifySscOfSubsequentUserSystem.Id);
        DateOnly? start = system.FirstEmployed?.Date ?? system.PlannedFirstUse;
        if (start is not { } startDate)
        {
            return Unknown(Invariant($"it is not known when {system.Id} was or will be first employed"), null, [], SystemStart.Missing(system));
        }

        var replaced = duty.Get(NotifySscOfSubsequentUserSystem.ReplacementCountsAsSubsequent) ? null : system.Replaces;
        var earlier = ownerSystems
            .Where(other => other.Id != system.Id && other.FirstEmployed is { } otherStart && otherStart.Date < startDate && other.Id != replaced)
            .OrderBy(other => other.FirstEmployed!.Value.Date)
            .ThenBy(other => other.Id, StringComparer.Ordinal)
            .ToList();
        if (earlier.Count == 0)
        {
            var undated = ownerSystems
                .Where(other => other.Id != system.Id && other.Id != replaced && SystemStart.IsUnknown(other))
                .OrderBy(other => other.Id, StringComparer.Ordinal)
                .ToList();
            if (undated.Count > 0)
            {
                return new SubsequentSystem(SubsequentSystemStanding.Unknown,
                    Invariant($"whether {system.Id} is a second or subsequent User System depends on when {string.Join(", ", undated.Select(other => other.Id))} began, which the facts do not give"),
                    start, earlier, [.. undated.Select(SystemStart.Missing)]);
            }

            return Outside(system.Replaces is not null && replaced is not null
                ? Invariant($"{system.Id} replaces {replaced}, and this version does not count a replacement as a subsequent User System")
                : Invariant($"{system.Id} is {owner.Id}'s first User System, which its initial Full User Security Assessment covers"), start, earlier);
        }

        var categories = duty.Get(NotifySscOfSubsequentUserSystem.AppliesToCategories);
        if (!categories.Contains(owner.Category))
        {
            return Outside(Invariant($"the duty applies to {Phrases.Describe(categories)}; {owner.Id} is a {Phrases.Describe(owner.Category)}"), start, earlier);
        }

        // The initial assessment is the one taken for User Entry, with its follow-ups: an assessment
        // whose fieldwork came after User Entry is one of the cycle's, however it is marked.
        var initial = initialAssessments
            .Where(assessment => owner.UserEntryCompleted is not { } entered || assessment.Fieldwork is not { } fieldwork || fieldwork <= entered)
            .ToList();
        var coveredBy = initial.FirstOrDefault(assessment => assessment.Subject == system.Id || assessment.Covers?.Contains(system.Id) == true);
        if (coveredBy is not null)
        {
            return Outside(Invariant($"{owner.Id}'s initial assessment {coveredBy.Id} covered {system.Id}, so it is not a system begun after that assessment"), start, earlier);
        }

        var appliesFrom = duty.Get(NotifySscOfSubsequentUserSystem.AppliesToFirstUseFrom);
        if (startDate < appliesFrom)
        {
            return Outside(
                Invariant($"{system.Id} was first employed on {startDate:yyyy-MM-dd}, before the duty took effect on {appliesFrom:yyyy-MM-dd}. {ImrWording}; this version reads the duty as not retrospective (applies-to-first-use-from, {EnumText.Of(duty.ValueOf(NotifySscOfSubsequentUserSystem.AppliesToFirstUseFrom).Provenance)})"),
                start, earlier);
        }

        var fieldwork = initial.Select(assessment => assessment.Fieldwork).Max();
        if (fieldwork is { } lastFieldwork && startDate <= lastFieldwork)
        {
            return Outside(Invariant($"{system.Id} was employed by {lastFieldwork:yyyy-MM-dd}, the fieldwork of {owner.Id}'s initial assessment, which therefore covers it"), start, earlier);
        }

        if (!owner.IsUserOn(startDate))
        {
            var entry = owner.UserEntryCompleted is { } entered
                ? Invariant($"before {owner.Id} completed User Entry on {entered:yyyy-MM-dd}")
                : Invariant($"while {owner.Id} had not completed User Entry");
            return fieldwork is { } done
                ? Unknown(
                    Invariant($"{system.Id} was first employed on {startDate:yyyy-MM-dd}, after the fieldwork of {owner.Id}'s initial Full User Security Assessment ({done:yyyy-MM-dd}) but {entry}: that assessment did not look at it, and the SECMP0057 duty attaches only once a User has satisfactorily completed its initial assessment; the sources do not say what covers such a system"),
                    start, earlier,
                    Invariant($"how a User System first employed between the initial assessment's fieldwork and User Entry is assured (the SECMP0057 legal text was not available)"))
                : Unknown(
                    Invariant($"{system.Id} was first employed on {startDate:yyyy-MM-dd}, {entry}; whether its initial Full User Security Assessment looked at it depends on when that assessment's fieldwork took place, which the facts do not give"),
                    start, earlier,
                    Invariant($"the fieldwork date of {owner.Id}'s initial Full User Security Assessment (an assessment with initial: true, fieldwork)"));
        }

        return Satisfactory(owner, initial, startDate, version) is { } unsatisfactory
            ? Unknown(unsatisfactory.Reason, start, earlier, unsatisfactory.Missing)
            : new SubsequentSystem(SubsequentSystemStanding.Subsequent, string.Empty, start, earlier, []);
    }

    // Completing User Entry needs a status that allows it (H1.10, G8.34), so a User is taken to have
    // satisfactorily completed its initial assessment by then unless the facts show otherwise.
    private static (string Reason, string Missing)? Satisfactory(Party owner, IReadOnlyList<SecurityAssessment> initial, DateOnly start, RulesetVersion version)
    {
        var entryLevels = version.GetObligation(InitialAssessmentBeforeUserEntry.Id).Get(InitialAssessmentBeforeUserEntry.EntryAllowingLevels);
        // A status with no date of assignment cannot be read (names are read by that date), and
        // may have been assigned by then: it leaves the question open, like an unreadable name.
        var statuses = initial
            .Where(assessment => assessment.AssuranceStatus is not null && (assessment.StatusAssigned is not { } assigned || assigned <= start))
            .ToList();
        var read = statuses
            .Select(assessment => assessment.StatusAssigned is { } assigned && version.AssuranceStatuses.TryRead(assessment.AssuranceStatus!, assigned, out var level) ? level : null)
            .ToList();
        if (read.Count == 0 || read.Any(level => level is { } known && entryLevels.Contains(known)))
        {
            return null;
        }

        if (read.Contains(null))
        {
            return (Invariant($"{owner.Id} is a User, but no status assigned to its initial assessments by {start:yyyy-MM-dd} is one this version can read as allowing User Entry, so whether it had satisfactorily completed its initial Full User Security Assessment, which is when the SECMP0057 duty attaches, is not known"),
                statuses.FirstOrDefault(assessment => assessment.StatusAssigned is null) is { } undated
                    ? Invariant($"the date the Assurance Status of {undated.Id} was assigned (status-assigned)")
                    : Invariant($"the Assurance Status of {owner.Id}'s initial assessment by a name in use when it was assigned (assurance-status)"));
        }

        return (Invariant($"{owner.Id} is a User, but no status assigned to its initial assessments by {start:yyyy-MM-dd} allows User Entry, so it had not satisfactorily completed its initial Full User Security Assessment, which is when the SECMP0057 duty attaches"),
            Invariant($"whether the SECMP0057 duty binds a User that entered without satisfactorily completing its initial assessment (the legal text was not available)"));
    }

    private static SubsequentSystem Outside(string reason, DateOnly? start, IReadOnlyList<UserSystem> earlier) =>
        new(SubsequentSystemStanding.OutsideTheDuty, reason, start, earlier, []);

    private static SubsequentSystem Unknown(string reason, DateOnly? start, IReadOnlyList<UserSystem> earlier, string missing) =>
        new(SubsequentSystemStanding.Unknown, reason, start, earlier, [missing]);
}
