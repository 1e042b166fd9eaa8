using SecRules.Facts;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// One year of a User's assessment cycles: the first year starts when its first cycle does (its
/// assessment-cycle-start, or the day it completed User Entry), and each cycle is three years.
/// </summary>
/// <param name="Party">The id of the Party.</param>
/// <param name="Number">The year's number since the first cycle started, from 1.</param>
/// <param name="Start">The first day of the year.</param>
/// <param name="End">The first day after the year.</param>
internal sealed record CycleYear(string Party, int Number, DateOnly Start, DateOnly End)
{
    private const int CycleLength = 3;

    /// <summary>Gets the year's place in its cycle: 1, 2 or 3.</summary>
    public int YearOfCycle => ((Number - 1) % CycleLength) + 1;

    /// <summary>Gets whether the year had ended by <paramref name="date"/>.</summary>
    public bool HasEndedBy(DateOnly date) => End <= date;

    /// <summary>Gets whether <paramref name="date"/> falls within the year.</summary>
    public bool Contains(DateOnly date) => date >= Start && date < End;

    /// <summary>Lists a Party's cycle years from the first, without end; callers stop at the evaluation date.</summary>
    public static IEnumerable<CycleYear> Of(Party party)
    {
        if ((party.AssessmentCycleStart ?? party.UserEntryCompleted) is not { } first)
        {
            yield break;
        }

        for (var number = 1; ; number++)
        {
            yield return new CycleYear(party.Id, number, first.AddYears(number - 1), first.AddYears(number));
        }
    }
}
