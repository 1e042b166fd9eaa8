using System.Diagnostics.CodeAnalysis;

namespace SecRules.Engine;

/// <summary>The obligations that have rule classes: what ruleset data may name.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ObligationCatalog
{
    private readonly Dictionary<string, ObligationType> _byId;

    /// <summary>Creates a catalogue of the given obligation types.</summary>
    /// <param name="types">The obligation types; their ids must be unique.</param>
    /// <exception cref="ArgumentException">Two types share an id.</exception>
    public ObligationCatalog(IEnumerable<ObligationType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = [.. types];
        _byId = new(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (!_byId.TryAdd(type.Id, type))
            {
                throw new ArgumentException($"Two obligation types share the id '{type.Id}'.", nameof(types));
            }
        }

        Ids = _byId.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the obligation types, in the order given.</summary>
    public IReadOnlyList<ObligationType> Types { get; }

    /// <summary>Gets the obligation ids.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>Tries to get the type of an obligation.</summary>
    /// <param name="id">The obligation id.</param>
    /// <param name="type">The type, when found.</param>
    /// <returns>True when the catalogue has the id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out ObligationType? type) => _byId.TryGetValue(id, out type);
}
