namespace SecRules.Assurance;

/// <summary>
/// The readings of when each assessment of the three-year cycle falls due, each taking effect from a
/// date: the cycle years as first encoded, then the rolling 12 months the SSC set out with version
/// 1.16 of the Security Controls Framework (G8.40, from 1 August 2019).
/// </summary>
/// <param name="Readings">The readings, the first without a start date and the rest in date order.</param>
public sealed record AssessmentTiming(IReadOnlyList<AssessmentTimingReading> Readings)
{
    /// <summary>
    /// Chooses the reading that governs a cycle year: the latest reading that has taken effect by the
    /// deadline it would itself set for the year.
    /// </summary>
    /// <param name="deadlineUnder">The year's deadline under a reading, or null when that reading cannot set one for the year.</param>
    /// <returns>The governing reading and the deadline it sets.</returns>
    public (AssessmentTimingReading Reading, DateOnly Deadline) Govern(Func<AssessmentTimingReading, DateOnly?> deadlineUnder)
    {
        ArgumentNullException.ThrowIfNull(deadlineUnder);
        for (var index = Readings.Count - 1; index >= 0; index--)
        {
            var reading = Readings[index];
            if (deadlineUnder(reading) is { } deadline && (reading.From is not { } from || deadline >= from))
            {
                return (reading, deadline);
            }
        }

        throw new InvalidOperationException("The first timing reading must set a deadline for every year.");
    }
}
