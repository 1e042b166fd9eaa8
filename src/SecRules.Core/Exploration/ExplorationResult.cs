using SecRules.Impact;

namespace SecRules.Exploration;

/// <summary>
/// What exploring two versions found: how many scenarios were generated and evaluated, the classes of
/// those whose findings differ, and for each dimension where the differences lie.
/// </summary>
/// <remarks>Immutable; the same inputs give an equal result whatever the number of threads.</remarks>
public sealed class ExplorationResult
{
    internal ExplorationResult(RulesetComparison text, ScenarioSpace space, long explored, long evaluated, long differing,
        IReadOnlyList<DifferenceClass> classes, IReadOnlyList<DimensionStatistics> dimensions)
    {
        Text = text;
        Space = space;
        Explored = explored;
        Evaluated = evaluated;
        Differing = differing;
        Classes = classes;
        Dimensions = dimensions;
    }

    /// <summary>Gets how the text of the two versions differs.</summary>
    public RulesetComparison Text { get; }

    /// <summary>Gets the space explored.</summary>
    public ScenarioSpace Space { get; }

    /// <summary>Gets how many generated scenarios were explored: <see cref="ScenarioSpace.Count"/>, or the limit.</summary>
    public long Explored { get; }

    /// <summary>Gets whether a limit left part of the space unexplored.</summary>
    public bool IsLimited => Explored < Space.Count;

    /// <summary>Gets how many scenarios were evaluated under both versions, those derived from findings included.</summary>
    public long Evaluated { get; }

    /// <summary>Gets how many of them give at least one finding that differs.</summary>
    public long Differing { get; }

    /// <summary>Gets the classes of differing scenarios, by obligation (in the second version's order), then outcome before and after.</summary>
    public IReadOnlyList<DifferenceClass> Classes { get; }

    /// <summary>Gets, for each dimension (those derived from findings last), how the scenarios spread over its values.</summary>
    public IReadOnlyList<DimensionStatistics> Dimensions { get; }
}
