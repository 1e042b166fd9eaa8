using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// M8.1(g): an Event of Default "shall have occurred" for a Party in material breach of a material
/// obligation that has failed to remedy it. Derived by forward chaining from each Panel notice and
/// the Breach findings it concerns; the derived finding is linked to them and follows them as they
/// change. Every notice gets one finding, so none is passed over: a risk listing the M8.1(g)
/// conditions (met, not met, unknown, or assumed from INFERRED data), or why there is none. Whether
/// an obligation or a breach is material is the Panel's judgement, so the strongest outcome is
/// <see cref="Outcome.EventOfDefaultRisk"/>.
/// </summary>
internal sealed class EventOfDefaultRisk(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "event-of-default-risk";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new EventOfDefaultRisk(obligation, version));

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        PanelNotice notice = null!;
        Party party = null!;
        IEnumerable<Finding> breaches = null!;
        IEnumerable<NonCompliance> nonCompliances = null!;

        When()
            .Match(() => evaluation)
            .Match(() => notice, served => served.Served <= evaluation.Date)
            .Match(() => party, candidate => candidate.Id == notice.Party)
            .Query(() => breaches, query => query
                .Match<Finding>(finding => (finding.Outcome == Outcome.Breach || finding.Outcome == Outcome.Undetermined)
                    && finding.Obligation == notice.Obligation && finding.Subject.Id == notice.Subject)
                .Collect())
            .Query(() => nonCompliances, query => query
                .Match<NonCompliance>(nonCompliance => nonCompliance.Id == notice.Subject)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, notice, party, breaches.ToList(), nonCompliances.FirstOrDefault()));
    }

    private Finding Assess(DateOnly evaluationDate, PanelNotice notice, Party party, IReadOnlyList<Finding> found, NonCompliance? nonCompliance)
    {
        var what = Invariant($"the breach of {notice.Obligation} for {notice.Subject}");
        var breach = found.FirstOrDefault(finding => finding.Outcome == Outcome.Breach);
        var open = found.FirstOrDefault(finding => finding.Outcome == Outcome.Undetermined);
        if (breach is null && open is null)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"Panel notice {notice.Id} concerns {what}, but the findings show no such breach at the evaluation date, so no Event of Default risk follows from it."),
                [notice, nonCompliance],
                references: [new FactRef(FactKind.Party, notice.Party)], concerning: notice);
        }

        var concerned = (breach ?? open)!;
        var breached = Version.GetObligation(notice.Obligation);

        // Only a reading the sources give settles that an obligation is not material; a flag the
        // ruleset infers leaves the question to the Panel, and the risk is shown with it unknown.
        if (!breached.IsMaterial && breached.Material.Provenance == Provenance.Read)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"Panel notice {notice.Id} concerns {what}, but the ruleset does not mark {notice.Obligation} as a material obligation ({Basis(breached.Material)}), so on this reading M8.1(g) does not reach it; whether an obligation is material is the Panel's judgement."),
                [notice, nonCompliance],
                references: [concerned.Subject], concerning: notice);
        }

        if (breach is null)
        {
            return Conclude(Outcome.Undetermined, party,
                Invariant($"Panel notice {notice.Id} concerns {what}, but whether there is such a breach is itself not known, so neither is whether an Event of Default risk follows."),
                [notice, nonCompliance],
                missingFacts: open!.MissingFacts,
                references: [open.Subject], concerning: notice);
        }

        DateOnly? onNotice = notice.Remedied is { } date && date <= evaluationDate ? date : null;
        var remedied = onNotice ?? breach.Remedied;
        var remedySource = onNotice is not null ? "as the notice records" : Invariant($"as the facts of {breach.Subject.Id} record");
        var deadline = Deadline.Judge(notice.RemedyBy, remedied, evaluationDate);
        switch (deadline.State)
        {
            case DeadlineState.MetOnTime:
                return Conclude(Outcome.Compliant, party,
                    Invariant($"{party.Id} remedied {what} on {deadline.Done:yyyy-MM-dd} ({remedySource}), by the date in Panel notice {notice.Id} ({deadline.Due:yyyy-MM-dd})."),
                    [notice, nonCompliance], references: [breach.Subject], concerning: notice);
            case DeadlineState.Pending:
                return Conclude(Outcome.NotApplicable, party,
                    Invariant($"Panel notice {notice.Id} requires {party.Id} to remedy {what} by {deadline.Due:yyyy-MM-dd}, which has not passed."),
                    [notice, nonCompliance], references: [breach.Subject], concerning: notice);
            case DeadlineState.DueDateUnknown or DeadlineState.MetWithoutDueDate:
                var remedy = deadline.Done is { } done ? Invariant($"{party.Id} remedied it on {done:yyyy-MM-dd} ({remedySource})") : "no remedy is recorded";
                return Conclude(Outcome.Undetermined, party,
                    Invariant($"Panel notice {notice.Id} requires {party.Id} to remedy {what}; {remedy}, and the notice gives no date, so whether {party.Id} failed to remedy it in time is not known."),
                    [notice, nonCompliance], references: [breach.Subject],
                    missingFacts: [Invariant($"the date by which Panel notice {notice.Id} requires the breach remedied (remedy-by)")], concerning: notice);
        }

        EventOfDefaultCondition[] conditions =
        [
            new("The breach is not covered by another limb of M8.1 (a) to (f).", ConditionStatus.Met,
                "Limbs (a) to (f) concern privacy, enforcement notices, payments and misrepresentation (S13), not Section G security obligations."),
            breached.IsMaterial
                ? new(Invariant($"{breach.Obligation} ({breach.Citation.Clause}) is a material obligation under the Code."),
                    breached.Material.Provenance == Provenance.Read ? ConditionStatus.Met : ConditionStatus.Assumed,
                    Invariant($"The ruleset marks it material ({Basis(breached.Material)}). Whether an obligation is material is the Panel's judgement."))
                : new(Invariant($"{breach.Obligation} ({breach.Citation.Clause}) is a material obligation under the Code."),
                    ConditionStatus.Unknown,
                    Invariant($"The ruleset marks it not material ({Basis(breached.Material)}), a reading no source settles; whether an obligation is material is the Panel's judgement.")),
            nonCompliance?.Material switch
            {
                // The assessor's view is evidence of materiality, not the Panel's judgement.
                true => new("The breach is material.", ConditionStatus.Assumed,
                    Invariant($"Assessment {nonCompliance.Assessment} found non-compliance {nonCompliance.Id} material; whether the breach is material is the Panel's judgement.")),
                false => new("The breach is material.", ConditionStatus.Unknown,
                    Invariant($"Assessment {nonCompliance.Assessment} found non-compliance {nonCompliance.Id} not material; whether the breach is material is the Panel's judgement.")),
                null => new("The breach is material.", ConditionStatus.Unknown,
                    "The facts do not establish the materiality of the breach; it is the Panel's judgement."),
            },
            new("The Panel gave notice requiring the breach to be remedied.", ConditionStatus.Met,
                Invariant($"Panel notice {notice.Id} was served on {notice.Served:yyyy-MM-dd} with a remedy date of {deadline.Due:yyyy-MM-dd}.")),
            new("The breach was not remedied by the remedy date.", ConditionStatus.Met,
                remedied is { } late
                    ? Invariant($"{party.Id} remedied it on {late:yyyy-MM-dd} ({remedySource}), after {deadline.Due:yyyy-MM-dd}.")
                    : Invariant($"No remedy is recorded, on the notice or on {breach.Subject.Id}, by {deadline.Due:yyyy-MM-dd} or since.")),
        ];

        return Conclude(Outcome.EventOfDefaultRisk, party,
            Invariant($"Risk of an Event of Default under M8.1(g) for {party.Id}: {what} ({breach.Citation.Clause}) was not remedied by {deadline.Due:yyyy-MM-dd} as Panel notice {notice.Id} required. M8.1 deems an Event of Default to have occurred when its conditions are met; whether the obligation and the breach are material is the Panel's judgement."),
            [notice, nonCompliance],
            conditions: conditions,
            references: [breach.Subject], concerning: notice);
    }

    private static string Basis(ParameterValue material) =>
        Invariant($"{EnumText.Of(material.Provenance)}{(material.Source is { } source ? " " + source : string.Empty)}{(material.Note is { } note ? ": " + note.TrimEnd('.') : string.Empty)}");
}
