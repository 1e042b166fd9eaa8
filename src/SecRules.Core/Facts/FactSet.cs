namespace SecRules.Facts;

/// <summary>
/// Everything stated about one or more Users for one evaluation: the facts the engine inserts into an
/// NRules session. Immutable; safe to share between threads and evaluations.
/// </summary>
/// <remarks>
/// Build one with object initialisers, or read one from a scenario file with
/// <see cref="Scenarios.ScenarioReader"/>. <see cref="FindProblems"/> lists what is missing, out of
/// range or unknown; the engine refuses a fact set that has any such problem.
/// </remarks>
public sealed record FactSet
{
    /// <summary>Gets an empty fact set.</summary>
    public static FactSet Empty { get; } = new();

    /// <summary>Gets the Parties.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>Gets the Shared Resource Providers.</summary>
    public IReadOnlyList<SharedResourceProvider> SharedResourceProviders { get; init; } = [];

    /// <summary>Gets the User Systems.</summary>
    public IReadOnlyList<UserSystem> UserSystems { get; init; } = [];

    /// <summary>Gets the User Security Assessments.</summary>
    public IReadOnlyList<SecurityAssessment> Assessments { get; init; } = [];

    /// <summary>Gets the non-compliances the assessments found.</summary>
    public IReadOnlyList<NonCompliance> NonCompliances { get; init; } = [];

    /// <summary>Gets the notifications to the Security Sub-Committee.</summary>
    public IReadOnlyList<SscNotification> SscNotifications { get; init; } = [];

    /// <summary>Gets the Security Sub-Committee's decisions on notifications.</summary>
    public IReadOnlyList<SscDecision> SscDecisions { get; init; } = [];

    /// <summary>Gets the Security Sub-Committee's requests under G8.13.</summary>
    public IReadOnlyList<SscRequest> SscRequests { get; init; } = [];

    /// <summary>Gets the Panel's notices requiring breaches to be remedied.</summary>
    public IReadOnlyList<PanelNotice> PanelNotices { get; init; } = [];

    /// <summary>Gets the six-monthly Smart Metering System counts reported.</summary>
    public IReadOnlyList<SmsCountReport> SmsCountReports { get; init; } = [];

    /// <summary>Gets the information given to Shared Resource Users after assessments of their providers.</summary>
    public IReadOnlyList<SharedResourceUserInformation> SharedResourceUserInformation { get; init; } = [];

    /// <summary>Gets every fact, collection by collection, in the order given.</summary>
    public IEnumerable<IFact> All =>
        Parties.Cast<IFact>()
            .Concat(SharedResourceProviders)
            .Concat(UserSystems)
            .Concat(Assessments)
            .Concat(NonCompliances)
            .Concat(SscNotifications)
            .Concat(SscDecisions)
            .Concat(SscRequests)
            .Concat(PanelNotices)
            .Concat(SmsCountReports)
            .Concat(SharedResourceUserInformation);

    /// <summary>
    /// Lists every problem of the fact set: missing (null) lists, facts and fields, enum values with no
    /// name, dates outside <see cref="Input.SupportedDates"/>, malformed or duplicated ids, and references
    /// to facts that do not exist.
    /// </summary>
    /// <param name="knownObligations">
    /// The obligation ids that Panel notices may name, or null not to check them.
    /// </param>
    /// <returns>The problems, in the order of the collections and items; empty when the fact set is sound.</returns>
    public IReadOnlyList<FactProblem> FindProblems(IReadOnlySet<string>? knownObligations = null) =>
        FactSetValidator.Validate(this, knownObligations);

    /// <summary>Throws when <see cref="FindProblems"/> finds any problem.</summary>
    /// <param name="knownObligations">The obligation ids that Panel notices may name, or null not to check them.</param>
    /// <exception cref="InvalidFactsException">The fact set has a problem; the exception lists them all.</exception>
    public void EnsureValid(IReadOnlySet<string>? knownObligations = null)
    {
        var problems = FindProblems(knownObligations);
        if (problems.Count > 0)
        {
            throw new InvalidFactsException(problems, paramName: null);
        }
    }
}
