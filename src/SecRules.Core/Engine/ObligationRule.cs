using NRules.Fluent.Dsl;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// Base of the NRules rule classes that evaluate one obligation as it stands in one ruleset version.
/// The rule reads its parameters from <see cref="Obligation"/>, never from constants, and builds its
/// findings with <see cref="Conclude"/>.
/// </summary>
/// <remarks>
/// The engine creates one instance per version and compiles it once. In a version where the
/// obligation is not in force the same rule still runs, so that each subject it would cover gets a
/// <see cref="Outcome.NotApplicable"/> finding saying which modification introduces or retired it.
/// </remarks>
public abstract class ObligationRule : Rule
{
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
        references = (facts ?? []).OfType<IFact>().Select(FactRef.To).Concat(references ?? []).Prepend(FactRef.To(subject)).Distinct().ToList();
        if (!Obligation.IsInForce)
        {
            return new Finding
            {
                Obligation = Obligation.Id,
                Outcome = Outcome.NotApplicable,
                Subject = FactRef.To(subject),
                Citation = Obligation.Citation,
                Provenance = Obligation.Provenance,
                Message = $"Not in force in {Version.Id}: {Obligation.StatusNote}.",
                Facts = [.. references],
                Concerning = concerning is null ? null : FactRef.To(concerning),
            };
        }

        return new Finding
        {
            Obligation = Obligation.Id,
            Outcome = outcome,
            Subject = FactRef.To(subject),
            Citation = citation ?? Obligation.Citation,
            Provenance = Obligation.Provenance,
            Message = message,
            Facts = [.. references],
            MissingFacts = [.. missingFacts ?? []],
            Conditions = [.. conditions ?? []],
            Remedied = outcome == Outcome.Breach ? remedied : null,
            Concerning = concerning is null ? null : FactRef.To(concerning),
        };
    }
}
