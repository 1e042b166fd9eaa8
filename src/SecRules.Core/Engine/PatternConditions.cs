using System.Linq.Expressions;
using NRules.RuleModel;

namespace SecRules.Engine;

/// <summary>
/// What a pattern of a rule asks of the fact it matches on its own: its conditions that read that
/// fact alone, and, of its conditions that join the fact to others, the conjuncts that read it alone
/// (<c>assessment.Subject == owner.Id &amp;&amp; assessment.Initial</c> asks <c>assessment.Initial</c>).
/// A fact that fails this test matches the pattern under no join, in a collection or under a
/// negation alike, so a fact that fails it for every pattern of its type takes part in no match.
/// </summary>
internal static class PatternConditions
{
    /// <summary>Builds the test of what a pattern asks of its fact alone.</summary>
    /// <typeparam name="T">The type the test takes: the pattern's type or one it is assignable from.</typeparam>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The test, or null when the pattern asks nothing of its fact alone. A test that throws lets the fact through: the engine decides.</returns>
    public static Func<T, bool>? OnTheFactAlone<T>(PatternElement pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var fact = Expression.Parameter(typeof(T), pattern.Declaration.Name);
        var typed = typeof(T) == pattern.ValueType ? (Expression)fact : Expression.Convert(fact, pattern.ValueType);

        // Kept in the order the conditions give them, so that a guard still comes before what it guards.
        var alone = new List<Expression>();
        foreach (var condition in pattern.Expressions.Select(element => element.Expression))
        {
            var declared = condition.Parameters.FirstOrDefault(parameter => parameter.Name == pattern.Declaration.Name && parameter.Type == pattern.ValueType);
            if (declared is null || condition.ReturnType != typeof(bool))
            {
                continue;
            }

            alone.AddRange(Conjuncts(condition.Body)
                .Where(conjunct => FreeParameters(conjunct) is [var only] && only == declared)
                .Select(conjunct => new ParameterReplacer(declared, typed).Visit(conjunct)));
        }

        if (alone.Count == 0)
        {
            return null;
        }

        var test = Expression.Lambda<Func<T, bool>>(alone.Aggregate(Expression.AndAlso), fact).Compile();
        return candidate =>
        {
            try
            {
                return test(candidate);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return true;
            }
        };
    }

    /// <summary>Splits a condition into the operands of its top-level <c>&amp;&amp;</c>, in order.</summary>
    /// <param name="body">The condition's body.</param>
    /// <returns>The conjuncts; the body itself when it is not a conjunction.</returns>
    public static IEnumerable<Expression> Conjuncts(Expression body) =>
        body is BinaryExpression { NodeType: ExpressionType.AndAlso } both ? Conjuncts(both.Left).Concat(Conjuncts(both.Right)) : [body];

    /// <summary>Lists the parameters an expression reads that no lambda inside it declares, each once, in order of first use.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The free parameters.</returns>
    public static List<ParameterExpression> FreeParameters(Expression expression)
    {
        var finder = new ParameterFinder();
        finder.Visit(expression);
        return [.. finder.Found.Distinct().Where(parameter => !finder.Declared.Contains(parameter))];
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public List<ParameterExpression> Found { get; } = [];

        public HashSet<ParameterExpression> Declared { get; } = [];

        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            Declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }

    private sealed class ParameterReplacer(ParameterExpression replaced, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == replaced ? replacement : node;
    }
}
