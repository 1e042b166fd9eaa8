using SecRules.Versioning;

namespace SecRules.Impact;

/// <summary>
/// How the text of two ruleset versions differs (a draft applied over a version included): the
/// modifications one applies and the other does not, and the obligations whose text differs.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class RulesetComparison
{
    /// <summary>Compares two versions.</summary>
    /// <param name="from">The first version.</param>
    /// <param name="to">The second version.</param>
    public RulesetComparison(RulesetVersion from, RulesetVersion to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        From = from;
        To = to;
        ModificationsAdded = [.. to.Modifications.Where(modification => !from.Modifications.Contains(modification))];
        ModificationsRemoved = [.. from.Modifications.Where(modification => !to.Modifications.Contains(modification))];
        ObligationOrder = [.. to.Obligations.Select(obligation => obligation.Id).Concat(from.Obligations.Select(obligation => obligation.Id)).Distinct(StringComparer.Ordinal)];
        Obligations = ObligationDifference.Compare(from, to, ObligationOrder);
    }

    /// <summary>Gets the first version.</summary>
    public RulesetVersion From { get; }

    /// <summary>Gets the second version.</summary>
    public RulesetVersion To { get; }

    /// <summary>Gets the modifications the second version applies and the first does not, in order.</summary>
    public IReadOnlyList<Modification> ModificationsAdded { get; }

    /// <summary>Gets the modifications the first version applies and the second does not, in order.</summary>
    public IReadOnlyList<Modification> ModificationsRemoved { get; }

    /// <summary>Gets the obligations whose text differs, in the second version's order.</summary>
    public IReadOnlyList<ObligationDifference> Obligations { get; }

    /// <summary>Gets whether the texts agree in every obligation.</summary>
    public bool IsEmpty => Obligations.Count == 0;

    /// <summary>Gets the ids of every obligation either version knows, in the second version's order, then the first's.</summary>
    public IReadOnlyList<string> ObligationOrder { get; }
}
