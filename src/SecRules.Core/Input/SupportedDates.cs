using System.Globalization;

namespace SecRules.Input;

/// <summary>
/// The dates SecRules accepts, in files and through the API alike: evaluation dates, fact dates and the
/// dates of rulesets and modifications. Within this range every deadline and cycle the rules compute
/// (a date plus at most <see cref="Versioning.Period.MaxYears"/> years) is a valid date.
/// </summary>
public static class SupportedDates
{
    /// <summary>Gets the earliest date accepted, 1900-01-01.</summary>
    public static DateOnly Earliest { get; } = new(1900, 1, 1);

    /// <summary>Gets the latest date accepted, 2200-12-31.</summary>
    public static DateOnly Latest { get; } = new(2200, 12, 31);

    /// <summary>Gets the range as error messages state it: <c>from 1900-01-01 to 2200-12-31</c>.</summary>
    public static string Range { get; } = string.Create(
        CultureInfo.InvariantCulture, $"from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}");

    /// <summary>Gets whether <paramref name="date"/> is within the range.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="Earliest"/> to <see cref="Latest"/>, both included.</returns>
    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>Throws when <paramref name="date"/> is outside the range.</summary>
    /// <param name="date">The date.</param>
    /// <param name="paramName">The name of the parameter that gave it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the range.</exception>
    internal static void EnsureContains(DateOnly date, string paramName)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(paramName, date,
                string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is outside the dates SecRules supports; expected a date {Range}."));
        }
    }
}
