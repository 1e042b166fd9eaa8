using SecRules.Facts;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Scenarios;

/// <summary>
/// Reads scenario files strictly: an unknown key, a value of the wrong kind, an impossible date, a
/// duplicated id or a reference to an unknown id is an <see cref="InvalidInputException"/> naming the
/// file, line and column. The expectations a file may hold are checked the same way.
/// </summary>
public static class ScenarioReader
{
    private const string Expected = "a scenario (scenario, evaluation-date and facts)";
    private const string InHouse = "in-house";

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The file, named in errors as given.</param>
    /// <param name="knownObligations">The obligation ids Panel notices and expectations may name, or null not to check them.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidInputException">The file is missing or does not hold a valid scenario.</exception>
    public static Scenario ReadFile(string path, IReadOnlySet<string>? knownObligations = null) =>
        Read(YamlInput.LoadFile(path, Expected), knownObligations, rulesets: null);

    /// <summary>
    /// Reads a scenario file and checks it against a ruleset library: the obligations that Panel
    /// notices and expectations name, and the versions that expectations name.
    /// </summary>
    /// <param name="path">The file, named in errors as given.</param>
    /// <param name="rulesets">The library the scenario will be evaluated with.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidInputException">The file is missing, does not hold a valid scenario, or names an obligation or version the library does not have.</exception>
    public static Scenario ReadFile(string path, RulesetLibrary rulesets)
    {
        ArgumentNullException.ThrowIfNull(rulesets);
        return Read(YamlInput.LoadFile(path, Expected), rulesets.Catalog.Ids, rulesets);
    }

    /// <summary>Reads a scenario from text.</summary>
    /// <param name="file">The name to give the text in errors.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="knownObligations">The obligation ids Panel notices and expectations may name, or null not to check them.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidInputException">The text does not hold a valid scenario.</exception>
    public static Scenario Read(string file, string text, IReadOnlySet<string>? knownObligations = null) =>
        Read(YamlInput.Load(file, text, Expected), knownObligations, rulesets: null);

    /// <summary>Reads a scenario from text and checks it against a ruleset library, as <see cref="ReadFile(string, RulesetLibrary)"/> does.</summary>
    /// <param name="file">The name to give the text in errors.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="rulesets">The library the scenario will be evaluated with.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidInputException">The text does not hold a valid scenario, or names an obligation or version the library does not have.</exception>
    public static Scenario Read(string file, string text, RulesetLibrary rulesets)
    {
        ArgumentNullException.ThrowIfNull(rulesets);
        return Read(YamlInput.Load(file, text, Expected), rulesets.Catalog.Ids, rulesets);
    }

    private static Scenario Read(YamlValue root, IReadOnlySet<string>? knownObligations, RulesetLibrary? rulesets)
    {
        var reader = new FactReader();
        var scenario = root.AsMapping(
            "a scenario", "scenario", "description", "evaluation-date",
            FactCollections.Parties, FactCollections.SharedResourceProviders, FactCollections.UserSystems,
            FactCollections.Assessments, FactCollections.SscNotifications, FactCollections.SscDecisions,
            FactCollections.SscRequests, FactCollections.PanelNotices, FactCollections.SmsCountReports,
            FactCollections.SharedResourceUserInformation, ExpectationReader.Key);
        var name = scenario.Required("scenario").AsText("the scenario's name");
        var description = scenario.Optional("description")?.AsText("a description");
        var evaluationDate = scenario.Required("evaluation-date").AsDate("the evaluation date as YYYY-MM-DD");
        var assessments = reader.Collection(scenario, FactCollections.Assessments, "assessments", reader.ReadAssessment);
        var facts = new FactSet
        {
            Parties = reader.Collection(scenario, FactCollections.Parties, "parties", ReadParty),
            SharedResourceProviders = reader.Collection(scenario, FactCollections.SharedResourceProviders, "Shared Resource Providers", ReadSharedResourceProvider),
            UserSystems = reader.Collection(scenario, FactCollections.UserSystems, "User Systems", ReadUserSystem),
            Assessments = assessments,
            NonCompliances = reader.NonCompliances,
            SscNotifications = reader.Collection(scenario, FactCollections.SscNotifications, "SSC notifications", ReadNotification),
            SscDecisions = reader.Collection(scenario, FactCollections.SscDecisions, "SSC decisions", ReadDecision),
            SscRequests = reader.Collection(scenario, FactCollections.SscRequests, "SSC requests", ReadRequest),
            PanelNotices = reader.Collection(scenario, FactCollections.PanelNotices, "Panel notices", ReadPanelNotice)
                .Select(notice => rulesets is null ? notice : notice with { Obligation = rulesets.Catalog.Resolve(notice.Obligation) })
                .ToList(),
            SmsCountReports = reader.Collection(scenario, FactCollections.SmsCountReports, "SMS count reports", ReadSmsCountReport),
            SharedResourceUserInformation = reader.Collection(scenario, FactCollections.SharedResourceUserInformation, "information given to Shared Resource Users", ReadInformation),
        };

        var problems = facts.FindProblems(knownObligations);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(reader.PositionOf(problems[0], scenario.Position), problems[0].Message);
        }

        var expectations = new ExpectationReader(facts.All.Select(fact => fact.Id).ToHashSet(StringComparer.Ordinal), knownObligations, rulesets)
            .Read(scenario);
        return new Scenario
        {
            Name = name,
            Description = description,
            File = root.File,
            EvaluationDate = evaluationDate,
            Facts = facts,
            Expectations = expectations,
        };
    }

    private static Party ReadParty(YamlMappingReader party) => new()
    {
        Id = Id(party),
        Name = party.Required("name").AsText("the party's name"),
        Category = party.Required("category").AsEnum<PartyCategory>("a party category"),
        Roles = party.List("roles", "User Roles", role => role.AsEnum<UserRole>("a User Role")),
        DomesticPremises = party.Optional("domestic-premises")?.AsInteger("a count of premises (0 or more)", minimum: 0),
        NonDomesticPremises = party.Optional("non-domestic-premises")?.AsInteger("a count of premises (0 or more)", minimum: 0),
        PremisesChanges = party.List("premises-changes", "premises changes", ReadPremisesChange),
        UserEntryCompleted = party.Optional("user-entry-completed")?.AsDate(),
        AssessmentCycleStart = party.Optional("assessment-cycle-start")?.AsDate(),
    };

    private static PremisesChange ReadPremisesChange(YamlValue value)
    {
        var change = value.AsMapping("a premises change", "from", "domestic-premises", "non-domestic-premises");
        var result = new PremisesChange
        {
            From = change.Required("from").AsDate(),
            DomesticPremises = change.Optional("domestic-premises")?.AsInteger("a count of premises (0 or more)", minimum: 0),
            NonDomesticPremises = change.Optional("non-domestic-premises")?.AsInteger("a count of premises (0 or more)", minimum: 0),
        };
        return result.DomesticPremises is null && result.NonDomesticPremises is null
            ? throw change.Error("a premises change changes nothing; expected 'domestic-premises' or 'non-domestic-premises'")
            : result;
    }

    private static SharedResourceProvider ReadSharedResourceProvider(YamlMappingReader provider) => new()
    {
        Id = Id(provider),
        Name = provider.Required("name").AsText("the provider's name"),
    };

    private static UserSystem ReadUserSystem(YamlMappingReader system)
    {
        var provider = system.Required("provider").AsIdentifier($"'{InHouse}' or the id of a Shared Resource Provider");
        return new UserSystem
        {
            Id = Id(system),
            Owner = system.Required("owner").AsIdentifier("the id of the owning party"),
            SharedResourceProvider = provider == InHouse ? null : provider,
            FirstEmployed = system.Optional("first-employed")?.AsFactTime(),
            PlannedFirstUse = system.Optional("planned-first-use")?.AsDate(),
            Replaces = system.Optional("replaces")?.AsIdentifier("the id of the User System it replaces"),
        };
    }

    private static SscNotification ReadNotification(YamlMappingReader notification) => new()
    {
        Id = Id(notification),
        Party = notification.Required("party").AsIdentifier("the id of the notifying party"),
        UserSystem = notification.Required("user-system").AsIdentifier("the id of the User System notified"),
        Sent = notification.Required("sent").AsFactTime(),
    };

    private static SscDecision ReadDecision(YamlMappingReader decision) => new()
    {
        Id = Id(decision),
        Notification = decision.Required("notification").AsIdentifier("the id of the notification decided on"),
        Decided = decision.Required("decided").AsDate(),
        Decision = decision.Required("decision").AsEnum<SscDecisionKind>("an SSC decision"),
        ProviderAssessment = decision.Optional("provider-assessment")?.AsIdentifier("the id of the Shared Resource Provider's assessment the SSC relied on"),
    };

    private static SscRequest ReadRequest(YamlMappingReader request) => new()
    {
        Id = Id(request),
        Party = request.Required("party").AsIdentifier("the id of the party asked"),
        Made = request.Required("made").AsDate(),
        Due = request.Optional("due")?.AsDate(),
        Complied = request.Optional("complied")?.AsDate(),
        Decision = request.Optional("decision")?.AsIdentifier("the id of the SSC decision the request follows from"),
        UserSystem = request.Optional("user-system")?.AsIdentifier("the id of the User System concerned"),
        Assessment = request.Optional("assessment")?.AsIdentifier("the id of the assessment whose outcome the request follows"),
        Requires = request.Optional("requires")?.AsEnum<AssessmentKind>("the kind of assessment required"),
    };

    private static PanelNotice ReadPanelNotice(YamlMappingReader notice) => new()
    {
        Id = Id(notice),
        Party = notice.Required("party").AsIdentifier("the id of the party served"),
        Served = notice.Required("served").AsDate(),
        Obligation = notice.Required("obligation").AsIdentifier("the id of the obligation breached"),
        Subject = notice.Required("subject").AsIdentifier("the id of the subject of the breach"),
        RemedyBy = notice.Optional("remedy-by")?.AsDate(),
        Remedied = notice.Optional("remedied")?.AsDate(),
    };

    private static SmsCountReport ReadSmsCountReport(YamlMappingReader report) => new()
    {
        Id = Id(report),
        Party = report.Required("party").AsIdentifier("the id of the reporting party"),
        Submitted = report.Required("submitted").AsDate(),
    };

    private static SharedResourceUserInformation ReadInformation(YamlMappingReader information) => new()
    {
        Id = Id(information),
        Assessment = information.Required("assessment").AsIdentifier("the id of the assessment of the Shared Resource Provider"),
        Party = information.Required("party").AsIdentifier("the id of the Shared Resource User"),
        Given = information.Required("given").AsDate(),
    };

    private static string Id(YamlMappingReader item) => item.Required("id").AsIdentifier("an id");
}
