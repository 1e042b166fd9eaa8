using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// A unit's rules under one version in a session kept open on one thread and moved from one
/// projection to the next: only the parts whose values differ (a fact list, the findings of one
/// other unit) are retracted and inserted, so NRules redoes only the matches they take part in, as
/// in a live session.
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
        for (var index = 0; index < parts.Length; index++)
        {
            var (held, wanted) = (_held[index], parts[index]);
            if (held.Number == wanted.Number)
            {
                continue;
            }

            _session.Retract(held.Facts);
            _session.RetractFindings(held.Findings);
            _session.Insert(wanted.Facts);
            _session.InsertFindings(wanted.Findings);
            _held[index] = wanted;
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
