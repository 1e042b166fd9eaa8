namespace SecRules.Facts;

/// <summary>A reference to one fact by its kind and id: the subject of a finding, or a fact that produced it.</summary>
/// <param name="Kind">The kind of the fact.</param>
/// <param name="Id">The id of the fact.</param>
public readonly record struct FactRef(FactKind Kind, string Id)
{
    /// <summary>Creates a reference to <paramref name="fact"/>.</summary>
    /// <param name="fact">The fact to refer to.</param>
    /// <returns>The reference.</returns>
    public static FactRef To(IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new FactRef(fact.Kind, fact.Id);
    }

    /// <summary>Formats the reference as <c>kind id</c>, for example <c>user-system S2</c>.</summary>
    /// <returns>The formatted reference.</returns>
    public override string ToString() => $"{Input.EnumNames<FactKind>.NameOf(Kind)} {Id}";
}
