using SecRules.Facts;

namespace SecRules.Exploration.Evaluation;

/// <summary>Evaluates one explored scenario under the two versions compared. Implementations are thread-safe; dispose of one after the exploration.</summary>
internal interface IScenarioEvaluator : IDisposable
{
    /// <summary>Evaluates a scenario's facts under both versions.</summary>
    /// <param name="facts">The facts, sound by construction.</param>
    /// <param name="findingsWanted">Whether the findings themselves will be asked for, not only how they differ.</param>
    /// <returns>How the findings differ, and the findings themselves on demand.</returns>
    ScenarioEvaluation Evaluate(FactSet facts, bool findingsWanted);
}
