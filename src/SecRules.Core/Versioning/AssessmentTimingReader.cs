using System.Globalization;
using SecRules.Assurance;
using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Reads and writes the readings of an assessment timing parameter.</summary>
internal static class AssessmentTimingReader
{
    private const string ReadingExpected = "a timing reading (id, from, rule, within, clause, provenance, source, note)";

    public static AssessmentTiming Read(YamlValue value)
    {
        var readings = value.AsSequence("timing readings").Select(ReadReading).ToList();
        if (readings.Count == 0)
        {
            throw value.Error("the timing has no readings; expected at least one reading");
        }

        var sequence = value.AsSequence("timing readings");
        if (readings[0].From is not null)
        {
            throw sequence[0].Error("the first reading has a 'from' date; expected the first reading to apply from the start, without 'from'");
        }


        for (var index = 1; index < readings.Count; index++)
        {
            if (readings[index].From is not { } from || from <= (readings[index - 1].From ?? DateOnly.MinValue))
            {
                throw sequence[index].Error("a later reading needs a 'from' date after the reading before it; expected the readings in date order");
            }
        }

        var duplicate = readings.GroupBy(reading => reading.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null
            ? new AssessmentTiming(readings)
            : throw value.Error($"the reading id '{duplicate.Key}' is given twice; expected each id once");
    }

    // One reading per line: rulesets show prints each under the parameter.
    public static string Display(AssessmentTiming timing) => string.Join("\n", timing.Readings.Select(Display));

    private static AssessmentTimingReading ReadReading(YamlValue value)
    {
        var reading = value.AsMapping(ReadingExpected, "id", "from", "rule", "within", "clause", "provenance", "source", "note");
        var rule = reading.Required("rule").AsEnum<AssessmentTimingRule>("a timing rule");
        var within = reading.Optional("within");
        Period? period = null;
        if (within is { } written)
        {
            var text = written.AsText("a period such as '12 months'");
            period = Period.TryParse(text, out var parsed) && parsed.Amount > 0 && parsed.Unit != PeriodUnit.WorkingDays
                ? parsed
                : throw written.Error($"'{text}' is not a period of more than no time in days, months or years; expected a period such as '12 months'");
        }

        if (rule == AssessmentTimingRule.Rolling && period is null)
        {
            throw reading.Error("a rolling reading gives no 'within'; expected how long after the previous fieldwork the next assessment is due, such as '12 months'");
        }

        if (rule == AssessmentTimingRule.CycleYears && within is not null)
        {
            throw new InvalidInputException(reading.PositionOf("within"), "'within' applies to rolling readings only; expected no 'within' for cycle-years, whose years are fixed");
        }

        return new AssessmentTimingReading
        {
            Id = reading.Required("id").AsIdentifier("the reading's id"),
            From = reading.Optional("from")?.AsDate(),
            Rule = rule,
            Within = period,
            Clause = reading.Optional("clause")?.AsText("a clause"),
            Provenance = reading.Required("provenance").AsEnum<Provenance>("a provenance"),
            Source = reading.Optional("source")?.AsText("a source id"),
            Note = reading.Optional("note")?.AsText("a note"),
        };
    }

    private static string Display(AssessmentTimingReading reading)
    {
        var from = reading.From is { } date ? string.Create(CultureInfo.InvariantCulture, $"from {date:yyyy-MM-dd}") : "from the start";

        var rule = reading.Rule == AssessmentTimingRule.Rolling ? $"rolling, each within {reading.Within} of the previous fieldwork" : "cycle years from the cycle's start";
        var clause = reading.Clause is null ? string.Empty : $", {reading.Clause}";
        var source = reading.Source is null ? string.Empty : $" {reading.Source}";
        var note = reading.Note is null ? string.Empty : $" ({reading.Note})";
        return $"{reading.Id}, {from}: {rule}{clause} [{EnumText.Of(reading.Provenance)}{source}]{note}";
    }
}
