namespace SecRules.Facts;

/// <summary>
/// A field by which a fact names another, as <see cref="FactSchema"/> declares it: the engine splits
/// a population by these, so that what a rule joins stays together.
/// </summary>
/// <param name="FactType">The type of the fact that holds the field.</param>
/// <param name="Field">The field, as scenario files spell it.</param>
/// <param name="BelongsTo">
/// Whether the fact belongs to the one it names (a decision to its notification, the notification to
/// its Party) rather than merely naming it.
/// </param>
/// <param name="Targets">Adds the ids the field names in a fact to a list.</param>
internal sealed record FactReference(Type FactType, string Field, bool BelongsTo, Action<IFact, List<string>> Targets)
{
    /// <summary>Adds the ids the field names in <paramref name="fact"/> to <paramref name="ids"/>.</summary>
    public void AddTargets(IFact fact, List<string> ids) => Targets(fact, ids);
}
