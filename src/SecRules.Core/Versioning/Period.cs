using System.Globalization;
using System.Text.RegularExpressions;

namespace SecRules.Versioning;

/// <summary>A length of time a ruleset parameter gives, such as <c>6 months</c> or <c>20 working days</c>.</summary>
/// <param name="Amount">How many units; zero or more.</param>
/// <param name="Unit">The unit.</param>
/// <remarks>
/// Ruleset files give periods of at most <see cref="MaxYears"/> years (or as many months), so that
/// every date the rules compute from a supported date (<see cref="Input.SupportedDates"/>) is a valid
/// date. A period built in code can be longer: its end then stops at the first or last date
/// <see cref="DateOnly"/> holds rather than overflow.
/// </remarks>
public readonly partial record struct Period(int Amount, PeriodUnit Unit)
{
    /// <summary>The longest period a ruleset may give, in years: 100.</summary>
    public const int MaxYears = 100;

    /// <summary>Gets the period of no time at all.</summary>
    public static Period Zero { get; } = new(0, PeriodUnit.Days);

    /// <summary>Gets whether the period is no longer than <see cref="MaxYears"/> years, however counted, and not negative.</summary>
    public bool IsWithinLimit => Amount >= 0 && Unit switch
    {
        PeriodUnit.Years => Amount <= MaxYears,
        PeriodUnit.Months => Amount <= MaxYears * 12,
        PeriodUnit.Days => Amount <= MaxYears * 366,
        _ => Amount <= MaxYears * 261,
    };

    /// <summary>Gets the date <see cref="Amount"/> units after <paramref name="date"/>.</summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="calendar">The calendar that says which days are Working Days.</param>
    /// <returns>The date at the end of the period.</returns>
    public DateOnly After(DateOnly date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Add(date, Amount, calendar);
    }

    /// <summary>Gets the date <see cref="Amount"/> units before <paramref name="date"/>.</summary>
    /// <param name="date">The date to count back from.</param>
    /// <param name="calendar">The calendar that says which days are Working Days.</param>
    /// <returns>The date at the start of the period.</returns>
    public DateOnly Before(DateOnly date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Add(date, -(long)Amount, calendar);
    }

    /// <summary>Formats the period as it is written in rulesets, for example <c>20 working days</c>.</summary>
    /// <returns>The formatted period.</returns>
    public override string ToString()
    {
        var unit = Unit switch
        {
            PeriodUnit.Days => "day",
            PeriodUnit.WorkingDays => "working day",
            PeriodUnit.Months => "month",
            _ => "year",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Amount} {unit}{(Amount == 1 ? string.Empty : "s")}");
    }

    /// <summary>Parses a period written as <c>N days</c>, <c>N working days</c>, <c>N months</c> or <c>N years</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns>True when the text is a period.</returns>
    public static bool TryParse(string text, out Period period)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = PeriodPattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            period = default;
            return false;
        }

        var unit = match.Groups["unit"].Value switch
        {
            "day" or "days" => PeriodUnit.Days,
            "working day" or "working days" => PeriodUnit.WorkingDays,
            "month" or "months" => PeriodUnit.Months,
            _ => PeriodUnit.Years,
        };
        period = new Period(amount, unit);
        return true;
    }

    private DateOnly Add(DateOnly date, long amount, WorkingDayCalendar calendar) => Unit switch
    {
        PeriodUnit.Days => DateOnly.FromDayNumber((int)Math.Clamp(date.DayNumber + amount, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
        PeriodUnit.WorkingDays => AddWorkingDays(date, amount, calendar),
        PeriodUnit.Months => AddMonths(date, amount),
        PeriodUnit.Years => AddMonths(date, amount * 12),
        _ => throw new InvalidOperationException($"Unknown period unit {Unit}."),
    };

    private static DateOnly AddWorkingDays(DateOnly date, long workingDays, WorkingDayCalendar calendar)
    {
        var end = workingDays < 0 ? DateOnly.MinValue : DateOnly.MaxValue;

        // Each Working Day takes at least a day, so a count longer than the days left cannot end in time.
        if (Math.Abs(workingDays) > Math.Abs(end.DayNumber - date.DayNumber))
        {
            return end;
        }

        try
        {
            return calendar.AddWorkingDays(date, (int)workingDays);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Weekends and holidays took the count past the last day there is.
            return end;
        }
    }

    private static DateOnly AddMonths(DateOnly date, long months)
    {
        var month = (date.Year * 12L) + date.Month - 1 + months;
        return month < DateOnly.MinValue.Year * 12L ? DateOnly.MinValue
            : month > (DateOnly.MaxValue.Year * 12L) + 11 ? DateOnly.MaxValue
            : date.AddMonths((int)months);
    }

    [GeneratedRegex("^(?<amount>[0-9]{1,4}) (?<unit>days?|working days?|months?|years?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
