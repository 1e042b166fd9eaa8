using SecRules.Impact;
using SecRules.Scenarios;

namespace SecRules.Exploration;

/// <summary>
/// The explored scenarios in which one obligation's finding goes from one outcome to another between
/// the versions, with the smallest of them as a ready scenario.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class DifferenceClass
{
    internal DifferenceClass(OutcomeTransition transition, long scenarios, Scenario example, FindingChange exampleChange,
        IReadOnlyList<(string Dimension, string Value)> exampleValues, IReadOnlyList<DimensionValues> valuesTaken)
    {
        Transition = transition;
        Scenarios = scenarios;
        Example = example;
        ExampleChange = exampleChange;
        ExampleValues = exampleValues;
        ValuesTaken = valuesTaken;
    }

    /// <summary>Gets the obligation and its outcome before and after.</summary>
    public OutcomeTransition Transition { get; }

    /// <summary>Gets how many explored scenarios fall in the class.</summary>
    public long Scenarios { get; }

    /// <summary>
    /// Gets the smallest scenario of the class (fewest facts; among equals, the first generated), ready to
    /// write with <see cref="ScenarioWriter"/>; its <see cref="Scenario.File"/> is a file name that says what it shows.
    /// </summary>
    public Scenario Example { get; }

    /// <summary>Gets the change the example shows, with the finding and citation on each side.</summary>
    public FindingChange ExampleChange { get; }

    /// <summary>Gets the value of each dimension that applies in the example.</summary>
    public IReadOnlyList<(string Dimension, string Value)> ExampleValues { get; }

    /// <summary>Gets, for every dimension, the values the scenarios of the class took.</summary>
    public IReadOnlyList<DimensionValues> ValuesTaken { get; }
}
