using SecRules.Cli.Reports.Timelines;
using SecRules.Facts;
using SecRules.Impact;

namespace SecRules.Cli.Reports;

/// <summary>What <c>diff</c> found: the text and the findings that change between two versions over the scenarios given.</summary>
/// <param name="Diff">The comparison of the two versions.</param>
internal sealed record DiffReport(VersionDiff Diff)
{
    /// <summary>Gets the scenarios in which some finding changes.</summary>
    public IReadOnlyList<ScenarioComparison> Changed { get; } = [.. Diff.Scenarios.Where(scenario => scenario.Changes.Count > 0)];

    /// <summary>Gets, for each Party Category of the scenarios compared, how many scenarios have a party of it and in how many of those a finding changes.</summary>
    public IReadOnlyList<AffectedGroup> Affected { get; } =
    [
        .. Diff.Scenarios
            .SelectMany(scenario => scenario.Scenario.Facts.Parties.Select(party => (party.Category, scenario)))
            .GroupBy(pair => pair.Category, pair => pair.scenario)
            .OrderBy(group => group.Key)
            .Select(group => new AffectedGroup(
                Input.EnumText.Of(group.Key).Replace('-', ' '),
                group.Distinct().Count(),
                group.Distinct().Count(scenario => scenario.Changes.Count > 0))),
    ];

    /// <summary>Gets the timeline of each User of a scenario compared, against the dates the two versions took effect.</summary>
    public IReadOnlyList<UserTimeline> Timelines(ScenarioComparison scenario) =>
        UserTimeline.Of(scenario.Scenario.Facts, scenario.Scenario.EvaluationDate, [Diff.From, Diff.To]);

    /// <summary>Gets the Party Categories of the scenarios in which a finding of an obligation changes, in enum order.</summary>
    public IEnumerable<PartyCategory> CategoriesChanging(string obligation) =>
        Changed
            .Where(scenario => scenario.Changes.Any(change => change.Obligation == obligation))
            .SelectMany(scenario => scenario.Scenario.Facts.Parties)
            .Select(party => party.Category)
            .Distinct()
            .Order();
}
