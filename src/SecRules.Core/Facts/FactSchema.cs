namespace SecRules.Facts;

/// <summary>
/// What every field of every fact must hold, declared in one place: given or optional, a date within
/// the supported range, a named enum value, the id of another fact of a given kind. A new field of a
/// fact is one line here, and both the engine's check of facts built in code and the scenario reader
/// then hold it to its declaration. A reference declared with <c>Owner</c> says the fact belongs to the
/// one it names, which is how the engine splits a population Party by Party (<see cref="FactReferences"/>).
/// </summary>
/// <remarks>
/// Ids are checked for every fact alike (given, well-formed, unique); checks that relate fields of
/// several facts (a User System replacing one of another owner) are in <see cref="FactSetValidator"/>.
/// </remarks>
internal static class FactSchema
{
    /// <summary>Gets the collections of a fact set, in the order findings and problems list them.</summary>
    public static IReadOnlyList<FactCollectionSchema> Collections { get; } =
    [
        Collection<Party>(FactCollections.Parties, FactKind.Party, facts => facts.Parties, party => party
            .Text("name", fact => fact.Name)
            .Enum("category", fact => fact.Category)
            .Enums("roles", fact => fact.Roles)
            .Count("domestic-premises", fact => fact.DomesticPremises)
            .Count("non-domestic-premises", fact => fact.NonDomesticPremises)
            .Items("premises-changes", fact => fact.PremisesChanges, change => change
                .Date("from", item => item.From)
                .Count("domestic-premises", item => item.DomesticPremises)
                .Count("non-domestic-premises", item => item.NonDomesticPremises))
            .Date("user-entry-completed", fact => fact.UserEntryCompleted)
            .Date("assessment-cycle-start", fact => fact.AssessmentCycleStart)),
        Collection<SharedResourceProvider>(FactCollections.SharedResourceProviders, FactKind.SharedResourceProvider, facts => facts.SharedResourceProviders, provider => provider
            .Text("name", fact => fact.Name)),
        Collection<UserSystem>(FactCollections.UserSystems, FactKind.UserSystem, facts => facts.UserSystems, system => system
            .Owner("owner", fact => fact.Owner, FactKind.Party)
            .OptionalReference("provider", fact => fact.SharedResourceProvider, FactKind.SharedResourceProvider)
            .Time("first-employed", fact => fact.FirstEmployed)
            .Date("planned-first-use", fact => fact.PlannedFirstUse)
            .OptionalReference("replaces", fact => fact.Replaces, FactKind.UserSystem)),
        Collection<SecurityAssessment>(FactCollections.Assessments, FactKind.Assessment, facts => facts.Assessments, assessment => assessment
            .Owner("subject", fact => fact.Subject, FactKind.Party, FactKind.UserSystem, FactKind.SharedResourceProvider)
            .Enum("kind", fact => fact.AssessmentKind)
            .Date("fieldwork", fact => fact.Fieldwork)
            .Date("report-issued", fact => fact.ReportIssued)
            .Date("response-due", fact => fact.ResponseDue)
            .Date("response-submitted", fact => fact.ResponseSubmitted)
            .OptionalText("assurance-status", fact => fact.AssuranceStatus)
            .Date("status-assigned", fact => fact.StatusAssigned)
            .OptionalReferences("covers", fact => fact.Covers, FactKind.UserSystem)),
        Collection<NonCompliance>(FactCollections.NonCompliances, FactKind.NonCompliance, facts => facts.NonCompliances, nonCompliance => nonCompliance
            .Owner("assessment", fact => fact.Assessment, FactKind.Assessment)
            .Text("clause", fact => fact.Clause)
            .OptionalReference("user-system", fact => fact.UserSystem, FactKind.UserSystem)
            .Date("remedy-by", fact => fact.RemedyBy)
            .Date("remedied", fact => fact.Remedied)),
        Collection<SscNotification>(FactCollections.SscNotifications, FactKind.SscNotification, facts => facts.SscNotifications, notification => notification
            .Owner("party", fact => fact.Party, FactKind.Party)
            .Reference("user-system", fact => fact.UserSystem, FactKind.UserSystem)
            .Time("sent", fact => fact.Sent)),
        Collection<SscDecision>(FactCollections.SscDecisions, FactKind.SscDecision, facts => facts.SscDecisions, decision => decision
            .Owner("notification", fact => fact.Notification, FactKind.SscNotification)
            .Date("decided", fact => fact.Decided)
            .Enum("decision", fact => fact.Decision)
            .OptionalReference("provider-assessment", fact => fact.ProviderAssessment, FactKind.Assessment)),
        Collection<SscRequest>(FactCollections.SscRequests, FactKind.SscRequest, facts => facts.SscRequests, request => request
            .Owner("party", fact => fact.Party, FactKind.Party)
            .Date("made", fact => fact.Made)
            .Date("due", fact => fact.Due)
            .Date("complied", fact => fact.Complied)
            .OptionalReference("decision", fact => fact.Decision, FactKind.SscDecision)
            .OptionalReference("user-system", fact => fact.UserSystem, FactKind.UserSystem)
            .OptionalReference("assessment", fact => fact.Assessment, FactKind.Assessment)
            .Enum("requires", fact => fact.Requires)),
        Collection<PanelNotice>(FactCollections.PanelNotices, FactKind.PanelNotice, facts => facts.PanelNotices, notice => notice
            .Owner("party", fact => fact.Party, FactKind.Party)
            .Date("served", fact => fact.Served)
            .Obligation("obligation", fact => fact.Obligation)
            .Reference("subject", fact => fact.Subject)
            .Date("remedy-by", fact => fact.RemedyBy)
            .Date("remedied", fact => fact.Remedied)),
        Collection<SmsCountReport>(FactCollections.SmsCountReports, FactKind.SmsCountReport, facts => facts.SmsCountReports, report => report
            .Owner("party", fact => fact.Party, FactKind.Party)
            .Date("submitted", fact => fact.Submitted)),
        Collection<SharedResourceUserInformation>(FactCollections.SharedResourceUserInformation, FactKind.SharedResourceUserInformation, facts => facts.SharedResourceUserInformation, information => information
            .Reference("assessment", fact => fact.Assessment, FactKind.Assessment)
            .Owner("party", fact => fact.Party, FactKind.Party)
            .Date("given", fact => fact.Given)),
    ];

    private static readonly Dictionary<FactKind, FactCollectionSchema> ByKind = Collections.ToDictionary(collection => collection.Kind);

    /// <summary>Gets the collection that facts of <paramref name="kind"/> belong to.</summary>
    public static FactCollectionSchema Of(FactKind kind) => ByKind[kind];

    private static FactCollectionSchema<T> Collection<T>(
        string name, FactKind kind, Func<FactSet, IReadOnlyList<T>?> items, Func<FactFields<T>, FactFields<T>> fields)
        where T : class, IFact =>
        new(name, kind, items, fields(new FactFields<T>()));
}
