using System.Globalization;
using System.Text.RegularExpressions;

namespace SecRules.Versioning;

/// <summary>A length of time a ruleset parameter gives, such as <c>6 months</c> or <c>20 working days</c>.</summary>
/// <param name="Amount">How many units; zero or more.</param>
/// <param name="Unit">The unit.</param>
public readonly partial record struct Period(int Amount, PeriodUnit Unit)
{
    /// <summary>Gets the period of no time at all.</summary>
    public static Period Zero { get; } = new(0, PeriodUnit.Days);

    /// <summary>Gets the date <see cref="Amount"/> units after <paramref name="date"/>.</summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="calendar">The calendar that says which days are Working Days.</param>
    /// <returns>The date at the end of the period.</returns>
    public DateOnly After(DateOnly date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            PeriodUnit.Days => date.AddDays(Amount),
            PeriodUnit.WorkingDays => calendar.AddWorkingDays(date, Amount),
            PeriodUnit.Months => date.AddMonths(Amount),
            PeriodUnit.Years => date.AddYears(Amount),
            _ => throw new InvalidOperationException($"Unknown period unit {Unit}."),
        };
    }

    /// <summary>Gets the date <see cref="Amount"/> units before <paramref name="date"/>.</summary>
    /// <param name="date">The date to count back from.</param>
    /// <param name="calendar">The calendar that says which days are Working Days.</param>
    /// <returns>The date at the start of the period.</returns>
    public DateOnly Before(DateOnly date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            PeriodUnit.Days => date.AddDays(-Amount),
            PeriodUnit.WorkingDays => calendar.AddWorkingDays(date, -Amount),
            PeriodUnit.Months => date.AddMonths(-Amount),
            PeriodUnit.Years => date.AddYears(-Amount),
            _ => throw new InvalidOperationException($"Unknown period unit {Unit}."),
        };
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
