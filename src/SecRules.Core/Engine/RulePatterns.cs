using NRules.RuleModel;

namespace SecRules.Engine;

/// <summary>The patterns of a rule's conditions, wherever they stand: at the top, in a collection, under a negation.</summary>
internal static class RulePatterns
{
    /// <summary>Lists the patterns of a rule's conditions.</summary>
    /// <param name="rule">The rule definition.</param>
    /// <returns>Every pattern, in the order the conditions give them.</returns>
    public static List<PatternElement> Of(IRuleDefinition rule)
    {
        var patterns = new List<PatternElement>();
        Collect(rule.LeftHandSide, patterns);
        return patterns;
    }

    private static void Collect(RuleElement element, List<PatternElement> patterns)
    {
        switch (element)
        {
            case PatternElement pattern:
                patterns.Add(pattern);
                if (pattern.Source is { } source)
                {
                    Collect(source, patterns);
                }

                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Collect(child, patterns);
                }

                break;
            case AggregateElement aggregate:
                Collect(aggregate.Source, patterns);
                break;
            case NotElement not:
                Collect(not.Source, patterns);
                break;
            case ExistsElement exists:
                Collect(exists.Source, patterns);
                break;
            case ForAllElement forAll:
                Collect(forAll.BasePattern, patterns);
                foreach (var inner in forAll.Patterns)
                {
                    Collect(inner, patterns);
                }

                break;
        }
    }
}
