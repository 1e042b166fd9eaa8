using NRules.Fluent.Dsl;
using SecRules.Engine.Findings;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// Base of the NRules rule classes that evaluate one obligation as it stands in one ruleset version.
/// The rule reads its parameters from <see cref="Obligation"/>, never from constants, builds its
/// findings with <see cref="Conclude"/> and yields them with <c>Then().Yield(...)</c>.
/// </summary>
/// <remarks>
/// <para>
/// The engine creates one instance per version and compiles it once. In a version where the
/// obligation is not in force the same rule still runs, so that each subject it would cover gets a
/// <see cref="Outcome.NotApplicable"/> finding saying which modification introduces or retired it.
/// </para>
/// <para>
/// A yielded finding behaves as a fact linked to the rule's match: it is replaced when the match
/// changes and disappears when the match goes, and a rule that matches findings (Event of Default
/// risk) sees it. Only the findings some rule can match are inserted into the session, though;
/// the rest are collected beside it, which spares the engine most of its work on findings.
/// </para>
/// </remarks>
public abstract class ObligationRule : Rule
{
    private string? _notInForce;
    private Citation? _citation;

    /// <summary>Creates the rule for an obligation as it stands in a version.</summary>
    /// <param name="obligation">The obligation in the version.</param>
    /// <param name="version">The version.</param>
    protected ObligationRule(Obligation obligation, RulesetVersion version)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(version);
        Obligation = obligation;
        Version = version;
    }

    /// <summary>Gets the obligation as it stands in the version.</summary>
    public Obligation Obligation { get; }

    /// <summary>Gets the version.</summary>
    public RulesetVersion Version { get; }

    private string NotInForce => _notInForce ??= $"Not in force in {Version.Id}: {Obligation.StatusNote}.";

    private Citation OwnCitation => _citation ??= Obligation.Citation;

    /// <summary>Gets the builder of the rule's actions, where <c>Yield</c> of a finding concludes it for the rule's match.</summary>
    /// <returns>The builder.</returns>
    protected new IRightHandSideExpression Then() => new ConcludingRightHandSide(base.Then());

    /// <summary>
    /// Builds a finding about this obligation. When the obligation is not in force in the version the
    /// finding is <see cref="Outcome.NotApplicable"/> and says why, whatever <paramref name="outcome"/> is.
    /// </summary>
    /// <param name="outcome">The outcome the facts give when the obligation is in force.</param>
    /// <param name="subject">The fact the obligation was assessed for.</param>
    /// <param name="message">A plain-English explanation of the outcome.</param>
    /// <param name="facts">Further facts behind the finding.</param>
    /// <param name="missingFacts">For <see cref="Outcome.Undetermined"/>, the facts that are missing.</param>
    /// <param name="conditions">For <see cref="Outcome.EventOfDefaultRisk"/>, the conditions and whether they are met.</param>
    /// <param name="references">Further facts behind the finding that the rule knows only by reference (the subject of another finding, say).</param>
    /// <param name="citation">The clause to cite when the facts name it (a non-compliance cites the clause it breaches); by default the obligation's own.</param>
    /// <param name="remedied">For <see cref="Outcome.Breach"/>, the date the facts show the breach remedied by the evaluation date, if they do.</param>
    /// <param name="concerning">Where the rule gives several findings for one subject, the fact that tells this one apart (<see cref="Finding.Concerning"/>).</param>
    /// <returns>The finding.</returns>
    protected Finding Conclude(
        Outcome outcome,
        IFact subject,
        string message,
        IEnumerable<IFact?>? facts = null,
        IEnumerable<string>? missingFacts = null,
        IEnumerable<EventOfDefaultCondition>? conditions = null,
        IEnumerable<FactRef>? references = null,
        Citation? citation = null,
        DateOnly? remedied = null,
        IFact? concerning = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var behind = FactsBehind(subject, facts, references);
        if (!Obligation.IsInForce)
        {
            return new Finding
            {
                Obligation = Obligation.Id,
                Outcome = Outcome.NotApplicable,
                Subject = behind[0],
                Citation = OwnCitation,
                Provenance = Obligation.Provenance,
                Message = NotInForce,
                Facts = behind,
                Concerning = concerning is null ? null : FactRef.To(concerning),
            };
        }

        return new Finding
        {
            Obligation = Obligation.Id,
            Outcome = outcome,
            Subject = behind[0],
            Citation = citation ?? OwnCitation,
            Provenance = Obligation.Provenance,
            Message = message,
            Facts = behind,
            MissingFacts = missingFacts is null ? [] : [.. missingFacts],
            Conditions = conditions is null ? [] : [.. conditions],
            Remedied = outcome == Outcome.Breach ? remedied : null,
            Concerning = concerning is null ? null : FactRef.To(concerning),
        };
    }

    // The subject first, then each fact once, in the order given. Findings are built by the hundred
    // thousand in explore, so this avoids the allocations of a LINQ chain.
    private static List<FactRef> FactsBehind(IFact subject, IEnumerable<IFact?>? facts, IEnumerable<FactRef>? references)
    {
        var behind = new List<FactRef>(4) { FactRef.To(subject) };
        if (facts is not null)
        {
            foreach (var fact in facts)
            {
                if (fact is not null)
                {
                    AddOnce(behind, FactRef.To(fact));
                }
            }
        }

        if (references is not null)
        {
            foreach (var reference in references)
            {
                AddOnce(behind, reference);
            }
        }

        return behind;
    }

    private static void AddOnce(List<FactRef> behind, FactRef reference)
    {
        foreach (var existing in behind)
        {
            if (existing == reference)
            {
                return;
            }
        }

        behind.Add(reference);
    }
}
