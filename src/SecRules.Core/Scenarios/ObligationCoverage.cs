using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Scenarios;

/// <summary>How far a set of scenarios exercises one obligation in one version: which scenarios reach each outcome.</summary>
/// <remarks>Immutable. Part of a <see cref="ScenarioCoverage"/>.</remarks>
public sealed class ObligationCoverage
{
    private static readonly char[] ClauseSeparators = [',', ';'];

    private readonly IReadOnlyDictionary<Outcome, IReadOnlyList<string>> _scenarios;

    internal ObligationCoverage(Obligation obligation, bool canBeBreached, IReadOnlyDictionary<Outcome, IReadOnlyList<string>> scenarios)
    {
        Obligation = obligation;
        CanBeBreached = canBeBreached;
        _scenarios = scenarios;
        Clauses = [.. obligation.Clause.Split(ClauseSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>Gets the obligation as it stands in the version.</summary>
    public Obligation Obligation { get; }

    /// <summary>Gets the clauses the obligation cites: its <see cref="Versioning.Obligation.Clause"/> split at commas and semicolons.</summary>
    public IReadOnlyList<string> Clauses { get; }

    /// <summary>
    /// Gets whether some scenario reaches the obligation: gives a finding of it other than
    /// <see cref="Outcome.NotApplicable"/>, so that the obligation bit on the facts.
    /// </summary>
    public bool IsReached => Enum.GetValues<Outcome>().Any(outcome => outcome != Outcome.NotApplicable && CountOf(outcome) > 0);

    /// <summary>Gets whether the obligation's rule can conclude a Breach at all (<see cref="Engine.ObligationType.CanBeBreached"/>).</summary>
    public bool CanBeBreached { get; }

    /// <summary>Gets whether some scenario shows the obligation at its worst: a <see cref="Outcome.Breach"/> or an <see cref="Outcome.EventOfDefaultRisk"/>.</summary>
    public bool HasBreach => CountOf(Outcome.Breach) > 0 || CountOf(Outcome.EventOfDefaultRisk) > 0;

    /// <summary>Gets the files of the scenarios that give a finding of the obligation with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The scenario files, in the order the scenarios were given; each once.</returns>
    public IReadOnlyList<string> ScenariosWith(Outcome outcome) => _scenarios.TryGetValue(outcome, out var files) ? files : [];

    /// <summary>Gets how many scenarios give a finding of the obligation with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The number of scenarios.</returns>
    public int CountOf(Outcome outcome) => ScenariosWith(outcome).Count;
}
