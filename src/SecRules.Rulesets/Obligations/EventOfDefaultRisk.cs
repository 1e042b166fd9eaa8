using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// M8.1(g): a material breach of a material obligation, not remedied after the Panel's notice, may be
/// an Event of Default. Derived by forward chaining from Breach findings and Panel notices; the
/// derived finding is linked to them and disappears when they change. Only the Panel determines that
/// an Event of Default occurred, so the strongest outcome is <see cref="Outcome.EventOfDefaultRisk"/>.
/// </summary>
internal sealed class EventOfDefaultRisk(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "event-of-default-risk";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new EventOfDefaultRisk(obligation, version));

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        Finding breach = null!;
        PanelNotice notice = null!;
        Party party = null!;
        IEnumerable<NonCompliance> nonCompliances = null!;

        When()
            .Match(() => evaluation)
            .Match(() => breach, finding => finding.Outcome == Outcome.Breach, finding => IsMaterialObligation(finding.Obligation))
            .Match(() => notice, served => served.Obligation == breach.Obligation && served.Subject == breach.Subject.Id,
                served => served.Served <= evaluation.Date)
            .Match(() => party, candidate => candidate.Id == notice.Party)
            .Query(() => nonCompliances, query => query
                .Match<NonCompliance>(nonCompliance => nonCompliance.Id == breach.Subject.Id)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, breach, notice, party, nonCompliances.FirstOrDefault()));
    }

    private bool IsMaterialObligation(string obligation) =>
        Version.TryGetObligation(obligation, out var breached) && breached.IsMaterial;

    private Finding Assess(DateOnly evaluationDate, Finding breach, PanelNotice notice, Party party, NonCompliance? nonCompliance)
    {
        var remedied = notice.Remedied is { } date && date <= evaluationDate ? date : (DateOnly?)null;
        if (remedied is { } onTime && onTime <= notice.RemedyBy)
        {
            return Conclude(Outcome.Compliant, party,
                Invariant($"{party.Id} remedied the breach of {breach.Obligation} for {breach.Subject.Id} on {onTime:yyyy-MM-dd}, by the date in Panel notice {notice.Id} ({notice.RemedyBy:yyyy-MM-dd})."),
                [notice, nonCompliance]);
        }

        if (notice.RemedyBy >= evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"Panel notice {notice.Id} requires {party.Id} to remedy the breach of {breach.Obligation} for {breach.Subject.Id} by {notice.RemedyBy:yyyy-MM-dd}, which has not passed."),
                [notice, nonCompliance]);
        }

        var breached = Version.GetObligation(breach.Obligation);
        EventOfDefaultCondition[] conditions =
        [
            new("The breach is not covered by another limb of M8.1 (a) to (f).", ConditionStatus.Met,
                "Limbs (a) to (f) concern privacy, enforcement notices, payments and misrepresentation, not Section G security obligations (INFERRED)."),
            new(Invariant($"{breach.Obligation} ({breach.Citation.Clause}) is a material obligation under the Code."), ConditionStatus.Met,
                Invariant($"The ruleset marks it material ({EnumText(breached.Material.Provenance)}{(breached.Material.Note is { } note ? ": " + note.TrimEnd('.') : string.Empty)}).")),
            nonCompliance is { Material: true }
                ? new("The breach is material.", ConditionStatus.Met,
                    Invariant($"Assessment {nonCompliance.Assessment} found non-compliance {nonCompliance.Id} material."))
                : new("The breach is material.", ConditionStatus.Unknown,
                    "The facts do not establish the materiality of the breach; the Panel decides it."),
            new(Invariant($"The Panel gave notice requiring the breach to be remedied."), ConditionStatus.Met,
                Invariant($"Panel notice {notice.Id} was served on {notice.Served:yyyy-MM-dd} with a remedy date of {notice.RemedyBy:yyyy-MM-dd}.")),
            new("The breach was not remedied by the remedy date.", ConditionStatus.Met,
                remedied is { } late
                    ? Invariant($"{party.Id} remedied it on {late:yyyy-MM-dd}, after {notice.RemedyBy:yyyy-MM-dd}.")
                    : Invariant($"No remedy is recorded by {notice.RemedyBy:yyyy-MM-dd} or since.")),
            new("The Panel determines that an Event of Default has occurred.", ConditionStatus.NotMet,
                "Only the Panel makes this determination; the engine never concludes that an Event of Default occurred."),
        ];

        return Conclude(Outcome.EventOfDefaultRisk, party,
            Invariant($"Risk of an Event of Default under M8.1(g) for {party.Id}: the breach of {breach.Obligation} ({breach.Citation.Clause}) for {breach.Subject.Id} was not remedied by {notice.RemedyBy:yyyy-MM-dd} as Panel notice {notice.Id} required. Requires a Panel determination."),
            [notice, nonCompliance],
            conditions: conditions,
            references: [breach.Subject]);
    }

    private static string EnumText(Provenance provenance) => Input.EnumText.Of(provenance);
}
