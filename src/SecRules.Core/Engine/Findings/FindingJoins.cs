using System.Linq.Expressions;
using NRules.RuleModel;
using SecRules.Findings;
using IFact = SecRules.Facts.IFact;

namespace SecRules.Engine.Findings;

/// <summary>
/// Which findings the rules of a version can match among given facts: a finding a pattern accepts on
/// its own (<see cref="FindingReaders"/>) that also equals, on every key the pattern compares it by,
/// some fact the pattern joins it to (the Event of Default rule: a finding whose obligation and
/// subject a Panel notice names). A finding that joins no fact takes part in no match, in a
/// collection or under a negation alike, so leaving it out changes no finding.
/// </summary>
/// <remarks>
/// Only conditions on the finding alone and equalities of a finding's value with one other fact's
/// value, of a type compared by value (strings, numbers, enumerations), are used; every other
/// condition is left to the engine, so the test lets through every finding a rule could match.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class FindingJoins
{
    private readonly FindingPattern[]? _patterns;

    private FindingJoins(FindingPattern[]? patterns) => _patterns = patterns;

    /// <summary>Reads the joins from the rule definitions of a version.</summary>
    /// <param name="rules">The rule definitions.</param>
    /// <returns>The joins.</returns>
    public static FindingJoins Of(IEnumerable<IRuleDefinition> rules)
    {
        var patterns = new List<FindingPattern>();
        foreach (var pattern in rules.SelectMany(RulePatterns.Of).Where(pattern => pattern.ValueType.IsAssignableFrom(typeof(Finding))))
        {
            if (pattern.ValueType != typeof(Finding))
            {
                // A pattern over any object can match any finding: nothing to narrow.
                return new FindingJoins(null);
            }

            patterns.Add(FindingPattern.Of(pattern));
        }

        return new FindingJoins([.. patterns]);
    }

    /// <summary>Gives the test of which findings some rule can match among the given facts.</summary>
    /// <param name="factsOf">The facts of a type that sessions hold, or null when the type is not a fact type whose facts are all known.</param>
    /// <returns>A test that is true for every finding some rule may match among those facts.</returns>
    public Func<Finding, bool> Among(Func<Type, IReadOnlyList<IFact>?> factsOf)
    {
        ArgumentNullException.ThrowIfNull(factsOf);
        if (_patterns is null)
        {
            return _ => true;
        }

        var patterns = _patterns.Select(pattern => pattern.Among(factsOf)).ToArray();
        return finding => Array.Exists(patterns, accepts => accepts(finding));
    }

    /// <summary>A pattern matching findings: what it asks of a finding alone, and the facts it joins a finding to by equal keys.</summary>
    private sealed record FindingPattern(Func<Finding, bool> Accepts, IReadOnlyList<Join> Joins)
    {
        public static FindingPattern Of(PatternElement pattern)
        {
            var joins = new Dictionary<ParameterExpression, (List<Func<Finding, object?>> Finding, List<Func<object, object?>> Other)>();
            foreach (var condition in pattern.Expressions.Select(element => element.Expression))
            {
                var finding = condition.Parameters.FirstOrDefault(parameter => parameter.Name == pattern.Declaration.Name && parameter.Type == typeof(Finding));
                if (finding is null)
                {
                    continue;
                }

                foreach (var (findingSide, other, otherSide) in PatternConditions.Conjuncts(condition.Body).Select(conjunct => KeyEquality(conjunct, finding)).OfType<(Expression, ParameterExpression, Expression)>())
                {
                    if (!joins.TryGetValue(other, out var keys))
                    {
                        joins[other] = keys = ([], []);
                    }

                    keys.Finding.Add(Expression.Lambda<Func<Finding, object?>>(Expression.Convert(findingSide, typeof(object)), finding).Compile());
                    keys.Other.Add(OtherKey(other, otherSide));
                }
            }

            return new FindingPattern(
                PatternConditions.OnTheFactAlone<Finding>(pattern) ?? (_ => true),
                [.. joins.Select(join => new Join(join.Key.Type, [.. join.Value.Finding], [.. join.Value.Other]))]);
        }

        public Func<Finding, bool> Among(Func<Type, IReadOnlyList<IFact>?> factsOf)
        {
            var joins = Joins.Select(join => (join, facts: factsOf(join.OtherType))).Where(known => known.facts is not null).ToArray();
            return finding => Accepts(finding) && Array.TrueForAll(joins, known => known.join.AnyMatches(finding, known.facts!));
        }

        // finding.A.B == other.C (either way round), over a type whose == is value equality, which
        // object.Equals then agrees with.
        private static (Expression FindingSide, ParameterExpression Other, Expression OtherSide)? KeyEquality(Expression conjunct, ParameterExpression finding)
        {
            if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type || !ComparedByValue(equal.Left.Type))
            {
                return null;
            }

            var (left, right) = (PatternConditions.FreeParameters(equal.Left), PatternConditions.FreeParameters(equal.Right));
            if (left is [var l] && right is [var r] && l != r)
            {
                return l == finding ? (equal.Left, r, equal.Right) : r == finding ? (equal.Right, l, equal.Left) : null;
            }

            return null;
        }

        private static bool ComparedByValue(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying == typeof(string) || underlying.IsPrimitive || underlying.IsEnum;
        }

        private static Func<object, object?> OtherKey(ParameterExpression other, Expression side)
        {
            var value = Expression.Parameter(typeof(object), "value");
            return Expression.Lambda<Func<object, object?>>(
                Expression.Block([other], Expression.Assign(other, Expression.Convert(value, other.Type)), Expression.Convert(side, typeof(object))),
                value).Compile();
        }
    }

    /// <summary>The keys a pattern compares a finding by with one fact it joins, of one type.</summary>
    private sealed record Join(Type OtherType, Func<Finding, object?>[] FindingKeys, Func<object, object?>[] OtherKeys)
    {
        public bool AnyMatches(Finding finding, IReadOnlyList<IFact> facts)
        {
            var keys = Array.ConvertAll(FindingKeys, key => key(finding));
            foreach (var fact in facts)
            {
                var matches = true;
                for (var index = 0; index < keys.Length && matches; index++)
                {
                    matches = Equals(keys[index], OtherKeys[index](fact));
                }

                if (matches)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
