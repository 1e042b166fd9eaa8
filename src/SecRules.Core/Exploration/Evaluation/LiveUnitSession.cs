using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// A unit's rules under one version in a session kept open on one thread and moved from one
/// projection to the next: only the facts and findings whose values differ are retracted and
/// inserted, so NRules redoes only the matches they take part in, as in a live session.
/// </summary>
/// <remarks>Not thread-safe: each thread has its own.</remarks>
internal sealed class LiveUnitSession(CompiledRules rules, RulesetVersion version, DateOnly evaluationDate)
{
    private readonly ComplianceSession _session = rules.OpenSession(version, evaluationDate);
    private Dictionary<object, List<object>> _held = new(ValueComparer.Instance);

    /// <summary>Evaluates the rules over the given facts and findings, in place of those held.</summary>
    /// <param name="facts">The facts of the projection.</param>
    /// <param name="read">The findings of other rules the unit reads.</param>
    /// <returns>The findings, in the version's report order.</returns>
    public Finding[] Evaluate(IEnumerable<IFact> facts, Finding[] read)
    {
        var wanted = new Dictionary<object, List<object>>(ValueComparer.Instance);
        foreach (var item in facts.Cast<object>().Concat(read))
        {
            if (!wanted.TryGetValue(item, out var alike))
            {
                wanted[item] = alike = [];
            }

            alike.Add(item);
        }

        var retracted = new List<object>();
        var kept = new Dictionary<object, List<object>>(ValueComparer.Instance);
        foreach (var (value, held) in _held)
        {
            var count = wanted.TryGetValue(value, out var alike) ? Math.Min(alike.Count, held.Count) : 0;
            retracted.AddRange(held.Skip(count));
            if (count > 0)
            {
                kept[value] = held.GetRange(0, count);
            }
        }

        var inserted = new List<object>();
        foreach (var (value, alike) in wanted)
        {
            var count = kept.TryGetValue(value, out var held) ? held.Count : 0;
            if (count < alike.Count)
            {
                var added = alike.Skip(count).ToList();
                inserted.AddRange(added);
                if (held is null)
                {
                    kept[value] = added;
                }
                else
                {
                    held.AddRange(added);
                }
            }
        }

        _session.Retract(retracted.OfType<IFact>());
        _session.RetractFindings(retracted.OfType<Finding>());
        _session.Insert(inserted.OfType<IFact>());
        _session.InsertFindings(inserted.OfType<Finding>());
        _held = kept;
        _session.Fire();
        return version.FindingOrder.Sort(_session.UnorderedFindings());
    }

    /// <summary>Compares facts and findings by value.</summary>
    private sealed class ValueComparer : IEqualityComparer<object>
    {
        public static ValueComparer Instance { get; } = new();

        public new bool Equals(object? x, object? y) => x is null || y is null ? ReferenceEquals(x, y) : ValueEquality.Equal(x, y);

        public int GetHashCode(object value) => ValueEquality.Hash(value);
    }
}
