using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// The one order findings are reported in: the version's obligation order, then subject (in natural
/// order, A9 before A10), outcome and message, so that output is identical run after run whatever
/// order the engine fired rules in. Findings alike in all of these are ordered by the rest of their
/// content, so the order is total and does not depend on how the facts were split for evaluation.
/// </summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    private readonly Dictionary<string, int> _obligationIndex;

    public FindingOrder(RulesetVersion version)
    {
        _obligationIndex = version.Obligations
            .Select((obligation, index) => (obligation.Id, index))
            .ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
    }

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byObligation = IndexOf(x.Obligation).CompareTo(IndexOf(y.Obligation));
        if (byObligation != 0)
        {
            return byObligation;
        }

        var bySubjectKind = x.Subject.Kind.CompareTo(y.Subject.Kind);
        if (bySubjectKind != 0)
        {
            return bySubjectKind;
        }

        var bySubject = NaturalOrder.Instance.Compare(x.Subject.Id, y.Subject.Id);
        if (bySubject != 0)
        {
            return bySubject;
        }

        var byOutcome = x.Outcome.CompareTo(y.Outcome);
        if (byOutcome != 0)
        {
            return byOutcome;
        }

        var byMessage = string.CompareOrdinal(x.Message, y.Message);
        return byMessage != 0 ? byMessage : CompareTheRest(x, y);
    }

    /// <summary>Sorts findings into this order.</summary>
    /// <param name="findings">The findings, in any order.</param>
    /// <returns>The findings in report order.</returns>
    /// <remarks>Findings are put in buckets by obligation first, so that each comparison of a large population does not look the obligation up.</remarks>
    public Finding[] Sort(IReadOnlyCollection<Finding> findings)
    {
        var buckets = new List<Finding>?[_obligationIndex.Count + 1];
        foreach (var finding in findings)
        {
            var index = Math.Min(IndexOf(finding.Obligation), _obligationIndex.Count);
            (buckets[index] ??= []).Add(finding);
        }

        var sorted = new Finding[findings.Count];
        var next = 0;
        foreach (var bucket in buckets)
        {
            if (bucket is null)
            {
                continue;
            }

            bucket.Sort(this);
            bucket.CopyTo(sorted, next);
            next += bucket.Count;
        }

        return sorted;
    }

    private static int CompareTheRest(Finding x, Finding y)
    {
        var byObligation = string.CompareOrdinal(x.Obligation, y.Obligation);
        if (byObligation != 0)
        {
            return byObligation;
        }

        var byCitation = string.CompareOrdinal(x.Citation.Clause, y.Citation.Clause);
        if (byCitation != 0)
        {
            return byCitation;
        }

        var byFacts = CompareSequences(x.Facts, y.Facts, (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Id, b.Id));
        if (byFacts != 0)
        {
            return byFacts;
        }

        var byMissing = CompareSequences(x.MissingFacts, y.MissingFacts, string.CompareOrdinal);
        return byMissing != 0 ? byMissing : CompareSequences(x.Conditions, y.Conditions, (a, b) =>
            string.CompareOrdinal(a.Condition, b.Condition) is var byCondition and not 0 ? byCondition
            : a.Status != b.Status ? a.Status.CompareTo(b.Status)
            : string.CompareOrdinal(a.Basis, b.Basis));
    }

    private static int CompareSequences<T>(IReadOnlyList<T> x, IReadOnlyList<T> y, Comparison<T> compare)
    {
        for (var index = 0; index < Math.Min(x.Count, y.Count); index++)
        {
            var byItem = compare(x[index], y[index]);
            if (byItem != 0)
            {
                return byItem;
            }
        }

        return x.Count.CompareTo(y.Count);
    }

    /// <summary>Gets the position of an obligation in the version's order; an obligation the version does not know comes last.</summary>
    public int IndexOf(string obligation) => _obligationIndex.TryGetValue(obligation, out var index) ? index : int.MaxValue;
}
