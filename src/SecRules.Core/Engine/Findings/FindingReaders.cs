using NRules.RuleModel;
using SecRules.Findings;

namespace SecRules.Engine.Findings;

/// <summary>
/// Which findings the rules of a version read: those that a pattern matching <see cref="Finding"/>
/// in some rule can accept, judged by what that pattern asks of the finding alone
/// (<see cref="PatternConditions"/>; the Event of Default rule: a Breach of a material obligation).
/// What a pattern asks of the finding together with other facts is left to the engine, so the test
/// lets through every finding a rule could match.
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

            tests.Add(PatternConditions.OnTheFactAlone<Finding>(pattern) ?? (_ => true));
        }

        return tests.Count switch
        {
            0 => _ => false,
            1 => tests[0],
            _ => finding => tests.Exists(test => test(finding)),
        };
    }
}
