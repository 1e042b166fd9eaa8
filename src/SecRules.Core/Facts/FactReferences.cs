namespace SecRules.Facts;

/// <summary>
/// Every field by which a fact names another, in one list: a new reference is one line here. The
/// engine partitions a population by these, so a field missing here can split facts that rules join.
/// </summary>
/// <remarks>
/// Each fact belongs to a Party, or to a Shared Resource Provider, through the chain of its
/// <see cref="FactReference.BelongsTo"/> fields (a decision to its notification, the notification to
/// its Party). A Party with everything that belongs to it is evaluated apart from other Parties; what
/// belongs to a provider is shared by every Party whose facts name it.
/// </remarks>
internal static class FactReferences
{
    /// <summary>Gets every reference, grouped by the kind of fact that holds it.</summary>
    public static IReadOnlyList<FactReference> All { get; } =
    [
        FactReference.Owner<UserSystem>("owner", system => system.Owner),
        FactReference.To<UserSystem>("provider", system => system.SharedResourceProvider),
        FactReference.To<UserSystem>("replaces", system => system.Replaces),
        FactReference.Owner<SecurityAssessment>("subject", assessment => assessment.Subject),
        FactReference.ToEach<SecurityAssessment>("covers", assessment => assessment.Covers),
        FactReference.Owner<NonCompliance>("assessment", nonCompliance => nonCompliance.Assessment),
        FactReference.To<NonCompliance>("user-system", nonCompliance => nonCompliance.UserSystem),
        FactReference.Owner<SscNotification>("party", notification => notification.Party),
        FactReference.To<SscNotification>("user-system", notification => notification.UserSystem),
        FactReference.Owner<SscDecision>("notification", decision => decision.Notification),
        FactReference.Owner<SscRequest>("party", request => request.Party),
        FactReference.To<SscRequest>("decision", request => request.Decision),
        FactReference.To<SscRequest>("user-system", request => request.UserSystem),
        FactReference.Owner<PanelNotice>("party", notice => notice.Party),
        FactReference.To<PanelNotice>("subject", notice => notice.Subject),
        FactReference.Owner<SmsCountReport>("party", report => report.Party),
        FactReference.Owner<SharedResourceUserInformation>("party", information => information.Party),
        FactReference.To<SharedResourceUserInformation>("assessment", information => information.Assessment),
    ];

    /// <summary>Gets whether facts of a kind are shared by the Parties that name them rather than belonging to one.</summary>
    /// <param name="kind">The kind of fact.</param>
    /// <returns>True for a Shared Resource Provider.</returns>
    public static bool IsShared(FactKind kind) => kind == FactKind.SharedResourceProvider;
}
