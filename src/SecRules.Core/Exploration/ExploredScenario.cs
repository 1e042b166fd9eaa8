using SecRules.Facts;

namespace SecRules.Exploration;

/// <summary>
/// One scenario explore evaluated: where it stands in the space, the value of every dimension
/// (generated ones first, then those derived from findings), and its facts.
/// </summary>
/// <param name="Ordinal">Its generated scenario's place in the space.</param>
/// <param name="Derived">0 for the generated scenario itself; otherwise which finding-dimension value derived it, counting from 1.</param>
/// <param name="Choices">The index of each dimension's value; <see cref="ScenarioSpace.NotApplicable"/> where a dimension does not apply.</param>
/// <param name="Facts">The facts.</param>
internal sealed record ExploredScenario(long Ordinal, int Derived, int[] Choices, FactSet Facts)
{
    public int FactCount { get; } = Evaluation.FactLists.Count(Facts);

    /// <summary>Whether this scenario is smaller than <paramref name="other"/>: fewer facts, then earlier in the space.</summary>
    public bool IsSmallerThan(ExploredScenario other) =>
        (FactCount, Ordinal, Derived).CompareTo((other.FactCount, other.Ordinal, other.Derived)) < 0;
}
