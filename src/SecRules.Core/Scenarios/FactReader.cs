using SecRules.Facts;
using SecRules.Input;

namespace SecRules.Scenarios;

/// <summary>
/// Reads the fact collections of a scenario file, remembering where each field of each fact was
/// written so that a <see cref="FactProblem"/> found afterwards can name its line and column.
/// </summary>
internal sealed class FactReader
{
    private static readonly Dictionary<string, string[]> KeysByCollection = new(StringComparer.Ordinal)
    {
        [FactCollections.Parties] =
        [
            "id", "name", "category", "roles", "domestic-premises", "non-domestic-premises", "premises-changes",
            "user-entry-completed", "assessment-cycle-start",
        ],
        [FactCollections.SharedResourceProviders] = ["id", "name"],
        [FactCollections.UserSystems] = ["id", "owner", "provider", "first-employed", "planned-first-use", "replaces"],
        [FactCollections.Assessments] =
        [
            "id", "subject", "kind", "initial", "fieldwork", "report-issued", "response-due", "response-submitted",
            "assurance-status", "status-assigned", "covers", "non-compliances",
        ],
        [FactCollections.NonCompliances] = ["id", "clause", "material", "user-system", "remedy-by", "remedied"],
        [FactCollections.SscNotifications] = ["id", "party", "user-system", "sent"],
        [FactCollections.SscDecisions] = ["id", "notification", "decided", "decision", "provider-assessment"],
        [FactCollections.SscRequests] = ["id", "party", "made", "due", "complied", "decision", "user-system", "assessment", "requires"],
        [FactCollections.PanelNotices] = ["id", "party", "served", "obligation", "subject", "remedy-by", "remedied"],
        [FactCollections.SmsCountReports] = ["id", "party", "submitted"],
        [FactCollections.SharedResourceUserInformation] = ["id", "assessment", "party", "given"],
    };

    private readonly Dictionary<(string Collection, int Index, string Field), SourcePosition> _positions = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<NonCompliance> _nonCompliances = [];

    public IReadOnlyList<NonCompliance> NonCompliances => _nonCompliances;

    public IReadOnlyList<T> Collection<T>(YamlMappingReader scenario, string collection, string description, Func<YamlMappingReader, T> read) =>
        scenario.List(collection, description, value => Item(value, collection, read)).ToList();

    /// <summary>Gets where the field of a problem was written: the field, else the key its nested list is under, else the fact, else <paramref name="fallback"/>.</summary>
    public SourcePosition PositionOf(FactProblem problem, SourcePosition fallback)
    {
        if (problem.Index is not { } index)
        {
            return fallback;
        }

        var key = problem.Field.Split('[', '.')[0];
        return _positions.TryGetValue((problem.Collection, index, problem.Field), out var position)
            || _positions.TryGetValue((problem.Collection, index, key), out position)
            || _positions.TryGetValue((problem.Collection, index, string.Empty), out position)
                ? position
                : fallback;
    }

    public SecurityAssessment ReadAssessment(YamlMappingReader assessment)
    {
        var id = assessment.Required("id").AsIdentifier("an id");
        var nonCompliances = assessment.List("non-compliances", "non-compliances", value =>
            Item(value, FactCollections.NonCompliances, nonCompliance => ReadNonCompliance(nonCompliance, id)));
        _nonCompliances.AddRange(nonCompliances);
        return new SecurityAssessment
        {
            Id = id,
            Subject = assessment.Required("subject").AsIdentifier("the id of the party, User System or Shared Resource Provider assessed"),
            AssessmentKind = assessment.Required("kind").AsEnum<AssessmentKind>("an assessment kind"),
            Initial = assessment.Optional("initial")?.AsBoolean() ?? false,
            Fieldwork = assessment.Optional("fieldwork")?.AsDate(),
            ReportIssued = assessment.Optional("report-issued")?.AsDate(),
            ResponseDue = assessment.Optional("response-due")?.AsDate(),
            ResponseSubmitted = assessment.Optional("response-submitted")?.AsDate(),
            AssuranceStatus = assessment.Optional("assurance-status")?.AsText("an assurance status name"),
            StatusAssigned = assessment.Optional("status-assigned")?.AsDate(),
            Covers = assessment.OptionalList("covers", "User System ids", system => system.AsIdentifier("the id of a User System")),
        };
    }

    private static NonCompliance ReadNonCompliance(YamlMappingReader nonCompliance, string assessment) => new()
    {
        Id = nonCompliance.Required("id").AsIdentifier("an id"),
        Assessment = assessment,
        Clause = nonCompliance.Required("clause").AsText("the clause breached, for example G3.5"),
        Material = nonCompliance.Optional("material")?.AsBoolean(),
        UserSystem = nonCompliance.Optional("user-system")?.AsIdentifier("the id of the User System concerned"),
        RemedyBy = nonCompliance.Optional("remedy-by")?.AsDate(),
        Remedied = nonCompliance.Optional("remedied")?.AsDate(),
    };

    private T Item<T>(YamlValue value, string collection, Func<YamlMappingReader, T> read)
    {
        var index = _counts.GetValueOrDefault(collection);
        _counts[collection] = index + 1;
        var item = value.AsMapping($"an item of '{collection}'", KeysByCollection[collection]);
        _positions[(collection, index, string.Empty)] = item.Position;
        foreach (var key in item.Keys)
        {
            _positions[(collection, index, key)] = item.PositionOf(key);
        }

        return read(item);
    }
}
