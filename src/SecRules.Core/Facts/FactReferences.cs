namespace SecRules.Facts;

/// <summary>
/// Every field by which a fact names another, as <see cref="FactSchema"/> declares them. The engine
/// partitions a population by these, so a reference declared there without its role could split
/// facts that rules join.
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
    public static IReadOnlyList<FactReference> All { get; } = [.. FactSchema.Collections.SelectMany(collection => collection.References)];

    /// <summary>Gets whether facts of a kind are shared by the Parties that name them rather than belonging to one.</summary>
    /// <param name="kind">The kind of fact.</param>
    /// <returns>True for a Shared Resource Provider.</returns>
    public static bool IsShared(FactKind kind) => kind == FactKind.SharedResourceProvider;
}
