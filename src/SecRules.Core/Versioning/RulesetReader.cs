using System.Globalization;
using SecRules.Assurance;
using SecRules.Engine;
using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>
/// Reads the ruleset file formats (manifest, baseline, modification, calendar) strictly, checking every
/// obligation id and parameter against the rule classes of the catalogue.
/// </summary>
internal sealed class RulesetReader(ObligationCatalog catalog)
{
    private const string ParameterExpected = "a parameter value (value, provenance, and optionally source and note)";

    public static RulesetManifest ReadManifest(YamlValue root)
    {
        var manifest = root.AsMapping("a ruleset manifest", "id", "title", "baseline", "calendar", "versions");
        var versions = manifest.List("versions", "ruleset versions", ReadVersionEntry);
        if (versions.Count == 0)
        {
            throw manifest.Error("the manifest lists no versions; expected at least the baseline version under 'versions'");
        }

        return new RulesetManifest(
            manifest.Required("id").AsIdentifier("the ruleset's id"),
            manifest.Required("title").AsText("the ruleset's title"),
            manifest.Required("baseline").AsRelativePath("the path of the baseline file"),
            manifest.Optional("calendar")?.AsRelativePath("the path of the Working Day calendar file"),
            versions);
    }

    public (AssuranceStatusPeriod Statuses, IReadOnlyList<ObligationText> Obligations) ReadBaseline(YamlValue root)
    {
        var baseline = root.AsMapping("a baseline ruleset", "description", "assurance-status-names", "obligations");
        baseline.Optional("description")?.AsText("a description");
        var statuses = ReadStatusPeriod(baseline.Required("assurance-status-names"), RulesetState.Baseline, withStart: false);
        return (statuses, baseline.List("obligations", "obligations", value => ReadObligation(value, RulesetState.Baseline)));
    }

    public Modification ReadModification(YamlValue root)
    {
        var modification = root.AsMapping(
            "a modification", "id", "title", "implemented", "provenance", "source", "summary", "changes");
        var id = modification.Required("id").AsIdentifier("the modification's id");
        var changes = modification.List("changes", "changes", value => ReadChange(value, id));
        if (changes.Count == 0)
        {
            throw modification.Error($"modification '{id}' makes no changes; expected at least one change under 'changes'");
        }

        return new Modification(
            id,
            modification.Required("title").AsText("the modification's title"),
            modification.Required("implemented").AsDate("the implementation date as YYYY-MM-DD"),
            modification.Required("provenance").AsEnum<Provenance>("a provenance"),
            modification.Optional("source")?.AsText("a source id"),
            modification.Optional("summary")?.AsText("a summary"),
            changes,
            root.File);
    }

    public static WorkingDayCalendar ReadCalendar(YamlValue root)
    {
        var calendar = root.AsMapping("a Working Day calendar", "name", "source", "covers-from", "covers-to", "years", "holidays");
        calendar.Optional("source")?.AsText("a source");
        var name = calendar.Required("name").AsText("the calendar's name");
        var from = calendar.Required("covers-from").AsDate();
        var to = calendar.Required("covers-to").AsDate();
        if (to < from)
        {
            throw new InvalidInputException(calendar.PositionOf("covers-to"), $"covers-to {to:yyyy-MM-dd} is before covers-from {from:yyyy-MM-dd}; expected the last date the calendar covers");
        }

        var years = calendar.List("years", "runs of years with their provenance", ReadCalendarYears);
        var expectedYear = from.Year;
        foreach (var (run, position) in years)
        {
            if (run.From != expectedYear || run.To < run.From)
            {
                throw new InvalidInputException(position, $"the years {run.From} to {run.To} do not follow on; expected a run starting in {expectedYear}, so that every year from {from.Year} to {to.Year} has one provenance");
            }

            expectedYear = run.To + 1;
        }

        if (years.Count > 0 && expectedYear != to.Year + 1)
        {
            throw new InvalidInputException(calendar.PositionOf("years"), $"the years end in {expectedYear - 1}; expected them to run to {to.Year}, the year of covers-to");
        }

        var holidays = calendar.List("holidays", "bank holidays", ReadHoliday);
        foreach (var (date, position) in holidays)
        {
            if (date < from || date > to)
            {
                throw new InvalidInputException(position, string.Create(CultureInfo.InvariantCulture,
                    $"the holiday {date:yyyy-MM-dd} is outside covers-from..covers-to; expected a date from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}"));
            }
        }

        return new WorkingDayCalendar(name, holidays.Select(holiday => holiday.Date), from, to, [.. years.Select(run => run.Years)]);
    }

    private static (CalendarYears Years, SourcePosition Position) ReadCalendarYears(YamlValue value)
    {
        var run = value.AsMapping("a run of years", "from", "to", "provenance", "source", "note");
        return (new CalendarYears(
            run.Required("from").AsInteger("a year", minimum: 1),
            run.Required("to").AsInteger("a year", minimum: 1),
            run.Required("provenance").AsEnum<Provenance>("a provenance"),
            run.Optional("source")?.AsText("a source"),
            run.Optional("note")?.AsText("a note")), value.Position);
    }

    private static (DateOnly Date, SourcePosition Position) ReadHoliday(YamlValue value)
    {
        var holiday = value.AsMapping("a bank holiday", "date", "name");
        holiday.Optional("name")?.AsText("the holiday's name");
        var date = holiday.Required("date");
        return (date.AsDate(), date.Position);
    }

    private static RulesetManifest.VersionEntry ReadVersionEntry(YamlValue value)
    {
        var version = value.AsMapping("a ruleset version", "id", "title", "modifications");
        return new RulesetManifest.VersionEntry(
            version.Required("id").AsIdentifier("the version's id"),
            version.Required("title").AsText("the version's title"),
            version.List("modifications", "modification file paths", path => (path.AsRelativePath("the path of a modification file"), path.Position)),
            value.Position);
    }

    private RulesetChange ReadChange(YamlValue value, string modificationId)
    {
        var change = value.AsMapping("a change", "add", "replace", "retire", "amend", "rename-assurance-statuses");
        var kinds = change.Keys.ToList();
        if (kinds.Count != 1)
        {
            throw change.Error($"a change has {(kinds.Count == 0 ? "no kind" : "more than one kind: " + string.Join(", ", kinds))}; expected exactly one of: add, replace, retire, amend, rename-assurance-statuses");
        }

        var body = change.Required(kinds[0]);
        return kinds[0] switch
        {
            "add" => new AddObligation(ReadObligation(body, modificationId), value.Position),
            "replace" => new ReplaceObligation(ReadObligation(body, modificationId), value.Position),
            "retire" => ReadRetirement(body, value.Position),
            "amend" => ReadAmendment(body, modificationId, value.Position),
            _ => new RenameAssuranceStatuses(ReadStatusPeriod(body, modificationId, withStart: true), value.Position),
        };
    }

    private static AssuranceStatusPeriod ReadStatusPeriod(YamlValue value, string setBy, bool withStart)
    {
        string[] keys = withStart ? ["from", "provenance", "source", "note", "names"] : ["provenance", "source", "note", "names"];
        var period = value.AsMapping("Assurance Status names", keys);
        var names = period.List("names", "Assurance Status names", ReadStatusName);
        if (names.Count == 0)
        {
            throw period.Error("no Assurance Status names are given; expected a list under 'names'");
        }

        var duplicate = names.GroupBy(name => name.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidInputException(period.PositionOf("names"), $"the Assurance Status name {InputText.Quote(duplicate.Key)} is given twice; expected each name once");
        }

        var ambiguous = names.SelectMany(name => names.Where(other => other != name && other.Matches(name.Name)).Select(other => (name, other))).FirstOrDefault();
        if (ambiguous.name is not null)
        {
            throw new InvalidInputException(period.PositionOf("names"),
                $"'{ambiguous.name.Name}' is also a way of writing '{ambiguous.other.Name}'; expected each way of writing a status to name one status");
        }

        return new AssuranceStatusPeriod(
            withStart ? period.Required("from").AsDate() : null,
            names,
            period.Required("provenance").AsEnum<Provenance>("a provenance"),
            period.Optional("source")?.AsText("a source id"),
            period.Optional("note")?.AsText("a note"),
            setBy);
    }

    private static AssuranceStatusName ReadStatusName(YamlValue value)
    {
        var name = value.AsMapping("an Assurance Status name", "name", "level", "also-written");
        return new AssuranceStatusName(name.Required("name").AsText("the status name"), name.Required("level").AsEnum<AssuranceLevel>("an assurance level"))
        {
            AlsoWritten = name.List("also-written", "other ways the name is written", form => form.AsText("a way the name is written")),
        };
    }

    private RetireObligation ReadRetirement(YamlValue value, SourcePosition position)
    {
        var retire = value.AsMapping("a retirement", "id", "reason");
        var id = retire.Required("id");
        TypeOf(id);
        return new RetireObligation(id.AsText("an obligation id"), retire.Required("reason").AsText("the reason for retiring it"), position);
    }

    private AmendObligation ReadAmendment(YamlValue value, string setBy, SourcePosition position)
    {
        var amend = value.AsMapping(
            "an amendment", "id", "title", "clause", "provenance", "source", "summary", "material", "parameters");
        var idValue = amend.Required("id");
        var type = TypeOf(idValue);
        var parameters = amend.Optional("parameters") is { } present ? ReadParameters(present, type, setBy, requireAll: false) : [];
        var amendment = new AmendObligation(type.Id, position)
        {
            Title = amend.Optional("title")?.AsText("a title"),
            Clause = amend.Optional("clause")?.AsText("a clause"),
            Provenance = amend.Optional("provenance")?.AsEnum<Provenance>("a provenance"),
            Source = amend.Optional("source")?.AsText("a source id"),
            Summary = amend.Optional("summary")?.AsText("a summary"),
            Material = amend.Optional("material") is { } material ? ReadParameterValue(material, Obligation.MaterialDefinition, setBy) : null,
            Parameters = parameters,
        };
        if (amendment.Title is null && amendment.Clause is null && amendment.Provenance is null && amendment.Source is null
            && amendment.Summary is null && amendment.Material is null && parameters.Count == 0)
        {
            throw amend.Error($"the amendment of '{type.Id}' changes nothing; expected at least one of: title, clause, provenance, source, summary, material, parameters");
        }

        return amendment;
    }

    private ObligationText ReadObligation(YamlValue value, string setBy)
    {
        var obligation = value.AsMapping(
            "an obligation", "id", "title", "clause", "provenance", "source", "summary", "material", "parameters");
        var type = TypeOf(obligation.Required("id"));
        var parameters = obligation.Optional("parameters") is { } present
            ? ReadParameters(present, type, setBy, requireAll: true)
            : type.Parameters.Count == 0
                ? []
                : throw obligation.Error($"obligation '{type.Id}' has no 'parameters'; expected values for: {string.Join(", ", type.Parameters.Select(parameter => parameter.Name))}");
        return new ObligationText(
            type.Id,
            obligation.Required("title").AsText("the obligation's title"),
            obligation.Required("clause").AsText("the clause, or text such as 'SECMP0057 (clause TBC)' where the number is unknown"),
            obligation.Required("provenance").AsEnum<Provenance>("a provenance"),
            obligation.Optional("source")?.AsText("a source id"),
            obligation.Optional("summary")?.AsText("a summary"),
            ReadParameterValue(obligation.Required("material"), Obligation.MaterialDefinition, setBy),
            parameters,
            value.Position);
    }

    private ObligationType TypeOf(YamlValue id)
    {
        var text = id.AsText("an obligation id");
        return catalog.TryGet(text, out var type)
            ? type
            : throw id.Error($"unknown obligation {InputText.Quote(text)}: no rule class evaluates it; expected one of: {string.Join(", ", catalog.Types.Select(known => known.Id))}");
    }

    private static List<ParameterValue> ReadParameters(YamlValue value, ObligationType type, string setBy, bool requireAll)
    {
        var names = type.Parameters.Select(parameter => parameter.Name).ToArray();
        var mapping = value.AsMapping($"the parameters of '{type.Id}'", names);
        var values = new List<ParameterValue>();
        foreach (var definition in type.Parameters)
        {
            var given = mapping.Optional(definition.Name);
            if (given is { } present)
            {
                values.Add(ReadParameterValue(present, definition, setBy));
            }
            else if (requireAll)
            {
                throw mapping.Error($"obligation '{type.Id}' gives no value for the parameter '{definition.Name}'; expected {definition.Expected} ({definition.Description})");
            }
        }

        return values;
    }

    private static ParameterValue ReadParameterValue(YamlValue value, ParameterDefinition definition, string setBy)
    {
        var parameter = value.AsMapping($"the parameter '{definition.Name}': {ParameterExpected}", "value", "provenance", "source", "note");
        var written = parameter.Required("value");
        return new ParameterValue(
            definition,
            definition.AllowsUnknown && written.IsWord(ParameterDefinition.UnknownValue) ? null : definition.Read(written),
            parameter.Required("provenance").AsEnum<Provenance>("a provenance"),
            parameter.Optional("source")?.AsText("a source id"),
            parameter.Optional("note")?.AsText("a note"),
            setBy);
    }
}
