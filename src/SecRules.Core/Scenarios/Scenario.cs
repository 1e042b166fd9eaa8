using SecRules.Facts;

namespace SecRules.Scenarios;

/// <summary>One scenario file: the facts of one situation, the date to evaluate them at, and what an analyst expects.</summary>
public sealed class Scenario
{
    /// <summary>Gets the scenario's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a description of the situation, if the file gives one.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the file the scenario was read from, as the user named it.</summary>
    public required string File { get; init; }

    /// <summary>Gets the date to evaluate the facts at.</summary>
    public required DateOnly EvaluationDate { get; init; }

    /// <summary>Gets the facts.</summary>
    public required FactSet Facts { get; init; }

    /// <summary>Gets what the analyst expects under each version named; empty when the file states facts only.</summary>
    public IReadOnlyList<Expectation> Expectations { get; init; } = [];
}
