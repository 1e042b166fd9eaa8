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
        Party user = null!;
        IEnumerable<UserSystem> systems = null!;
        IEnumerable<SharedResourceUserInformation> information = null!;

        When()
            .Match(() => evaluation)
            .Match(() => provider)
            .Match(() => assessment, candidate => candidate.Subject == provider.Id,
                candidate => candidate.ReportIssued != null && candidate.ReportIssued <= evaluation.Date)
            .Match(() => user)
            .Query(() => systems, query => query
                .Match<UserSystem>(system => system.Owner == user.Id && system.SharedResourceProvider == provider.Id)
                .Collect()
                .Where(found => found.Any()))
            .Query(() => information, query => query
                .Match<SharedResourceUserInformation>(given => given.Assessment == assessment.Id && given.Party == user.Id)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, provider, assessment, user, systems, information));
    }

    private Finding Assess(
        DateOnly evaluationDate,
        SharedResourceProvider provider,
        SecurityAssessment assessment,
        Party user,
        IEnumerable<UserSystem> systems,
        IEnumerable<SharedResourceUserInformation> information)
    {
        var report = assessment.ReportIssued!.Value;
        var usedThen = systems.Where(system => system.IsEmployedOn(report)).ToList();
        if (usedThen.Count == 0)
        {
            return Conclude(Outcome.NotApplicable, user,
                Invariant($"{user.Id} began to use {provider.Id} after its assessment {assessment.Id} (report {report:yyyy-MM-dd}), so it is not a Shared Resource User for that assessment."),
                [assessment, provider, .. systems]);
        }

        var due = Obligation.Get(DueWithin).After(report, Version.Calendar);
        var given = information.Where(item => item.Given <= evaluationDate).MinBy(item => item.Given);
        if (given is not null)
        {
            return given.Given <= due
                ? Conclude(Outcome.Compliant, user,
                    Invariant($"{user.Id}, a Shared Resource User of {provider.Id}, was given the information on assessment {assessment.Id} on {given.Given:yyyy-MM-dd}, by {due:yyyy-MM-dd}."),
                    [assessment, provider, given, .. usedThen])
                : Conclude(Outcome.Breach, user,
                    Invariant($"{user.Id}, a Shared Resource User of {provider.Id}, was given the information on assessment {assessment.Id} on {given.Given:yyyy-MM-dd}, after it was due ({due:yyyy-MM-dd})."),
                    [assessment, provider, given, .. usedThen]);
        }

        return due < evaluationDate
            ? Conclude(Outcome.Breach, user,
                Invariant($"{user.Id}, a Shared Resource User of {provider.Id} when assessment {assessment.Id} reported on {report:yyyy-MM-dd}, had not been given its information by {due:yyyy-MM-dd}."),
                [assessment, provider, .. usedThen])
            : Conclude(Outcome.NotApplicable, user,
                Invariant($"{user.Id} is a Shared Resource User of {provider.Id} for assessment {assessment.Id}; its information is due by {due:yyyy-MM-dd}, which has not passed."),
                [assessment, provider, .. usedThen]);
    }
}
