using System.Linq.Expressions;
using NRules.RuleModel;
using SecRules.Findings;

namespace SecRules.Engine.Findings;

/// <summary>
/// Which findings the rules of a version read: those that a pattern matching <see cref="Finding"/>
/// in some rule can accept, judged by the conditions that pattern sets on the finding alone (the
/// Event of Default rule: a Breach of a material obligation). Conditions that also look at other
/// facts are left to the engine, so the test lets through every finding a rule could match.
/// </summary>
internal static class FindingReaders
{
    /// <summary>Builds the test from the rule definitions of a version.</summary>
    /// <param name="rules">The rule definitions.</param>
    /// <returns>A test that is true for every finding some rule may match.</returns>
    public static Func<Finding, bool> Of(IEnumerable<IRuleDefinition> rules)
    {
        var tests = new List<Func<Finding, bool>>();
        foreach (var pattern in rules.SelectMany(RulePatterns.Of).Where(pattern => pattern.ValueType.IsAssignableFrom(typeof(Finding))))
        {
            if (pattern.ValueType != typeof(Finding))
            {
                return _ => true;
            }

            tests.Add(Accepts(pattern));
        }

        return tests.Count switch
        {
            0 => _ => false,
            1 => tests[0],
            _ => finding => tests.Exists(test => test(finding)),
        };
    }

    /// <summary>Builds the test of the conditions a pattern sets on the finding alone.</summary>
    /// <param name="pattern">A pattern matching <see cref="Finding"/>.</param>
    /// <returns>The test.</returns>
    public static Func<Finding, bool> Accepts(PatternElement pattern)
    {
        var finding = Expression.Parameter(typeof(Finding), pattern.Declaration.Name);
        Expression accepts = Expression.Constant(true);
        foreach (var condition in pattern.Expressions)
        {
            var lambda = condition.Expression;
            if (lambda.Parameters is [{ } only] && only.Type == typeof(Finding) && lambda.ReturnType == typeof(bool))
            {
                accepts = Expression.AndAlso(accepts, Expression.Invoke(lambda, finding));
            }
        }

        return Expression.Lambda<Func<Finding, bool>>(accepts, finding).Compile();
    }
}
