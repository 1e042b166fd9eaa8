namespace SecRules.Facts;

/// <summary>
/// One field by which a kind of fact names other facts by id: a User System's owner, an assessment's
/// subject, a Panel notice's subject. A fact <em>belongs to</em> the fact that one of its fields names
/// when it means nothing without it (a non-compliance without its assessment); other fields only
/// <em>name</em> a fact (the provider of a User System).
/// </summary>
/// <remarks>
/// <see cref="FactReferences"/> declares every reference in one list, which is what evaluation
/// partitions a population by.
/// </remarks>
internal abstract class FactReference
{
    private protected FactReference(Type factType, string field, bool belongsTo)
    {
        FactType = factType;
        Field = field;
        BelongsTo = belongsTo;
    }

    /// <summary>Gets the type of the fact that holds the field.</summary>
    public Type FactType { get; }

    /// <summary>Gets the field, named as in scenario files.</summary>
    public string Field { get; }

    /// <summary>Gets whether the fact belongs to the fact the field names.</summary>
    public bool BelongsTo { get; }

    /// <summary>The fact belongs to the fact <paramref name="target"/> names.</summary>
    public static FactReference Owner<TFact>(string field, Func<TFact, string?> target)
        where TFact : IFact => new Single<TFact>(field, belongsTo: true, target);

    /// <summary>The fact names the fact <paramref name="target"/> gives, if any.</summary>
    public static FactReference To<TFact>(string field, Func<TFact, string?> target)
        where TFact : IFact => new Single<TFact>(field, belongsTo: false, target);

    /// <summary>The fact names each fact <paramref name="targets"/> gives.</summary>
    public static FactReference ToEach<TFact>(string field, Func<TFact, IReadOnlyList<string>> targets)
        where TFact : IFact => new Many<TFact>(field, targets);

    /// <summary>Adds the ids the field of <paramref name="fact"/> names to <paramref name="ids"/>.</summary>
    public abstract void AddTargets(IFact fact, List<string> ids);

    private sealed class Single<TFact>(string field, bool belongsTo, Func<TFact, string?> target)
        : FactReference(typeof(TFact), field, belongsTo)
        where TFact : IFact
    {
        public override void AddTargets(IFact fact, List<string> ids)
        {
            if (target((TFact)fact) is { } id)
            {
                ids.Add(id);
            }
        }
    }

    private sealed class Many<TFact>(string field, Func<TFact, IReadOnlyList<string>> targets)
        : FactReference(typeof(TFact), field, belongsTo: false)
        where TFact : IFact
    {
        public override void AddTargets(IFact fact, List<string> ids) => ids.AddRange(targets((TFact)fact));
    }
}
