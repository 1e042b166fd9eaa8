using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G10.7 and G10.8 (SECMP0044): after a User Security Assessment of a Shared Resource Provider, each
/// User that used the provider at that time (a Shared Resource User) must be given information about it.
/// </summary>
internal sealed class InformSharedResourceUsers(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "inform-shared-resource-users";

    public static readonly Parameter<Period> DueWithin = Parameter.Period(
        "due-within",
        "How long after the assessment report each Shared Resource User must have been given the information.");

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new InformSharedResourceUsers(obligation, version), DueWithin);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        SharedResourceProvider provider = null!;
        SecurityAssessment assessment = null!;
        Party party = null!;
        IEnumerable<UserSystem> systems = null!;
        IEnumerable<SharedResourceUserInformation> information = null!;

        When()
            .Match(() => evaluation)
            .Match(() => provider)
            .Match(() => assessment, candidate => candidate.Subject == provider.Id,
                candidate => candidate.ReportIssued != null && candidate.ReportIssued <= evaluation.Date)
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
        var report = assessment.ReportIssued!.Value;
        var usedThen = systems.Where(system => system.IsEmployedOn(report)).ToList();
        if (usedThen.Count == 0)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"{party.Id} began to use {provider.Id} after its assessment {assessment.Id} (report {report:yyyy-MM-dd}), so it is not a Shared Resource User for that assessment."),
                [assessment, provider, .. systems]);
        }

        var due = Obligation.Get(DueWithin).After(report, Version.Calendar);
        var given = information.Where(item => item.Given <= evaluationDate).MinBy(item => item.Given);
        var deadline = Deadline.Judge(due, given?.Given, evaluationDate);
        var user = Invariant($"{party.Id}, a Shared Resource User of {provider.Id} when assessment {assessment.Id} reported on {report:yyyy-MM-dd},");
        var message = deadline.State switch
        {
            DeadlineState.MetOnTime => Invariant($"{user} was given its information on {deadline.Done:yyyy-MM-dd}, by {due:yyyy-MM-dd}."),
            DeadlineState.MetLate => Invariant($"{user} was given its information on {deadline.Done:yyyy-MM-dd}, {deadline.DaysLate} day(s) after it was due ({due:yyyy-MM-dd})."),
            DeadlineState.Missed => Invariant($"{user} had not been given its information by {due:yyyy-MM-dd}."),
            _ => Invariant($"{user} must be given its information by {due:yyyy-MM-dd}, which has not passed."),
        };
        return Conclude(deadline.Outcome, party, message, [assessment, provider, given, .. usedThen]);
    }
}
