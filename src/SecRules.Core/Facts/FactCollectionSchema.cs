namespace SecRules.Facts;

/// <summary>One collection of a <see cref="FactSet"/>: its name in scenario files, the kind of its facts and their fields.</summary>
internal abstract class FactCollectionSchema(string name, FactKind kind)
{
    /// <summary>Gets the collection's name, as scenario files spell it (for example <c>user-systems</c>).</summary>
    public string Name { get; } = name;

    /// <summary>Gets the kind of the facts in the collection.</summary>
    public FactKind Kind { get; } = kind;

    /// <summary>Gets the collection's facts, or null when the fact set holds no list at all.</summary>
    public abstract IReadOnlyList<IFact?>? Items(FactSet facts);

    /// <summary>Checks every declared field of <paramref name="fact"/>, one of this collection's facts.</summary>
    public abstract void Check(IFact fact, FactFieldCheck check);

    /// <summary>Gets the fields by which this collection's facts name others.</summary>
    public abstract IReadOnlyList<FactReference> References { get; }
}

/// <summary>A collection of facts of type <typeparamref name="T"/>.</summary>
internal sealed class FactCollectionSchema<T>(string name, FactKind kind, Func<FactSet, IReadOnlyList<T>?> items, FactFields<T> fields)
    : FactCollectionSchema(name, kind)
    where T : class, IFact
{
    public override IReadOnlyList<IFact?>? Items(FactSet facts) => items(facts);

    public override void Check(IFact fact, FactFieldCheck check) => fields.Check((T)fact, check);

    public override IReadOnlyList<FactReference> References => fields.DeclaredReferences;
}
