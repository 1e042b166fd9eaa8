using System.Globalization;
using SecRules.Assurance;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Reads and writes the rows of an assessment schedule parameter.</summary>
internal static class AssessmentScheduleReader
{
    private const string YearsExpected = "a list of three assessments (years 1, 2 and 3), each one of: full, verification, self, unknown";

    public static AssessmentSchedule Read(YamlValue value)
    {
        var rows = value.AsSequence("schedule rows").Select(ReadRow).ToList();
        return rows.Count > 0 ? new AssessmentSchedule(rows) : throw value.Error("the schedule has no rows; expected at least one row");
    }

    // One row per line: rulesets show prints each under the parameter.
    public static string Display(AssessmentSchedule schedule) =>
        string.Join("\n", schedule.Rows.Select(Display));

    private static ScheduleRow ReadRow(YamlValue value)
    {
        var row = value.AsMapping(
            "a schedule row", "categories", "domestic-premises-above", "non-domestic-premises-above", "from", "until", "years", "provenance", "note");
        var yearsValue = row.Required("years");
        var years = yearsValue.AsSequence(YearsExpected).Select(year => year.AsEnum<ScheduledAssessment>("a scheduled assessment")).ToList();
        if (years.Count != 3)
        {
            throw yearsValue.Error($"{years.Count} assessments are given; expected {YearsExpected}");
        }

        var categories = row.Required("categories");
        return new ScheduleRow
        {
            Categories = categories.AsSequence("a list of party categories").Select(category => category.AsEnum<PartyCategory>("a party category")).ToHashSet(),
            DomesticPremisesAbove = row.Optional("domestic-premises-above")?.AsInteger("a count of premises (0 or more)", minimum: 0),
            NonDomesticPremisesAbove = row.Optional("non-domestic-premises-above")?.AsInteger("a count of premises (0 or more)", minimum: 0),
            From = row.Optional("from")?.AsDate(),
            Until = row.Optional("until")?.AsDate(),
            Years = years,
            Provenance = row.Required("provenance").AsEnum<Provenance>("a provenance"),
            Note = row.Optional("note")?.AsText("a note"),
        };
    }

    private static string Display(ScheduleRow row)
    {
        var conditions = new List<string> { string.Join("/", row.Categories.Order().Select(EnumText.Of)) };
        if (row.DomesticPremisesAbove is { } domestic)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"domestic > {domestic}"));
        }

        if (row.NonDomesticPremisesAbove is { } nonDomestic)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"non-domestic > {nonDomestic}"));
        }

        if (row.From is { } from)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"years from {from:yyyy-MM-dd}"));
        }

        if (row.Until is { } until)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"years until {until:yyyy-MM-dd}"));
        }

        var note = row.Note is null ? string.Empty : $" ({row.Note})";
        return $"{string.Join(", ", conditions)}: {string.Join(" / ", row.Years.Select(EnumText.Of))} [{EnumText.Of(row.Provenance)}]{note}";
    }
}
