using SecRules.Versioning;

namespace SecRules.Scenarios;

/// <summary>How far a set of scenarios exercises the obligations in force in one version, and what it leaves untouched.</summary>
/// <remarks>Immutable. Part of a <see cref="ScenarioCoverage"/>.</remarks>
public sealed class VersionCoverage
{
    internal VersionCoverage(RulesetVersion version, IReadOnlyList<ObligationCoverage> obligations)
    {
        Version = version;
        Obligations = obligations;
        var reached = obligations.Where(obligation => obligation.IsReached).SelectMany(obligation => obligation.Clauses).ToHashSet(StringComparer.Ordinal);
        UnreachedClauses = [.. obligations.SelectMany(obligation => obligation.Clauses).Distinct(StringComparer.Ordinal).Where(clause => !reached.Contains(clause))];
    }

    /// <summary>Gets the version.</summary>
    public RulesetVersion Version { get; }

    /// <summary>Gets the obligations in force in the version, in its order; those not in force cannot be reached and are left out.</summary>
    public IReadOnlyList<ObligationCoverage> Obligations { get; }

    /// <summary>Gets the obligations in force that no scenario reaches (<see cref="ObligationCoverage.IsReached"/>).</summary>
    public IReadOnlyList<ObligationCoverage> UnreachedObligations => [.. Obligations.Where(obligation => !obligation.IsReached)];

    /// <summary>
    /// Gets the obligations in force that can be breached but that no scenario shows in breach
    /// (<see cref="ObligationCoverage.HasBreach"/>).
    /// </summary>
    public IReadOnlyList<ObligationCoverage> ObligationsWithoutBreach => [.. Obligations.Where(obligation => obligation.CanBeBreached && !obligation.HasBreach)];

    /// <summary>Gets the clauses of the legal text, as obligations in force cite them, that no scenario reaches through any obligation.</summary>
    public IReadOnlyList<string> UnreachedClauses { get; }
}
