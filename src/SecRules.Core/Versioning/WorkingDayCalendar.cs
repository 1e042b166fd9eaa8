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
    public WorkingDayCalendar(string name, IEnumerable<DateOnly> holidays, DateOnly coversFrom, DateOnly coversTo)
    {
        Name = name;
        _holidays = [.. holidays];
        CoversFrom = coversFrom;
        CoversTo = coversTo;
    }

    /// <summary>Gets a calendar with no bank holidays, for rulesets that give none.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new("weekends only", [], DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>Gets what the calendar is.</summary>
    public string Name { get; }

    /// <summary>Gets the first date the holiday list is complete for.</summary>
    public DateOnly CoversFrom { get; }

    /// <summary>Gets the last date the holiday list is complete for.</summary>
    public DateOnly CoversTo { get; }

    /// <summary>Gets the bank holidays, in date order.</summary>
    public IReadOnlyList<DateOnly> Holidays => [.. _holidays.Order()];

    /// <summary>Gets whether <paramref name="date"/> is a Working Day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a weekday that is not a bank holiday.</returns>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>Gets the date <paramref name="workingDays"/> Working Days after (or, when negative, before) <paramref name="date"/>.</summary>
    /// <param name="date">The date to count from; it does not count itself.</param>
    /// <param name="workingDays">How many Working Days to count.</param>
    /// <returns>The Working Day reached.</returns>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var remaining = Math.Abs(workingDays);
        var current = date;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }
}
