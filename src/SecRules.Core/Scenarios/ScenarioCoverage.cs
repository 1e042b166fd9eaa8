using SecRules.Engine;
using SecRules.Findings;

namespace SecRules.Scenarios;

/// <summary>
/// Coverage of the legal text by a set of scenarios: for each version and each obligation in force,
/// how many scenarios reach each outcome, and which obligations and clauses no scenario reaches.
/// </summary>
/// <remarks>Immutable once measured.</remarks>
public sealed class ScenarioCoverage
{
    private ScenarioCoverage(IReadOnlyList<string> scenarios, IReadOnlyList<VersionCoverage> versions)
    {
        Scenarios = scenarios;
        Versions = versions;
    }

    /// <summary>Gets the files of the scenarios measured, in the order given.</summary>
    public IReadOnlyList<string> Scenarios { get; }

    /// <summary>Gets the coverage of each version of the engine's ruleset library, oldest first.</summary>
    public IReadOnlyList<VersionCoverage> Versions { get; }

    /// <summary>Evaluates every scenario under every version and measures what the findings cover.</summary>
    /// <param name="engine">The engine; every version of its ruleset library is measured.</param>
    /// <param name="scenarios">The scenarios, expectations or not: only their facts and evaluation dates count.</param>
    /// <returns>The coverage.</returns>
    public static ScenarioCoverage Measure(ComplianceEngine engine, IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenarios);
        var reached = new Dictionary<(string Version, string Obligation, Outcome Outcome), List<string>>();
        foreach (var scenario in scenarios)
        {
            foreach (var result in engine.EvaluateAll(scenario.Facts, scenario.EvaluationDate))
            {
                foreach (var key in result.Findings.Select(finding => (result.Version.Id, finding.Obligation, finding.Outcome)).Distinct())
                {
                    if (!reached.TryGetValue(key, out var files))
                    {
                        reached[key] = files = [];
                    }

                    files.Add(scenario.File);
                }
            }
        }

        var versions = engine.Rulesets.Versions
            .Select(version => new VersionCoverage(version, [.. version.InForce.Select(obligation => new ObligationCoverage(
                obligation,
                !engine.Rulesets.Catalog.TryGet(obligation.Id, out var type) || type.CanBeBreached,
                Enum.GetValues<Outcome>().ToDictionary(
                    outcome => outcome,
                    outcome => (IReadOnlyList<string>)(reached.TryGetValue((version.Id, obligation.Id, outcome), out var files) ? files : []))))]))
            .ToList();
        return new ScenarioCoverage([.. scenarios.Select(scenario => scenario.File)], versions);
    }
}
