namespace SecRules.Impact;

/// <summary>How the findings of one obligation changed across the scenarios of a diff.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ObligationChangeSummary
{
    internal ObligationChangeSummary(string obligation, IReadOnlyList<ScenarioComparison> scenarios)
    {
        Obligation = obligation;
        var changes = scenarios.SelectMany(scenario => scenario.Changes).Where(change => change.Obligation == obligation).ToList();
        Scenarios = scenarios.Count(scenario => scenario.Changes.Any(change => change.Obligation == obligation));
        Added = changes.Count(change => change.Kind == FindingChangeKind.Added);
        Removed = changes.Count(change => change.Kind == FindingChangeKind.Removed);
        OutcomeChanged = changes.Count(change => change.Kind == FindingChangeKind.OutcomeChanged);
        Transitions = [.. changes
            .GroupBy(change => change.Transition)
            .Select(group => (group.Key, Count: group.Count()))
            .OrderBy(pair => pair.Key.Before.HasValue).ThenBy(pair => pair.Key.Before)
            .ThenBy(pair => pair.Key.After.HasValue).ThenBy(pair => pair.Key.After)];
    }

    /// <summary>Gets the id of the obligation.</summary>
    public string Obligation { get; }

    /// <summary>Gets how many scenarios have at least one change of this obligation's findings.</summary>
    public int Scenarios { get; }

    /// <summary>Gets how many findings only the second version gives.</summary>
    public int Added { get; }

    /// <summary>Gets how many findings only the first version gives.</summary>
    public int Removed { get; }

    /// <summary>Gets how many findings changed outcome.</summary>
    public int OutcomeChanged { get; }

    /// <summary>Gets how many findings went from each outcome to each other, missing findings first.</summary>
    public IReadOnlyList<(OutcomeTransition Transition, int Count)> Transitions { get; }
}
