namespace SecRules.Exploration.Evaluation;

/// <summary>
/// A scenario as one <see cref="RuleUnit"/> sees it: the numbers (<see cref="ListInterner"/>) of the
/// fact lists its rules read and, for rules that read findings, of the findings they can match.
/// </summary>
internal readonly struct ProjectionKey : IEquatable<ProjectionKey>
{
    private readonly int[] _numbers;
    private readonly int _hash;

    public ProjectionKey(int[] numbers)
    {
        _numbers = numbers;
        var hash = new HashCode();
        foreach (var number in numbers)
        {
            hash.Add(number);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(ProjectionKey other) => _hash == other._hash && _numbers.AsSpan().SequenceEqual(other._numbers);

    public override bool Equals(object? obj) => obj is ProjectionKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
