using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G10.7 and G10.8 (SECMP0044): after a User Security Assessment of a Shared Resource Provider, each
/// User that had an arrangement with the provider at that time (a Shared Resource User) is given
/// information about it. The finding's subject is the provider's assessment, one finding per Shared
/// Resource User: the receiving User is owed the information, not the party in breach. Who owes it
/// and by when were not read, so both are ruleset data that may be unknown; with no deadline,
/// information not yet given is Undetermined, never a Breach.
/// </summary>
internal sealed class InformSharedResourceUsers(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "inform-shared-resource-users";

    public static readonly Parameter<Period> DueWithin = Parameter.Period(
        "due-within",
        "How long after the assessment report each Shared Resource User must have been given the information.").OrUnknown();

    public static readonly Parameter<string> OwedBy = Parameter.Text(
        "owed-by",
        "Who owes the information, as findings name it.").OrUnknown();

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new InformSharedResourceUsers(obligation, version), DueWithin, OwedBy);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        SharedResourceProvider provider = null!;
        SecurityAssessment assessment = null!;
        Party party = null!;
        IEnumerable<UserSystem> systems = null!;
        IEnumerable<SharedResourceUserInformation> information = null!;

        // An assessment without a report date is kept: who its Shared Resource Users were is then unknown.
        When()
            .Match(() => evaluation)
            .Match(() => provider)
            .Match(() => assessment, candidate => candidate.Subject == provider.Id,
                candidate => candidate.ReportIssued == null || candidate.ReportIssued <= evaluation.Date)
            .Match(() => party)
            .Query(() => systems, query => query
                .Match<UserSystem>(system => system.Owner == party.Id && system.SharedResourceProvider == provider.Id)
                .Collect()
                .Where(found => found.Any()))
            .Query(() => information, query => query
                .Match<SharedResourceUserInformation>(given => given.Assessment == assessment.Id && given.Party == party.Id)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, provider, assessment, party, systems, information));
    }

    private Finding Assess(
        DateOnly evaluationDate,
        SharedResourceProvider provider,
        SecurityAssessment assessment,
        Party party,
        IEnumerable<UserSystem> systems,
        IEnumerable<SharedResourceUserInformation> information)
    {
        var given = information.Where(item => item.Given <= evaluationDate).MinBy(item => item.Given);
        if (assessment.ReportIssued is not { } report)
        {
            return Conclude(Outcome.Undetermined, assessment,
                Invariant($"The date the report of {assessment.Id}, an assessment of {provider.Id}, was issued is not given, so whether {party.Id} was one of its Shared Resource Users (a User with an arrangement with {provider.Id} at that time) is not known."),
                [provider, party, given, .. systems],
                missingFacts: [Invariant($"the date the report of {assessment.Id} was issued (report-issued)")], concerning: party);
        }

        var usedThen = systems.Where(system => system.IsEmployedOn(report)).ToList();
        var unknownStart = systems.Where(SystemStart.IsUnknown).ToList();
        if (usedThen.Count == 0 && unknownStart.Count > 0)
        {
            return Conclude(Outcome.Undetermined, assessment,
                Invariant($"When {party.Id} began to use {provider.Id} is not known, so whether it was a Shared Resource User when {assessment.Id} reported on {report:yyyy-MM-dd} is not known."),
                [provider, party, given, .. unknownStart],
                missingFacts: [.. unknownStart.Select(SystemStart.Missing)], concerning: party);
        }

        // A Shared Resource User is one with an arrangement with the provider when the assessment
        // reports (R10). A User that first employed the provider's systems only after the report is
        // taken to have joined after it (worked scenario 13); one that has not yet begun to use them
        // may have had its arrangement then or not, which the facts do not date.
        if (usedThen.Count == 0)
        {
            var ordered = systems.OrderBy(system => system.Id, StringComparer.Ordinal).ToList();
            var starts = string.Join(", ", ordered.Select(system => system.FirstEmployed is { } first
                ? Invariant($"{system.Id} first employed on {first.Date:yyyy-MM-dd}")
                : Invariant($"{system.Id} planned for {system.PlannedFirstUse:yyyy-MM-dd}")));
            return ordered.TrueForAll(system => system.FirstEmployed is not null)
                ? Conclude(Outcome.NotApplicable, assessment,
                    Invariant($"{party.Id} began to use {provider.Id} only after its assessment {assessment.Id} reported on {report:yyyy-MM-dd} ({starts}), so it is taken to have joined after it and not to be a Shared Resource User for that assessment."),
                    [provider, party, .. systems], concerning: party)
                : Conclude(Outcome.Undetermined, assessment,
                    Invariant($"{party.Id} had not begun to use {provider.Id} when its assessment {assessment.Id} reported on {report:yyyy-MM-dd} ({starts}); a Shared Resource User is a User with an arrangement with {provider.Id} at that time, and when {party.Id}'s arrangement began is not known."),
                    [provider, party, .. systems],
                    missingFacts: [Invariant($"the date {party.Id}'s arrangement with {provider.Id} under G10.2 began (the facts record only the use of its systems)")], concerning: party);
        }

        var owedBy = Obligation.TryGet(OwedBy, out var holder)
            ? Invariant($"{holder} ({provider.Id}, {EnumText.Of(Obligation.ValueOf(OwedBy).Provenance)})")
            : "whoever owes it (the sources do not say)";
        var user = Invariant($"{party.Id}, a Shared Resource User of {provider.Id} when assessment {assessment.Id} reported on {report:yyyy-MM-dd}");
        if (!Obligation.TryGet(DueWithin, out var within))
        {
            return Conclude(Outcome.Undetermined, assessment,
                given is not null
                    ? Invariant($"{user}, was given its information on {given.Given:yyyy-MM-dd}; no deadline for it is known, so whether that was in time is not known.")
                    : Invariant($"{user}, has not been given its information; it is owed by {owedBy}, but no deadline for it is known, so whether it is late is not known."),
                [provider, party, given, .. usedThen],
                missingFacts: [Invariant($"the period within which G10.8 information is due (due-within; the sources give none)")], concerning: party);
        }

        if (!within.TryAfter(report, Version.Calendar, out var due))
        {
            return Conclude(Outcome.Undetermined, assessment,
                Invariant($"{user}, is owed its information within {within} of the report, which cannot be counted without the bank holidays it spans."),
                [provider, party, given, .. usedThen],
                missingFacts: [Version.Calendar.DescribeMissing(report, forward: true)], concerning: party);
        }

        var deadline = Deadline.Judge(due, given?.Given, evaluationDate);
        var message = deadline.State switch
        {
            DeadlineState.MetOnTime => Invariant($"{user}, was given its information on {deadline.Done:yyyy-MM-dd}, by {due:yyyy-MM-dd}."),
            DeadlineState.MetLate => Invariant($"{user}, was given its information on {deadline.Done:yyyy-MM-dd}, {deadline.DaysLate} day(s) after it was due ({due:yyyy-MM-dd}) from {owedBy}."),
            DeadlineState.Missed => Invariant($"{user}, had not been given its information by {due:yyyy-MM-dd}; it is owed by {owedBy}."),
            _ => Invariant($"{user}, must be given its information by {due:yyyy-MM-dd}, which has not passed; it is owed by {owedBy}."),
        };
        return Conclude(deadline.Outcome, assessment, message, [provider, party, given, .. usedThen],
            remedied: deadline.State == DeadlineState.MetLate ? deadline.Done : null, concerning: party);
    }
}
