using SecRules.Scenarios;

namespace SecRules.Cli.Reports;

/// <summary>What <c>test</c> found: each scenario file's expectations, checked.</summary>
/// <param name="Scenarios">Each scenario with the result of each of its expectations; none for a file without expectations.</param>
internal sealed record TestReport(IReadOnlyList<(Scenario Scenario, IReadOnlyList<ExpectationResult> Results)> Scenarios)
{
    /// <summary>Gets how many expectations passed.</summary>
    public int Passed => Scenarios.Sum(scenario => scenario.Results.Count(result => result.Passed));

    /// <summary>Gets how many expectations failed.</summary>
    public int Failed => Scenarios.Sum(scenario => scenario.Results.Count(result => !result.Passed));
}
