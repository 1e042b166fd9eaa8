using SecRules.Scenarios;

namespace SecRules.Cli.Reports;

/// <summary>What <c>coverage</c> found: for each version, which obligations, outcomes and clauses the scenarios reach.</summary>
/// <param name="Coverage">The coverage measured.</param>
internal sealed record CoverageReport(ScenarioCoverage Coverage)
{
    /// <summary>Lists what a version's scenarios leave out: each gap, with its items (obligation ids or clauses).</summary>
    public static IEnumerable<(string Gap, IReadOnlyList<string> Items)> Gaps(VersionCoverage version)
    {
        yield return ("Obligations no scenario reaches", [.. version.UnreachedObligations.Select(obligation => obligation.Obligation.Id)]);
        yield return ("Clauses no scenario reaches", version.UnreachedClauses);
        yield return ("Obligations no scenario shows in breach", [.. version.ObligationsWithoutBreach.Select(obligation => obligation.Obligation.Id)]);
    }
}
