namespace SecRules.Assurance;

/// <summary>
/// Which assessment each year of the three-year cycle calls for, by Party Category and premises
/// counts: the Security Controls Framework's table (SCF Part 1, section 4.3) as the ruleset data
/// encodes it. The first row that covers a Party decides.
/// </summary>
/// <param name="Rows">The rows, in the order they are tried.</param>
public sealed record AssessmentSchedule(IReadOnlyList<ScheduleRow> Rows)
{
    /// <summary>Finds the row that decides for a Party in a cycle year.</summary>
    /// <param name="category">The Party Category.</param>
    /// <param name="premises">The premises counts at the start of the cycle year.</param>
    /// <param name="yearStart">The first day of the cycle year.</param>
    /// <returns>The first row that covers the Party, or null when none does.</returns>
    public ScheduleRow? Find(Facts.PartyCategory category, Facts.PremisesCount premises, DateOnly yearStart) =>
        Rows.FirstOrDefault(row => row.Covers(category, premises, yearStart));
}
