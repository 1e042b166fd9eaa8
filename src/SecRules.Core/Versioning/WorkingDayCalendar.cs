namespace SecRules.Versioning;

/// <summary>
/// Says which days are Working Days: every day but Saturdays, Sundays and the bank holidays the
/// ruleset data lists (England and Wales).
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    /// <summary>Creates a calendar with the given bank holidays.</summary>
    /// <param name="name">What the calendar is, for display.</param>
    /// <param name="holidays">The bank holidays.</param>
    /// <param name="coversFrom">The first date the holiday list is complete for.</param>
    /// <param name="coversTo">The last date the holiday list is complete for.</param>
    /// <param name="years">Where each year's holidays come from, or none when the calendar does not say.</param>
    public WorkingDayCalendar(string name, IEnumerable<DateOnly> holidays, DateOnly coversFrom, DateOnly coversTo, IReadOnlyList<CalendarYears>? years = null)
    {
        Name = name;
        _holidays = [.. holidays];
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        Years = years ?? [];
    }

    /// <summary>Gets a calendar with no bank holidays, for rulesets that give none.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new("weekends only", [], DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>Gets what the calendar is.</summary>
    public string Name { get; }

    /// <summary>Gets the first date the holiday list is complete for.</summary>
    public DateOnly CoversFrom { get; }

    /// <summary>Gets the last date the holiday list is complete for.</summary>
    public DateOnly CoversTo { get; }

    /// <summary>Gets where each year's holidays come from, in year order.</summary>
    public IReadOnlyList<CalendarYears> Years { get; }

    /// <summary>Gets the bank holidays, in date order.</summary>
    public IReadOnlyList<DateOnly> Holidays => [.. _holidays.Order()];

    /// <summary>Gets whether <paramref name="date"/> is a Working Day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a weekday that is not a bank holiday.</returns>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>Gets whether the holiday list is complete for <paramref name="date"/>, so that whether it is a Working Day is known.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date lies within the calendar's coverage.</returns>
    public bool Covers(DateOnly date) => date >= CoversFrom && date <= CoversTo;

    /// <summary>Gets the date <paramref name="workingDays"/> Working Days after (or, when negative, before) <paramref name="date"/>.</summary>
    /// <param name="date">The date to count from; it does not count itself.</param>
    /// <param name="workingDays">How many Working Days to count.</param>
    /// <returns>The Working Day reached.</returns>
    /// <exception cref="InvalidOperationException">The count reaches a day the calendar does not cover; use <see cref="TryAddWorkingDays"/>.</exception>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays) =>
        TryAddWorkingDays(date, workingDays, out var reached)
            ? reached
            : throw new InvalidOperationException($"Counting {workingDays} Working Days from {date:yyyy-MM-dd} reaches days the calendar '{Name}' does not cover ({CoversFrom:yyyy-MM-dd} to {CoversTo:yyyy-MM-dd}).");

    /// <summary>
    /// Counts Working Days from a date, refusing to guess: a count that passes a day outside the
    /// calendar's coverage, whose bank holidays are not listed, fails rather than treating it as a
    /// Working Day.
    /// </summary>
    /// <param name="date">The date to count from; it does not count itself.</param>
    /// <param name="workingDays">How many Working Days to count; negative counts back.</param>
    /// <param name="reached">The Working Day reached, when the calendar covers every day counted.</param>
    /// <returns>True when the calendar covers every day counted.</returns>
    public bool TryAddWorkingDays(DateOnly date, int workingDays, out DateOnly reached)
    {
        var step = Math.Sign(workingDays);
        var remaining = Math.Abs(workingDays);
        var current = date;
        while (remaining > 0)
        {
            if ((step > 0 && current >= CoversTo) || (step < 0 && current <= CoversFrom))
            {
                reached = default;
                return false;
            }

            current = current.AddDays(step);
            if (!Covers(current))
            {
                reached = default;
                return false;
            }

            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        reached = current;
        return true;
    }

    /// <summary>Describes the bank holidays a count of Working Days from <paramref name="date"/> would need and the calendar lacks.</summary>
    /// <param name="date">The date the count starts from.</param>
    /// <param name="forward">Whether the count runs forward in time.</param>
    /// <returns>A phrase naming the missing years and the calendar's coverage.</returns>
    public string DescribeMissing(DateOnly date, bool forward)
    {
        var later = date > CoversTo || (forward && date >= CoversFrom);
        var years = later
            ? $"{Math.Max(date.Year, CoversTo.Year + 1)} onwards"
            : $"{Math.Min(date.Year, CoversFrom.Year - 1)} and before";
        return $"the bank holidays of {years}, which the Working Day calendar '{Name}' does not list (it covers {CoversFrom:yyyy-MM-dd} to {CoversTo:yyyy-MM-dd})";
    }
}
