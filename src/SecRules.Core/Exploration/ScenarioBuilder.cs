using SecRules.Facts;

namespace SecRules.Exploration;

/// <summary>
/// The facts of one generated scenario while the values of each dimension are applied to them in
/// turn. It starts with one User, <see cref="Party"/>, and nothing else; dimensions add or change facts.
/// </summary>
/// <remarks>Not thread-safe: each generated scenario has its own builder.</remarks>
public sealed class ScenarioBuilder
{
    /// <summary>The id of the User every generated scenario is about.</summary>
    public const string PartyId = "P1";

    /// <summary>Creates a builder for a scenario evaluated at <paramref name="evaluationDate"/>.</summary>
    /// <param name="evaluationDate">The date the scenario is evaluated at; dimensions date their facts relative to it.</param>
    public ScenarioBuilder(DateOnly evaluationDate)
    {
        EvaluationDate = evaluationDate;
        Party = new Party { Id = PartyId, Name = "Example Energy", Category = PartyCategory.LargeSupplier };
    }

    /// <summary>Gets the date the scenario is evaluated at.</summary>
    public DateOnly EvaluationDate { get; }

    /// <summary>Gets or sets the User.</summary>
    public Party Party { get; set; }

    /// <summary>Gets the Shared Resource Providers.</summary>
    public List<SharedResourceProvider> SharedResourceProviders { get; } = [];

    /// <summary>Gets the User's systems, the first one first.</summary>
    public List<UserSystem> UserSystems { get; } = [];

    /// <summary>Gets the assessments.</summary>
    public List<SecurityAssessment> Assessments { get; } = [];

    /// <summary>Gets the non-compliances the assessments found.</summary>
    public List<NonCompliance> NonCompliances { get; } = [];

    /// <summary>Gets the notifications to the SSC.</summary>
    public List<SscNotification> SscNotifications { get; } = [];

    /// <summary>Gets the SSC's decisions.</summary>
    public List<SscDecision> SscDecisions { get; } = [];

    /// <summary>Gets the SSC's requests.</summary>
    public List<SscRequest> SscRequests { get; } = [];

    /// <summary>Gets the Panel's notices.</summary>
    public List<PanelNotice> PanelNotices { get; } = [];

    /// <summary>Gets the SMS count reports.</summary>
    public List<SmsCountReport> SmsCountReports { get; } = [];

    /// <summary>Gets the information given to Shared Resource Users.</summary>
    public List<SharedResourceUserInformation> SharedResourceUserInformation { get; } = [];

    /// <summary>Gets the User's second and later systems: those the duties on subsequent systems concern.</summary>
    public IEnumerable<UserSystem> SubsequentSystems => UserSystems.Skip(1);

    /// <summary>Replaces a User System with a changed copy, keeping its place.</summary>
    /// <param name="system">The system in <see cref="UserSystems"/>.</param>
    /// <param name="changed">The changed copy.</param>
    public void Replace(UserSystem system, UserSystem changed) => UserSystems[UserSystems.IndexOf(system)] = changed;

    /// <summary>Copies the builder, so that facts can be added to the copy and the original kept; the facts themselves are immutable and shared.</summary>
    /// <returns>The copy.</returns>
    internal ScenarioBuilder Copy()
    {
        var copy = new ScenarioBuilder(EvaluationDate) { Party = Party };
        copy.SharedResourceProviders.AddRange(SharedResourceProviders);
        copy.UserSystems.AddRange(UserSystems);
        copy.Assessments.AddRange(Assessments);
        copy.NonCompliances.AddRange(NonCompliances);
        copy.SscNotifications.AddRange(SscNotifications);
        copy.SscDecisions.AddRange(SscDecisions);
        copy.SscRequests.AddRange(SscRequests);
        copy.PanelNotices.AddRange(PanelNotices);
        copy.SmsCountReports.AddRange(SmsCountReports);
        copy.SharedResourceUserInformation.AddRange(SharedResourceUserInformation);
        return copy;
    }

    /// <summary>Gets the facts built so far.</summary>
    /// <returns>The fact set.</returns>
    public FactSet ToFactSet() => new()
    {
        Parties = [Party],
        SharedResourceProviders = [.. SharedResourceProviders],
        UserSystems = [.. UserSystems],
        Assessments = [.. Assessments],
        NonCompliances = [.. NonCompliances],
        SscNotifications = [.. SscNotifications],
        SscDecisions = [.. SscDecisions],
        SscRequests = [.. SscRequests],
        PanelNotices = [.. PanelNotices],
        SmsCountReports = [.. SmsCountReports],
        SharedResourceUserInformation = [.. SharedResourceUserInformation],
    };
}
