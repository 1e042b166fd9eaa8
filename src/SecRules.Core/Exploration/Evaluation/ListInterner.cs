using System.Collections.Concurrent;

namespace SecRules.Exploration.Evaluation;

/// <summary>
/// Gives each distinct list of facts or findings (by value) a small number, so that the projections
/// of scenarios compare as short arrays of numbers. Thread-safe; a list gets the same number on every
/// thread, and an empty list is always 0.
/// </summary>
internal sealed class ListInterner
{
    private readonly ConcurrentDictionary<ValueList, int> _numbers = new();
    private int _next;

    /// <summary>Gets the number of a list, the same for every list of equal values in the same order.</summary>
    public int NumberOf(IReadOnlyList<object> values) =>
        values.Count == 0 ? 0 : _numbers.GetOrAdd(new ValueList(values), _ => Interlocked.Increment(ref _next));

    private readonly struct ValueList : IEquatable<ValueList>
    {
        private readonly IReadOnlyList<object> _values;
        private readonly int _hash;

        public ValueList(IReadOnlyList<object> values)
        {
            _values = values;
            var hash = values.Count;
            foreach (var value in values)
            {
                hash = (hash * 31) + ValueEquality.Hash(value);
            }

            _hash = hash;
        }

        public bool Equals(ValueList other)
        {
            if (_hash != other._hash || _values.Count != other._values.Count)
            {
                return false;
            }

            for (var index = 0; index < _values.Count; index++)
            {
                if (!ValueEquality.Equal(_values[index], other._values[index]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is ValueList other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
