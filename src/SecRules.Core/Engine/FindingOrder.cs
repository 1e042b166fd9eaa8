using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// The one order findings are reported in: the version's obligation order, then subject (in natural
/// order, A9 before A10), outcome and message, so that output is identical run after run whatever
/// order the engine fired rules in.
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
        return byOutcome != 0 ? byOutcome : string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>Gets the position of an obligation in the version's order; an obligation the version does not know comes last.</summary>
    public int IndexOf(string obligation) => _obligationIndex.TryGetValue(obligation, out var index) ? index : int.MaxValue;
}
