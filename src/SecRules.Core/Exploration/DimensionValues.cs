namespace SecRules.Exploration;

/// <summary>The values of one dimension that the scenarios of a <see cref="DifferenceClass"/> took.</summary>
/// <param name="Dimension">The dimension's name.</param>
/// <param name="Values">The labels of the values taken, in the dimension's order.</param>
/// <param name="Missing">The labels of the values explored scenarios took and those of the class did not.</param>
public sealed record DimensionValues(string Dimension, IReadOnlyList<string> Values, IReadOnlyList<string> Missing)
{
    /// <summary>Gets whether the class took every value explored: it does not depend on this dimension.</summary>
    public bool IsEveryValue => Missing.Count == 0;
}
