using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// A unit's rules under one version in a session kept open on one thread and moved from one
/// projection to the next: from the first part whose values differ (a fact list, the findings of
/// one other unit), the parts are retracted and inserted again, so NRules redoes only the matches
/// they take part in, as in a live session. The session then holds the facts in the order a fresh
/// session given the projection would, so collections list them alike.
/// </summary>
/// <remarks>Not thread-safe: each thread has its own.</remarks>
internal sealed class LiveUnitSession
{
    private readonly ComplianceSession _session;
    private readonly RulesetVersion _version;
    private readonly Part[] _held;

    public LiveUnitSession(CompiledRules rules, RulesetVersion version, DateOnly evaluationDate, int parts)
    {
        _session = rules.OpenSession(version, evaluationDate);
        _version = version;
        _held = new Part[parts];
        Array.Fill(_held, new Part(0, [], []));
    }

    /// <summary>Evaluates the rules over the given parts, in place of those held.</summary>
    /// <param name="parts">The parts of the projection, in a fixed order; equal numbers mean equal values.</param>
    /// <returns>The findings, in the version's report order.</returns>
    public Finding[] Evaluate(Part[] parts)
    {
        var first = 0;
        while (first < parts.Length && _held[first].Number == parts[first].Number)
        {
            first++;
        }

        for (var index = parts.Length - 1; index >= first; index--)
        {
            _session.Retract(_held[index].Facts);
            _session.RetractFindings(_held[index].Findings);
        }

        for (var index = first; index < parts.Length; index++)
        {
            _session.InsertChecked(parts[index].Facts);
            _session.InsertFindings(parts[index].Findings);
            _held[index] = parts[index];
        }

        _session.Fire();
        return _version.FindingOrder.Sort(_session.UnorderedFindings());
    }

    /// <summary>One part of a projection: a list of facts or of findings, and its number by value (<see cref="ListInterner"/>).</summary>
    /// <param name="Number">The number; 0 for an empty part.</param>
    /// <param name="Facts">The facts of the part.</param>
    /// <param name="Findings">The findings of the part.</param>
    internal readonly record struct Part(int Number, IReadOnlyList<IFact> Facts, IReadOnlyList<Finding> Findings);
}
