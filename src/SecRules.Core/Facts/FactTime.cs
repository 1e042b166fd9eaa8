using System.Globalization;

namespace SecRules.Facts;

/// <summary>
/// When something happened: a date, and the time of day when the facts give it. Whether one event
/// came before another can be unknown: two events on the same day without times.
/// </summary>
/// <param name="Date">The calendar date.</param>
/// <param name="TimeOfDay">The time of day, or null when only the date is known.</param>
public readonly record struct FactTime(DateOnly Date, TimeOnly? TimeOfDay = null)
{
    /// <summary>Orders this time against <paramref name="other"/>.</summary>
    /// <param name="other">The time to compare with.</param>
    /// <returns>
    /// <see cref="TimeOrder.Before"/> or <see cref="TimeOrder.After"/> when the order is known,
    /// <see cref="TimeOrder.Simultaneous"/> for the same date and time, and
    /// <see cref="TimeOrder.SameDayUnknown"/> for the same date when either lacks a time.
    /// </returns>
    public TimeOrder OrderAgainst(FactTime other)
    {
        if (Date != other.Date)
        {
            return Date < other.Date ? TimeOrder.Before : TimeOrder.After;
        }

        if (TimeOfDay is not { } mine || other.TimeOfDay is not { } theirs)
        {
            return TimeOrder.SameDayUnknown;
        }

        return mine == theirs ? TimeOrder.Simultaneous : mine < theirs ? TimeOrder.Before : TimeOrder.After;
    }

    /// <summary>Formats as <c>YYYY-MM-DD</c>, or <c>YYYY-MM-DDTHH:MM</c> with a time.</summary>
    /// <returns>The formatted time.</returns>
    public override string ToString() => TimeOfDay is { } time
        ? $"{Date:yyyy-MM-dd}T{time.ToString("HH:mm", CultureInfo.InvariantCulture)}"
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
