using System.Diagnostics.CodeAnalysis;

namespace SecRules.Assurance;

/// <summary>
/// The Assurance Status names of a ruleset version, period by period. A status is read by the date
/// it was assigned: "Deferred" assigned on 10 January 2020 and on 10 March 2020 mean different levels
/// once MP091 is part of the version.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class AssuranceStatusNames
{
    internal AssuranceStatusNames(IReadOnlyList<AssuranceStatusPeriod> periods)
    {
        Periods = periods;
    }

    /// <summary>Gets the periods, oldest first; the first has no start date.</summary>
    public IReadOnlyList<AssuranceStatusPeriod> Periods { get; }

    /// <summary>Gets the period whose names apply on <paramref name="date"/>.</summary>
    /// <param name="date">The date a status was assigned.</param>
    /// <returns>The period.</returns>
    public AssuranceStatusPeriod PeriodOn(DateOnly date) => Periods.Last(period => period.From is not { } from || from <= date);

    /// <summary>Reads a status name as it was meant on the date it was assigned.</summary>
    /// <param name="name">The name as written (see <see cref="AssuranceStatusName.Matches"/>).</param>
    /// <param name="assigned">The date the status was assigned.</param>
    /// <param name="level">The level, when the name was in use on that date.</param>
    /// <returns>True when the name was an Assurance Status name on that date.</returns>
    public bool TryRead(string name, DateOnly assigned, [NotNullWhen(true)] out AssuranceLevel? level)
    {
        level = Read(PeriodOn(assigned), name);
        return level is not null;
    }

    /// <summary>
    /// Reads a status name whose date of assignment is not known: it has a level only when every
    /// period that uses the name gives it the same one ("Approved" has; "Deferred" has not once
    /// MP091 is part of the version).
    /// </summary>
    /// <param name="name">The name as written (see <see cref="AssuranceStatusName.Matches"/>).</param>
    /// <param name="level">The level, when the name means the same in every period that uses it.</param>
    /// <returns>True when the name has one meaning whatever the date.</returns>
    public bool TryReadUndated(string name, [NotNullWhen(true)] out AssuranceLevel? level)
    {
        var levels = Periods.Select(period => Read(period, name)).OfType<AssuranceLevel>().Distinct().ToList();
        level = levels.Count == 1 ? levels[0] : null;
        return level is not null;
    }

    private static AssuranceLevel? Read(AssuranceStatusPeriod period, string name) =>
        period.Names.FirstOrDefault(candidate => candidate.Matches(name))?.Level;
}
