using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Impact;

/// <summary>
/// Compares the findings two ruleset versions give for the same facts. Findings are matched by
/// obligation and subject; where several share both (one per assessment of a provider, one per Panel
/// notice), by the facts behind them, then by the first of those facts after the subject, then in
/// report order, so that the same findings always pair the same way.
/// </summary>
public static class FindingDiff
{
    /// <summary>Lists the findings added, removed, or whose outcome changed.</summary>
    /// <param name="before">The findings of the first evaluation, in report order.</param>
    /// <param name="after">The findings of the second evaluation, in report order.</param>
    /// <returns>The changes, in the order the obligations are reported, then by subject; empty when the outcomes agree.</returns>
    public static IReadOnlyList<FindingChange> Compare(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeGroups = GroupByObligationAndSubject(before);
        var afterGroups = GroupByObligationAndSubject(after);
        var changes = new List<FindingChange>();
        foreach (var key in afterGroups.Keys.Concat(beforeGroups.Keys).Distinct())
        {
            var earlier = beforeGroups.GetValueOrDefault(key) ?? [];
            var later = afterGroups.GetValueOrDefault(key) ?? [];
            if (earlier.Count == 1 && later.Count == 1)
            {
                AddIfDifferent(changes, earlier[0], later[0], discriminator: null);
                continue;
            }

            MatchSeveral(changes, earlier, later);
        }

        var rank = ObligationRanks(after, before);
        return [.. changes
            .OrderBy(change => rank[change.Obligation])
            .ThenBy(change => change.Subject.Kind)
            .ThenBy(change => change.Subject.Id, StringComparer.Ordinal)
            .ThenBy(change => change.Discriminator?.ToString(), StringComparer.Ordinal)
            .ThenBy(change => change.Kind)];
    }

    private static void MatchSeveral(List<FindingChange> changes, List<Finding> earlier, List<Finding> later)
    {
        var unmatched = new List<Finding>(later);
        var pairs = new List<(Finding Before, Finding After)>();
        var left = new List<Finding>();
        foreach (var finding in earlier)
        {
            var same = unmatched.FirstOrDefault(candidate => candidate.Facts.SequenceEqual(finding.Facts));
            if (same is null)
            {
                left.Add(finding);
                continue;
            }

            unmatched.Remove(same);
            pairs.Add((finding, same));
        }

        var remaining = new List<Finding>();
        foreach (var finding in left)
        {
            var sameCause = unmatched.FirstOrDefault(candidate => Cause(candidate) == Cause(finding));
            if (sameCause is null)
            {
                remaining.Add(finding);
                continue;
            }

            unmatched.Remove(sameCause);
            pairs.Add((finding, sameCause));
        }

        var inOrder = Math.Min(remaining.Count, unmatched.Count);
        pairs.AddRange(remaining.Take(inOrder).Zip(unmatched.Take(inOrder)));
        foreach (var (finding, match) in pairs)
        {
            AddIfDifferent(changes, finding, match, Cause(match));
        }

        changes.AddRange(remaining.Skip(inOrder).Select(finding => new FindingChange(FindingChangeKind.Removed, finding, null, Cause(finding))));
        changes.AddRange(unmatched.Skip(inOrder).Select(finding => new FindingChange(FindingChangeKind.Added, null, finding, Cause(finding))));
    }

    private static void AddIfDifferent(List<FindingChange> changes, Finding before, Finding after, FactRef? discriminator)
    {
        if (before.Outcome != after.Outcome)
        {
            changes.Add(new FindingChange(FindingChangeKind.OutcomeChanged, before, after, discriminator));
        }
    }

    // What tells apart the findings rules yield several of per subject: the fact the rule names as
    // their concern, or failing that the first fact behind the finding after its subject.
    private static FactRef? Cause(Finding finding) =>
        finding.Concerning ?? finding.Facts.Where(fact => fact != finding.Subject).Select(fact => (FactRef?)fact).FirstOrDefault();

    private static Dictionary<(string Obligation, FactRef Subject), List<Finding>> GroupByObligationAndSubject(IReadOnlyList<Finding> findings)
    {
        var groups = new Dictionary<(string, FactRef), List<Finding>>();
        foreach (var finding in findings)
        {
            var key = (finding.Obligation, finding.Subject);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(finding);
        }

        return groups;
    }

    private static Dictionary<string, int> ObligationRanks(IReadOnlyList<Finding> first, IReadOnlyList<Finding> second)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in first.Concat(second))
        {
            ranks.TryAdd(finding.Obligation, ranks.Count);
        }

        return ranks;
    }
}
