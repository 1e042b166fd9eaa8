using SecRules.Input;

namespace SecRules.Facts;

/// <summary>
/// Checks a fact set for duplicated ids and references to facts that do not exist. Scenario files
/// and facts built in code share this one check; the scenario reader maps each problem back to a
/// line and column.
/// </summary>
internal sealed class FactSetValidator
{
    private readonly Dictionary<string, (IFact Fact, string Collection, int Index)> _byId = new(StringComparer.Ordinal);
    private readonly List<FactProblem> _problems = [];

    public static IReadOnlyList<FactProblem> Validate(FactSet facts, IReadOnlySet<string>? knownObligations)
    {
        var validator = new FactSetValidator();
        validator.IndexIds(facts);
        validator.CheckReferences(facts, knownObligations);
        return validator._problems;
    }

    private void IndexIds(FactSet facts)
    {
        Index(FactCollections.Parties, facts.Parties);
        Index(FactCollections.SharedResourceProviders, facts.SharedResourceProviders);
        Index(FactCollections.UserSystems, facts.UserSystems);
        Index(FactCollections.Assessments, facts.Assessments);
        Index(FactCollections.NonCompliances, facts.NonCompliances);
        Index(FactCollections.SscNotifications, facts.SscNotifications);
        Index(FactCollections.SscDecisions, facts.SscDecisions);
        Index(FactCollections.SscRequests, facts.SscRequests);
        Index(FactCollections.PanelNotices, facts.PanelNotices);
        Index(FactCollections.SmsCountReports, facts.SmsCountReports);
        Index(FactCollections.SharedResourceUserInformation, facts.SharedResourceUserInformation);
    }

    private void Index(string collection, IEnumerable<IFact> items)
    {
        var index = 0;
        foreach (var fact in items)
        {
            if (_byId.TryGetValue(fact.Id, out var first))
            {
                _problems.Add(new FactProblem(collection, index, "id",
                    $"duplicate id '{fact.Id}', already the id of {first.Collection}[{first.Index}]; expected ids unique within the scenario"));
            }
            else
            {
                _byId.Add(fact.Id, (fact, collection, index));
            }

            index++;
        }
    }

    private void CheckReferences(FactSet facts, IReadOnlySet<string>? knownObligations)
    {
        Each(FactCollections.UserSystems, facts.UserSystems, (at, system) =>
        {
            Expect(at, "owner", system.Owner, FactKind.Party);
            Expect(at, "provider", system.SharedResourceProvider, FactKind.SharedResourceProvider);
            if (Expect(at, "replaces", system.Replaces, FactKind.UserSystem) is UserSystem replaced && replaced.Owner != system.Owner)
            {
                Add(at, "replaces", $"'{replaced.Id}' belongs to party '{replaced.Owner}'; expected a User System of the same owner, '{system.Owner}'");
            }

            if (system.Replaces == system.Id)
            {
                Add(at, "replaces", $"'{system.Id}' cannot replace itself; expected the id of an earlier User System");
            }
        });
        Each(FactCollections.Assessments, facts.Assessments, (at, assessment) =>
        {
            Expect(at, "subject", assessment.Subject, FactKind.Party, FactKind.UserSystem, FactKind.SharedResourceProvider);
            foreach (var covered in assessment.Covers)
            {
                Expect(at, "covers", covered, FactKind.UserSystem);
            }
        });
        Each(FactCollections.NonCompliances, facts.NonCompliances, (at, nonCompliance) =>
        {
            Expect(at, "assessment", nonCompliance.Assessment, FactKind.Assessment);
            Expect(at, "user-system", nonCompliance.UserSystem, FactKind.UserSystem);
        });
        Each(FactCollections.SscNotifications, facts.SscNotifications, (at, notification) =>
        {
            Expect(at, "party", notification.Party, FactKind.Party);
            if (Expect(at, "user-system", notification.UserSystem, FactKind.UserSystem) is UserSystem system && system.Owner != notification.Party)
            {
                Add(at, "user-system", $"'{system.Id}' belongs to party '{system.Owner}'; expected a User System of the notifying party, '{notification.Party}'");
            }
        });
        Each(FactCollections.SscDecisions, facts.SscDecisions, (at, decision) =>
        {
            var notification = Expect(at, "notification", decision.Notification, FactKind.SscNotification) as SscNotification;
            if (Expect(at, "provider-assessment", decision.ProviderAssessment, FactKind.Assessment) is SecurityAssessment relied
                && notification is not null
                && _byId.TryGetValue(notification.UserSystem, out var notified)
                && notified.Fact is UserSystem { SharedResourceProvider: { } provider }
                && relied.Subject != provider)
            {
                Add(at, "provider-assessment", $"'{relied.Id}' assesses '{relied.Subject}'; expected an assessment of '{provider}', the provider of the notified User System '{notification.UserSystem}'");
            }
        });
        Each(FactCollections.SscRequests, facts.SscRequests, (at, request) =>
        {
            Expect(at, "party", request.Party, FactKind.Party);
            Expect(at, "decision", request.Decision, FactKind.SscDecision);
            Expect(at, "user-system", request.UserSystem, FactKind.UserSystem);
            Expect(at, "assessment", request.Assessment, FactKind.Assessment);
        });
        Each(FactCollections.PanelNotices, facts.PanelNotices, (at, notice) =>
        {
            Expect(at, "party", notice.Party, FactKind.Party);
            if (!_byId.ContainsKey(notice.Subject))
            {
                Add(at, "subject", UnknownFact(notice.Subject));
            }

            if (knownObligations is not null && !knownObligations.Contains(notice.Obligation))
            {
                Add(at, "obligation", UnknownObligation(notice.Obligation, knownObligations));
            }
        });
        Each(FactCollections.SmsCountReports, facts.SmsCountReports, (at, report) =>
            Expect(at, "party", report.Party, FactKind.Party));
        Each(FactCollections.SharedResourceUserInformation, facts.SharedResourceUserInformation, (at, information) =>
        {
            Expect(at, "assessment", information.Assessment, FactKind.Assessment);
            Expect(at, "party", information.Party, FactKind.Party);
        });
    }

    /// <summary>The problem of a reference to a fact of any kind that the scenario does not state.</summary>
    public static string UnknownFact(string id) => $"unknown fact '{id}'; expected the id of a fact in this scenario";

    /// <summary>The problem of a reference to an obligation no rule class evaluates.</summary>
    public static string UnknownObligation(string id, IReadOnlySet<string> knownObligations) =>
        $"unknown obligation '{id}'; expected one of: {string.Join(", ", knownObligations.Order(StringComparer.Ordinal))}";

    private static void Each<T>(string collection, IReadOnlyList<T> items, Action<(string Collection, int Index), T> check)
    {
        for (var index = 0; index < items.Count; index++)
        {
            check((collection, index), items[index]);
        }
    }

    private IFact? Expect((string Collection, int Index) at, string field, string? id, params FactKind[] kinds)
    {
        if (id is null)
        {
            return null;
        }

        var expected = string.Join(" or ", kinds.Select(kind => EnumNames<FactKind>.NameOf(kind)));
        if (!_byId.TryGetValue(id, out var found))
        {
            Add(at, field, $"unknown {expected} '{id}'; expected the id of a {expected} in this scenario");
            return null;
        }

        if (!kinds.Contains(found.Fact.Kind))
        {
            Add(at, field, $"'{id}' is a {EnumNames<FactKind>.NameOf(found.Fact.Kind)}; expected the id of a {expected}");
            return null;
        }

        return found.Fact;
    }

    private void Add((string Collection, int Index) at, string field, string message) =>
        _problems.Add(new FactProblem(at.Collection, at.Index, field, message));
}
