using System.Globalization;
using SecRules.Assurance;
using SecRules.Facts;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Creates the parameter definitions that rule classes declare.</summary>
public static class Parameter
{
    /// <summary>Declares a parameter whose value is a date, written <c>YYYY-MM-DD</c>.</summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<DateOnly> Date(string name, string description) =>
        new(name, description, "a date as YYYY-MM-DD", value => value.AsDate(), date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Declares a parameter whose value is a line of plain text, such as who owes a duty.</summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<string> Text(string name, string description) =>
        new(name, description, "a line of text", value => value.AsText("a line of text"), text => text);

    /// <summary>Declares a parameter whose value is <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<bool> Boolean(string name, string description) =>
        new(name, description, "true or false", value => value.AsBoolean(), flag => flag ? "true" : "false");

    /// <summary>Declares a parameter whose value is a whole number of zero or more.</summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<int> Count(string name, string description) =>
        new(name, description, "a whole number of zero or more", value => value.AsInteger("a whole number of zero or more", minimum: 0),
            count => count.ToString(CultureInfo.InvariantCulture));

    /// <summary>Declares a parameter whose value is a <see cref="Versioning.Period"/>, such as <c>6 months</c> or <c>20 working days</c>.</summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    /// <remarks>A period is at most <see cref="Versioning.Period.MaxYears"/> years long, however counted; <c>0 days</c> is a period.</remarks>
    public static Parameter<Period> Period(string name, string description) =>
        PeriodOf(name, description, "a period such as '0 days', '20 working days', '6 months' or '1 year'", minimum: 0);

    /// <summary>
    /// Declares a parameter whose value is the <see cref="Versioning.Period"/> at which something repeats:
    /// a period of at least one unit, such as <c>6 months</c>, so that counting the repetitions ends.
    /// </summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<Period> Interval(string name, string description) =>
        PeriodOf(name, description, "a period of 1 unit or more, such as '1 day', '20 working days', '6 months' or '1 year'", minimum: 1);

    private static Parameter<Period> PeriodOf(string name, string description, string expected, int minimum) =>
        new(name, description, expected, value =>
        {
            var text = value.AsText(expected);
            if (!Versioning.Period.TryParse(text, out var period))
            {
                throw value.Error($"{InputText.Quote(text)} is not a period; expected {expected}");
            }

            if (!period.IsWithinLimit)
            {
                throw value.Error(FormattableString.Invariant(
                    $"{InputText.Quote(text)} is longer than the longest period supported, {Versioning.Period.MaxYears} years; expected {expected}, of at most {Versioning.Period.MaxYears} years"));
            }

            return period.Amount >= minimum
                ? period
                : throw value.Error($"{InputText.Quote(text)} is too short to repeat; expected {expected}");
        }, period => period.ToString());

    /// <summary>Declares a parameter whose value is a set of Party Categories, written as a list.</summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<IReadOnlySet<PartyCategory>> PartyCategories(string name, string description) =>
        SetOf<PartyCategory>(name, description, "party category");

    /// <summary>Declares a parameter whose value is a set of Assurance levels, written as a list.</summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<IReadOnlySet<AssuranceLevel>> AssuranceLevels(string name, string description) =>
        SetOf<AssuranceLevel>(name, description, "assurance level");

    /// <summary>
    /// Declares a parameter whose value is an <see cref="Assurance.AssessmentSchedule"/>: a list of rows, each with
    /// <c>categories</c>, optional <c>domestic-premises-above</c>, <c>non-domestic-premises-above</c>, <c>from</c> and
    /// <c>until</c>, <c>years</c> (three of full, verification, self, unknown), <c>provenance</c> and an optional <c>note</c>.
    /// </summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<AssessmentSchedule> AssessmentSchedule(string name, string description) =>
        new(name, description, "a list of schedule rows", AssessmentScheduleReader.Read, AssessmentScheduleReader.Display);

    /// <summary>
    /// Declares a parameter whose value is an <see cref="Assurance.AssessmentTiming"/>: a list of readings, each with an
    /// <c>id</c>, a <c>from</c> date (all but the first), a <c>rule</c> (cycle-years or rolling), <c>within</c> for a rolling
    /// reading, an optional <c>clause</c>, <c>provenance</c>, and optional <c>source</c> and <c>note</c>.
    /// </summary>
    /// <param name="name">The name in YAML.</param>
    /// <param name="description">What the parameter means.</param>
    /// <returns>The definition.</returns>
    public static Parameter<AssessmentTiming> AssessmentTiming(string name, string description) =>
        new(name, description, "a list of timing readings", AssessmentTimingReader.Read, AssessmentTimingReader.Display);

    private static Parameter<IReadOnlySet<TEnum>> SetOf<TEnum>(string name, string description, string itemName)
        where TEnum : struct, Enum
    {
        var expected = $"a list of {itemName}s, each one of: {string.Join(", ", EnumNames<TEnum>.All)}";
        return new(name, description, expected,
            value => value.AsSequence(expected).Select(item => item.AsEnum<TEnum>($"a {itemName}")).ToHashSet(),
            set => "[" + string.Join(", ", set.Order().Select(EnumNames<TEnum>.NameOf)) + "]");
    }
}
