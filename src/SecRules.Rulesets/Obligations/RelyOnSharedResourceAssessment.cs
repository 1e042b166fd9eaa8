using NRules.Fluent.Dsl;
using SecRules.Assurance;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// SECMP0044: a User System provided by a Shared Resource Provider can rely on a satisfactory
/// assessment of that provider in the current cycle, instead of being assessed again. Relying on an
/// assessment that found the provider wanting, with nothing else covering the system, is a Breach.
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

    public static ObligationType Type { get; } = new(
        Id, (obligation, version) => new RelyOnSharedResourceAssessment(obligation, version), RecognisedFor, SatisfactoryLevels);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        UserSystem system = null!;
        IEnumerable<SecurityAssessment> assessments = null!;
        IEnumerable<NonCompliance> nonCompliances = null!;

        When()
            .Match(() => evaluation)
            .Match(() => system, candidate => candidate.SharedResourceProvider != null
                && candidate.FirstEmployed != null && candidate.FirstEmployed.Value.Date <= evaluation.Date)
            .Query(() => assessments, query => query
                .Match<SecurityAssessment>(assessment => (assessment.Subject == system.SharedResourceProvider
                        || assessment.Subject == system.Id || (assessment.Subject == system.Owner && assessment.Covers.Contains(system.Id)))
                    && assessment.ReportIssued != null && assessment.ReportIssued <= evaluation.Date)
                .Collect())
            .Query(() => nonCompliances, query => query
                .Match<NonCompliance>(nonCompliance => assessments.Any(assessment => assessment.Id == nonCompliance.Assessment))
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, system, assessments, nonCompliances));
    }

    private Finding Assess(DateOnly evaluationDate, UserSystem system, IEnumerable<SecurityAssessment> assessments, IEnumerable<NonCompliance> nonCompliances)
    {
        var provider = system.SharedResourceProvider!;
        var since = Obligation.Get(RecognisedFor).Before(evaluationDate, Version.Calendar);
        var current = assessments.Where(assessment => assessment.ReportIssued >= since).ToList();
        var own = current.Where(assessment => assessment.Subject != provider).MaxBy(assessment => assessment.ReportIssued);
        if (own is not null && Shortcoming(own, nonCompliances, evaluationDate) is null)
        {
            return Conclude(Outcome.Compliant, system,
                Invariant($"{system.Id} is covered by {system.Owner}'s own assessment {own.Id} (report {own.ReportIssued:yyyy-MM-dd}), so it need not rely on {provider}."),
                [own]);
        }

        var latest = current.Where(assessment => assessment.Subject == provider).MaxBy(assessment => assessment.ReportIssued);
        if (latest is null)
        {
            return Conclude(Outcome.NotApplicable, system,
                Invariant($"No assessment of {provider} reported since {since:yyyy-MM-dd} for {system.Id} to rely on; the system falls within {system.Owner}'s own assessments."),
                [own]);
        }

        var shortcoming = Shortcoming(latest, nonCompliances, evaluationDate);
        return shortcoming is null
            ? Conclude(Outcome.Compliant, system,
                Invariant($"{system.Owner} relies on {provider}'s assessment {latest.Id} (report {latest.ReportIssued:yyyy-MM-dd}) for {system.Id}; it is satisfactory."),
                [latest])
            : Conclude(Outcome.Breach, system,
                Invariant($"{system.Owner} relies on {provider}'s assessment {latest.Id} (report {latest.ReportIssued:yyyy-MM-dd}) for {system.Id}, but it is not satisfactory: {shortcoming}; no other assessment covers the system."),
                [latest, own]);
    }

    private string? Shortcoming(SecurityAssessment assessment, IEnumerable<NonCompliance> nonCompliances, DateOnly evaluationDate)
    {
        var open = nonCompliances
            .Where(nonCompliance => nonCompliance.Assessment == assessment.Id && nonCompliance.Material
                && (nonCompliance.Remedied is not { } remedied || remedied > evaluationDate))
            .Select(nonCompliance => nonCompliance.Id)
            .ToList();
        if (open.Count > 0)
        {
            return Invariant($"material non-compliance {string.Join(", ", open)} unremedied");
        }

        if (assessment is { AssuranceStatus: { } status, StatusAssigned: { } assigned })
        {
            if (!Version.AssuranceStatuses.TryRead(status, assigned, out var level))
            {
                return Invariant($"its status '{status}' is not an Assurance Status name on {assigned:yyyy-MM-dd}");
            }

            if (!Obligation.Get(SatisfactoryLevels).Contains(level.Value))
            {
                return Invariant($"its status '{status}' (assigned {assigned:yyyy-MM-dd}) is not one Users can rely on");
            }
        }

        return null;
    }
}
