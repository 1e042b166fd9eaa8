using System.Globalization;
using System.Text.RegularExpressions;

namespace SecRules.Versioning;

/// <summary>A length of time a ruleset parameter gives, such as <c>6 months</c> or <c>20 working days</c>.</summary>
/// <param name="Amount">How many units; zero or more.</param>
/// <param name="Unit">The unit.</param>
/// <remarks>
/// Ruleset files give periods of at most <see cref="MaxYears"/> years (or as many months), so that
/// every date the rules compute from a supported date (<see cref="Input.SupportedDates"/>) is a valid
/// date. A period built in code can be longer: <see cref="TryAfter"/> and <see cref="TryBefore"/> then
/// say it cannot be counted rather than overflow.
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
    /// <exception cref="InvalidOperationException">The period is in Working Days and reaches days the calendar does not cover, or passes the last date .NET represents; use <see cref="TryAfter"/>.</exception>
    public DateOnly After(DateOnly date, WorkingDayCalendar calendar) =>
        TryAfter(date, calendar, out var end) ? end : throw new InvalidOperationException($"{this} after {date:yyyy-MM-dd} cannot be counted with the calendar '{calendar.Name}'.");

    /// <summary>Gets the date <see cref="Amount"/> units before <paramref name="date"/>.</summary>
    /// <param name="date">The date to count back from.</param>
    /// <param name="calendar">The calendar that says which days are Working Days.</param>
    /// <returns>The date at the start of the period.</returns>
    /// <exception cref="InvalidOperationException">The period is in Working Days and reaches days the calendar does not cover, or passes the first date .NET represents; use <see cref="TryBefore"/>.</exception>
    public DateOnly Before(DateOnly date, WorkingDayCalendar calendar) =>
        TryBefore(date, calendar, out var start) ? start : throw new InvalidOperationException($"{this} before {date:yyyy-MM-dd} cannot be counted with the calendar '{calendar.Name}'.");

    /// <summary>
    /// Counts the period forward from a date without guessing: false when it is in Working Days and
    /// passes a day whose bank holidays the calendar does not list (describe what is missing with
    /// <see cref="WorkingDayCalendar.DescribeMissing"/>), or when it passes the last date .NET represents.
    /// </summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="calendar">The calendar that says which days are Working Days.</param>
    /// <param name="end">The date at the end of the period, when it can be counted.</param>
    /// <returns>True when the period can be counted.</returns>
    public bool TryAfter(DateOnly date, WorkingDayCalendar calendar, out DateOnly end) => TryShift(date, calendar, +1, out end);

    /// <summary>Counts the period back from a date without guessing, as <see cref="TryAfter"/> counts forward.</summary>
    /// <param name="date">The date to count back from.</param>
    /// <param name="calendar">The calendar that says which days are Working Days.</param>
    /// <param name="start">The date at the start of the period, when it can be counted.</param>
    /// <returns>True when the period can be counted.</returns>
    public bool TryBefore(DateOnly date, WorkingDayCalendar calendar, out DateOnly start) => TryShift(date, calendar, -1, out start);

    private bool TryShift(DateOnly date, WorkingDayCalendar calendar, int direction, out DateOnly shifted)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        shifted = default;
        var amount = direction * Amount;

        // Months and years are counted in whole months so that no arithmetic can leave DateOnly's range.
        var months = Unit switch { PeriodUnit.Months => (long)amount, PeriodUnit.Years => amount * 12L, _ => 0L };
        var monthIndex = (date.Year * 12L) + date.Month - 1 + months;
        var days = Unit == PeriodUnit.Days ? (long)date.DayNumber + amount : date.DayNumber;
        if (monthIndex < 12 || monthIndex >= 10_000 * 12 || days < DateOnly.MinValue.DayNumber || days > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        switch (Unit)
        {
            case PeriodUnit.Days:
                shifted = DateOnly.FromDayNumber((int)days);
                return true;
            case PeriodUnit.WorkingDays:
                return calendar.TryAddWorkingDays(date, amount, out shifted);
            case PeriodUnit.Months:
                shifted = date.AddMonths(amount);
                return true;
            case PeriodUnit.Years:
                shifted = date.AddYears(amount);
                return true;
            default:
                throw new InvalidOperationException($"Unknown period unit {Unit}.");
        }
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

    [GeneratedRegex("^(?<amount>[0-9]{1,4}) (?<unit>days?|working days?|months?|years?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
