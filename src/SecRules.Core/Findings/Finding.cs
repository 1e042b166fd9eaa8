using SecRules.Facts;

namespace SecRules.Findings;

/// <summary>
/// What the engine concluded about one obligation for one subject, with the clause it cites, how far
/// the encoded law can be trusted, and the facts behind it.
/// </summary>
/// <remarks>
/// Findings are produced by the rules of a ruleset version and compared by reference: two findings
/// with the same content from two evaluations are different objects.
/// </remarks>
public sealed class Finding
{
    /// <summary>Gets the id of the obligation, stable across versions (for example <c>notify-ssc-of-subsequent-user-system</c>).</summary>
    public required string Obligation { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Gets the fact the obligation was assessed for: a Party, a User System, an assessment...</summary>
    public required FactRef Subject { get; init; }

    /// <summary>Gets the clause cited, with the ruleset version it belongs to.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets the provenance of the obligation as encoded.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>Gets a plain-English explanation of the outcome.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// Gets, where a rule gives several findings of one obligation for one subject, the fact that tells
    /// this one apart (the Shared Resource User a provider's assessment is owed to, the Panel notice an
    /// Event of Default risk follows); null otherwise.
    /// </summary>
    public FactRef? Concerning { get; init; }

    /// <summary>Gets the facts that produced the finding, its subject first.</summary>
    public IReadOnlyList<FactRef> Facts { get; init; } = [];

    /// <summary>Gets, for <see cref="Outcome.Undetermined"/>, the facts that are missing.</summary>
    public IReadOnlyList<string> MissingFacts { get; init; } = [];

    /// <summary>
    /// Gets, for a <see cref="Outcome.Breach"/>, the date the facts show the breach remedied by the
    /// evaluation date (a late Response, a late notification, a non-compliance put right), or null
    /// when they show none. The breach still stands for the time it lasted; an Event of Default risk
    /// reads this date when the Panel's notice records no remedy of its own.
    /// </summary>
    public DateOnly? Remedied { get; init; }

    /// <summary>Gets, for <see cref="Outcome.EventOfDefaultRisk"/>, each condition of M8.1(g) and whether it is met.</summary>
    public IReadOnlyList<EventOfDefaultCondition> Conditions { get; init; } = [];

    /// <summary>Gets whether only a Panel determination can settle the finding (every Event of Default risk).</summary>
    public bool RequiresPanelDetermination => Outcome == Outcome.EventOfDefaultRisk;

    /// <summary>Formats the finding as one line: outcome, obligation, subject and citation.</summary>
    /// <returns>The formatted finding.</returns>
    public override string ToString() => $"{Outcome} {Obligation} for {Subject} ({Citation})";
}
