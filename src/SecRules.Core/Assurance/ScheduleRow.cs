using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Assurance;

/// <summary>
/// One row of the assessment schedule: which Parties it covers (by category and premises counts, for
/// cycle years starting within its dates) and the assessment each year of the three-year cycle calls for.
/// </summary>
public sealed record ScheduleRow
{
    /// <summary>Gets the Party Categories the row covers.</summary>
    public required IReadOnlySet<PartyCategory> Categories { get; init; }

    /// <summary>Gets the Domestic Premises count the Party must exceed for the row to apply, if any.</summary>
    public int? DomesticPremisesAbove { get; init; }

    /// <summary>Gets the Non-Domestic Premises count the Party must exceed for the row to apply, if any.</summary>
    public int? NonDomesticPremisesAbove { get; init; }

    /// <summary>Gets the first start date of the cycle years the row applies to, if it has one.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Gets the last start date of the cycle years the row applies to, if it has one.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Gets the assessment due in years 1, 2 and 3 of the cycle.</summary>
    public required IReadOnlyList<ScheduledAssessment> Years { get; init; }

    /// <summary>Gets where the row comes from.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>Gets a note on the row, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Gets whether the row covers a Party of <paramref name="category"/> with <paramref name="premises"/> in a cycle year starting on <paramref name="yearStart"/>.</summary>
    /// <param name="category">The Party Category.</param>
    /// <param name="premises">The premises counts at the start of the cycle year.</param>
    /// <param name="yearStart">The first day of the cycle year.</param>
    /// <returns>True when the row applies, false when it does not, and null when it depends on a premises count the facts do not give.</returns>
    public bool? Covers(PartyCategory category, PremisesCount premises, DateOnly yearStart)
    {
        if (!Categories.Contains(category) || (From is { } from && yearStart < from) || (Until is { } until && yearStart > until))
        {
            return false;
        }

        var domestic = Exceeds(premises.Domestic, DomesticPremisesAbove);
        var nonDomestic = Exceeds(premises.NonDomestic, NonDomesticPremisesAbove);
        return domestic == false || nonDomestic == false ? false : domestic & nonDomestic;
    }

    private static bool? Exceeds(int? count, int? line) => line is not { } threshold ? true : count is { } known ? known > threshold : null;
}
