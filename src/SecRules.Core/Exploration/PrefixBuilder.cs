namespace SecRules.Exploration;

/// <summary>
/// Builds the scenarios of a space one after another, each starting from the facts the one before
/// had after the dimensions whose values they share. Neighbouring scenarios differ in their last
/// dimensions, so most of their facts are then the very same objects, which later steps recognise
/// without comparing values.
/// </summary>
/// <remarks>Not thread-safe: each thread has its own. The builder returned must not be changed.</remarks>
internal sealed class PrefixBuilder(ScenarioSpace space)
{
    private readonly ScenarioBuilder[] _after = new ScenarioBuilder[space.Dimensions.Count];
    private int[]? _choices;

    /// <summary>Builds the facts of a generated scenario, as <see cref="ScenarioSpace.Build"/> does.</summary>
    /// <param name="choices">The index of each dimension's value, as <see cref="ScenarioSpace.Choices"/> gives them.</param>
    /// <returns>The builder holding the facts; copy it before adding to them.</returns>
    public ScenarioBuilder Build(int[] choices)
    {
        if (_after.Length == 0)
        {
            return new ScenarioBuilder(space.EvaluationDate);
        }

        var shared = 0;
        while (_choices is not null && shared < choices.Length && choices[shared] == _choices[shared])
        {
            shared++;
        }

        for (var dimension = shared; dimension < _after.Length; dimension++)
        {
            var builder = dimension == 0 ? new ScenarioBuilder(space.EvaluationDate) : _after[dimension - 1].Copy();
            space.Dimensions[dimension].Values[Math.Max(choices[dimension], 0)].Apply?.Invoke(builder);
            _after[dimension] = builder;
        }

        _choices = choices;
        return _after[^1];
    }
}
