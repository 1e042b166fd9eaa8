using System.Diagnostics.CodeAnalysis;

namespace SecRules.Engine;

/// <summary>The obligations that have rule classes: what ruleset data may name.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ObligationCatalog
{
    private readonly Dictionary<string, ObligationType> _byId;
    private readonly Dictionary<string, string> _renamed;

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
        _renamed = new(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            foreach (var former in type.FormerIds)
            {
                if (_byId.ContainsKey(former) || !_renamed.TryAdd(former, type.Id))
                {
                    throw new ArgumentException($"The former id '{former}' of '{type.Id}' is already in use.", nameof(types));
                }
            }
        }
    }

    /// <summary>Gets the obligation types, in the order given.</summary>
    public IReadOnlyList<ObligationType> Types { get; }

    /// <summary>Gets the obligation ids.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>Gets the current id of an obligation named by a former id, or the id itself when it is not a former one.</summary>
    /// <param name="id">The id as written.</param>
    /// <returns>The current id.</returns>
    public string Resolve(string id) => _renamed.GetValueOrDefault(id, id);

    /// <summary>Tries to get the type of an obligation.</summary>
    /// <param name="id">The obligation id.</param>
    /// <param name="type">The type, when found.</param>
    /// <returns>True when the catalogue has the id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out ObligationType? type) => _byId.TryGetValue(id, out type);
}
