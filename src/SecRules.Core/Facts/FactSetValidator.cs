using System.Globalization;
using SecRules.Input;

namespace SecRules.Facts;

/// <summary>
/// Checks facts against <see cref="FactSchema"/>: every list and fact given, every id well-formed and
/// unique, every field what its declaration says, every reference to a fact that exists, and the
/// relations between facts that no single field shows. Scenario files and facts built in code share
/// this one check; the scenario reader maps each problem back to a line and column.
/// </summary>
internal sealed class FactSetValidator
{
    // Null when references are not followed: facts inserted into a live session one at a time may
    // name facts that come later.
    private readonly Dictionary<string, (IFact Fact, string Collection, int Index)>? _byId;
    private readonly IReadOnlySet<string>? _knownObligations;
    private readonly List<FactProblem> _problems = [];

    private FactSetValidator(IReadOnlySet<string>? knownObligations, bool followReferences)
    {
        _knownObligations = knownObligations;
        _byId = followReferences ? new Dictionary<string, (IFact, string, int)>(StringComparer.Ordinal) : null;
    }

    /// <summary>Lists every problem of a fact set, in the order of the collections and items.</summary>
    public static IReadOnlyList<FactProblem> Validate(FactSet facts, IReadOnlySet<string>? knownObligations)
    {
        var validator = new FactSetValidator(knownObligations, followReferences: true);
        var collections = FactSchema.Collections.Select(collection => (Schema: collection, Items: collection.Items(facts))).ToList();
        foreach (var (schema, items) in collections)
        {
            validator.IndexIds(schema, items);
        }

        foreach (var (schema, items) in collections.Where(collection => collection.Items is not null))
        {
            for (var index = 0; index < items!.Count; index++)
            {
                if (items[index] is { } fact && fact.Kind == schema.Kind)
                {
                    schema.Check(fact, new FactFieldCheck(validator, schema.Name, index));
                }
            }
        }

        validator.CheckRelations(facts);
        return validator._problems;
    }

    /// <summary>
    /// Lists the problems of facts given one by one, as a live session receives them: each fact's own
    /// fields, but not whether the facts its references name exist.
    /// </summary>
    public static IReadOnlyList<FactProblem> ValidateEach(IReadOnlyList<IFact?> facts, string collection, IReadOnlySet<string>? knownObligations)
    {
        var validator = new FactSetValidator(knownObligations, followReferences: false);
        for (var index = 0; index < facts.Count; index++)
        {
            switch (facts[index])
            {
                case null:
                    validator.Add(collection, index, string.Empty, "missing; expected a fact");
                    break;
                case var fact when !System.Enum.IsDefined(fact.Kind):
                    validator.Add(collection, index, string.Empty, $"a fact of kind ({nameof(FactKind)}){(int)fact.Kind}; expected one of: {string.Join(", ", EnumText.All<FactKind>())}");
                    break;
                case var fact:
                    validator.CheckId(collection, index, fact);
                    FactSchema.Of(fact.Kind).Check(fact, new FactFieldCheck(validator, collection, index));
                    break;
            }
        }

        return validator._problems;
    }

    /// <summary>The problem of a reference to a fact of any kind that the scenario does not state.</summary>
    public static string UnknownFact(string id) => $"unknown fact {InputText.Quote(id)}; expected the id of a fact in this scenario";

    /// <summary>The problem of a reference to an obligation no rule class evaluates.</summary>
    public static string UnknownObligation(string id, IReadOnlySet<string> knownObligations) =>
        $"unknown obligation {InputText.Quote(id)}; expected one of: {string.Join(", ", knownObligations.Order(StringComparer.Ordinal))}";

    public void Add(string collection, int? index, string field, string message) =>
        _problems.Add(new FactProblem(collection, index, field, message));

    /// <summary>Checks that <paramref name="id"/> names a fact of one of <paramref name="kinds"/> (any kind when none is named).</summary>
    public IFact? Expect(FactFieldCheck check, string field, string id, params FactKind[] kinds)
    {
        if (_byId is null)
        {
            return null;
        }

        var expected = kinds.Length == 0 ? "fact" : string.Join(" or ", kinds.Select(EnumText.Of));
        if (!_byId.TryGetValue(id, out var found))
        {
            check.Problem(field, kinds.Length == 0
                ? UnknownFact(id)
                : $"unknown {expected} {InputText.Quote(id)}; expected the id of a {expected} in this scenario");
            return null;
        }

        if (kinds.Length > 0 && !kinds.Contains(found.Fact.Kind))
        {
            check.Problem(field, $"{InputText.Quote(id)} is a {EnumText.Of(found.Fact.Kind)}; expected the id of a {expected}");
            return null;
        }

        return found.Fact;
    }

    /// <summary>Checks that <paramref name="id"/> is an obligation the rules evaluate, when those are known.</summary>
    public void ExpectObligation(FactFieldCheck check, string field, string id)
    {
        if (_knownObligations is not null && !_knownObligations.Contains(id))
        {
            check.Problem(field, UnknownObligation(id, _knownObligations));
        }
    }

    private void IndexIds(FactCollectionSchema schema, IReadOnlyList<IFact?>? items)
    {
        if (items is null)
        {
            Add(schema.Name, null, string.Empty, "missing; expected a list (empty when there are no such facts)");
            return;
        }

        for (var index = 0; index < items.Count; index++)
        {
            var fact = items[index];
            if (fact is null)
            {
                Add(schema.Name, index, string.Empty, $"missing; expected a {EnumText.Of(schema.Kind)}");
            }
            else if (fact.Kind != schema.Kind)
            {
                Add(schema.Name, index, string.Empty, $"a fact of kind {KindName(fact.Kind)}; expected a {EnumText.Of(schema.Kind)}");
            }
            else if (CheckId(schema.Name, index, fact))
            {
                if (_byId!.TryGetValue(fact.Id, out var first))
                {
                    Add(schema.Name, index, "id", string.Create(CultureInfo.InvariantCulture,
                        $"duplicate id {InputText.Quote(fact.Id)}, already the id of {first.Collection}[{first.Index}]; expected ids unique within the scenario"));
                }
                else
                {
                    _byId.Add(fact.Id, (fact, schema.Name, index));
                }
            }
        }
    }

    private bool CheckId(string collection, int index, IFact fact)
    {
        if (fact.Id is null)
        {
            Add(collection, index, "id", "missing; expected an id");
            return false;
        }

        if (!Identifiers.IsValid(fact.Id))
        {
            Add(collection, index, "id", $"{InputText.Quote(fact.Id)} is not a valid id; expected letters, digits, '.', '_' or '-', starting with a letter or digit");
            return false;
        }

        return true;
    }

    private void CheckRelations(FactSet facts)
    {
        Each(FactCollections.UserSystems, facts.UserSystems, (at, system) =>
        {
            if (system.Replaces is null)
            {
                return;
            }

            if (system.Replaces == system.Id)
            {
                at.Problem("replaces", $"{InputText.Quote(system.Id)} cannot replace itself; expected the id of an earlier User System");
            }
            else if (Find<UserSystem>(system.Replaces) is { Owner: not null } replaced && system.Owner is not null && replaced.Owner != system.Owner)
            {
                at.Problem("replaces", $"{InputText.Quote(replaced.Id)} belongs to party {InputText.Quote(replaced.Owner)}; expected a User System of the same owner, {InputText.Quote(system.Owner)}");
            }
        });
        Each(FactCollections.SscDecisions, facts.SscDecisions, (at, decision) =>
        {
            if (decision.Notification is not null && Find<SscNotification>(decision.Notification) is { } notified && decision.Decided < notified.Sent.Date)
            {
                at.Problem("decided", string.Create(CultureInfo.InvariantCulture, $"{decision.Decided:yyyy-MM-dd} is before notification {InputText.Quote(notified.Id)} was sent on {notified.Sent.Date:yyyy-MM-dd}; expected a date on or after it"));
            }

            if (decision is { ProviderAssessment: not null, Notification: not null }
                && Find<SecurityAssessment>(decision.ProviderAssessment) is { Subject: not null } relied
                && Find<SscNotification>(decision.Notification) is { UserSystem: not null } notification
                && Find<UserSystem>(notification.UserSystem) is { SharedResourceProvider: { } provider }
                && relied.Subject != provider)
            {
                at.Problem("provider-assessment", $"{InputText.Quote(relied.Id)} assesses {InputText.Quote(relied.Subject)}; expected an assessment of {InputText.Quote(provider)}, the provider of the notified User System {InputText.Quote(notification.UserSystem)}");
            }
        });
        Each(FactCollections.PanelNotices, facts.PanelNotices, (at, notice) =>
        {
            if (notice.RemedyBy is { } remedyBy && remedyBy < notice.Served)
            {
                at.Problem("remedy-by", string.Create(CultureInfo.InvariantCulture, $"{remedyBy:yyyy-MM-dd} is before the notice was served on {notice.Served:yyyy-MM-dd}; expected a date on or after it"));
            }

            if (notice is { Subject: not null, Party: not null } && PartyOf(notice.Subject) is { } owner && owner != notice.Party)
            {
                at.Problem("subject", $"{InputText.Quote(notice.Subject)} belongs to party {InputText.Quote(owner)}; expected a fact of the party the notice is served on, {InputText.Quote(notice.Party)}");
            }
        });
        Each(FactCollections.SscNotifications, facts.SscNotifications, (at, notification) =>
        {
            if (notification is { UserSystem: not null, Party: not null } && Find<UserSystem>(notification.UserSystem) is { Owner: not null } system && system.Owner != notification.Party)
            {
                at.Problem("user-system", $"{InputText.Quote(system.Id)} belongs to party {InputText.Quote(system.Owner)}; expected a User System of the notifying party, {InputText.Quote(notification.Party)}");
            }
        });
    }

    // The Party a fact belongs to, where the facts say: a system's owner, the subject of an
    // assessment (or of the assessment that found a non-compliance), the Party a request, notification
    // or report names. Null for a provider, or where a reference does not resolve.
    private string? PartyOf(string id, int depth = 0) => _byId!.TryGetValue(id, out var found) ? found.Fact switch
    {
        Party party => party.Id,
        UserSystem system => system.Owner,
        SecurityAssessment { Subject: { } subject } when depth < 3 => PartyOf(subject, depth + 1),
        NonCompliance { Assessment: { } assessment } when depth < 3 => PartyOf(assessment, depth + 1),
        SscRequest request => request.Party,
        SscNotification notification => notification.Party,
        SmsCountReport report => report.Party,
        _ => null,
    } : null;

    private T? Find<T>(string id)
        where T : class, IFact =>
        _byId!.TryGetValue(id, out var found) ? found.Fact as T : null;

    private void Each<T>(string collection, IReadOnlyList<T>? items, Action<FactFieldCheck, T> check)
        where T : class, IFact
    {
        for (var index = 0; index < (items?.Count ?? 0); index++)
        {
            if (items![index] is { Id: not null } fact)
            {
                check(new FactFieldCheck(this, collection, index), fact);
            }
        }
    }

    private static string KindName(FactKind kind) =>
        System.Enum.IsDefined(kind) ? EnumText.Of(kind) : string.Create(CultureInfo.InvariantCulture, $"({nameof(FactKind)}){(int)kind}");
}
