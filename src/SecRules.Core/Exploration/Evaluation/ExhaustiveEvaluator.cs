using SecRules.Engine;
using SecRules.Facts;
using SecRules.Impact;
using SecRules.Versioning;

namespace SecRules.Exploration.Evaluation;

/// <summary>Evaluates every scenario with every rule of both versions: the reference the faster <see cref="ProjectedEvaluator"/> is held to.</summary>
internal sealed class ExhaustiveEvaluator(ComplianceEngine engine, RulesetVersion from, RulesetVersion to, DateOnly evaluationDate) : IScenarioEvaluator
{
    public ScenarioEvaluation Evaluate(FactSet facts, bool findingsWanted)
    {
        var before = engine.FindingsOf(facts, evaluationDate, from);
        var after = engine.FindingsOf(facts, evaluationDate, to);
        var findings = new FindingsOfBothVersions(from, to, before, after);
        return new ScenarioEvaluation([.. FindingDiff.Compare(before, after).Select(change => change.Transition).Distinct()], () => findings);
    }

    public void Dispose()
    {
        // Nothing is held between scenarios.
    }
}
