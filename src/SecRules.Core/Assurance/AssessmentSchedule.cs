namespace SecRules.Assurance;

/// <summary>
/// Which assessment each year of the three-year cycle calls for, by Party Category and premises
/// counts: the Security Controls Framework's table (SCF Part 1, section 4.3) as the ruleset data
/// encodes it. The first row that covers a Party decides.
/// </summary>
/// <param name="Rows">The rows, in the order they are tried.</param>
public sealed record AssessmentSchedule(IReadOnlyList<ScheduleRow> Rows)
{
    /// <summary>
    /// Finds the rows that may decide for a Party in a cycle year: the first row that covers it, and
    /// before it every row whose cover depends on a premises count the facts do not give.
    /// </summary>
    /// <param name="category">The Party Category.</param>
    /// <param name="premises">The premises counts at the start of the cycle year.</param>
    /// <param name="yearStart">The first day of the cycle year.</param>
    /// <returns>The rows in order; one row when the facts settle which decides, none when no row covers the Party.</returns>
    public IReadOnlyList<ScheduleRow> Candidates(Facts.PartyCategory category, Facts.PremisesCount premises, DateOnly yearStart)
    {
        var candidates = new List<ScheduleRow>();
        foreach (var row in Rows)
        {
            switch (row.Covers(category, premises, yearStart))
            {
                case true:
                    candidates.Add(row);
                    return candidates;
                case null:
                    candidates.Add(row);
                    break;
            }
        }

        return candidates;
    }
}
