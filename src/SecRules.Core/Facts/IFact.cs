namespace SecRules.Facts;

/// <summary>A fact about a User that the engine evaluates: every fact has an id unique within its fact set.</summary>
public interface IFact
{
    /// <summary>Gets the id, unique among all the facts of one fact set.</summary>
    string Id { get; }

    /// <summary>Gets what kind of fact this is.</summary>
    FactKind Kind { get; }
}
