namespace SecRules.Exploration;

/// <summary>
/// One way the generated scenarios vary: a name, and values applied to the facts in order. The first
/// value is the default, taken whenever the dimension does not apply.
/// </summary>
/// <remarks>
/// A dimension that <see cref="Requires"/> a tag applies only when a value of an earlier dimension
/// carries it (an SSC decision needs a notification, say); otherwise only its first value is
/// generated, so that no two generated scenarios have the same facts for that reason.
/// </remarks>
public sealed class Dimension
{
    /// <summary>Creates a dimension.</summary>
    /// <param name="name">The name, in kebab-case, for example <c>notification</c>.</param>
    /// <param name="description">What the dimension varies, for reports.</param>
    /// <param name="values">The values; the first is the default.</param>
    /// <param name="requires">The tag an earlier value must carry for the dimension to apply, or null when it always applies.</param>
    public Dimension(string name, string description, IReadOnlyList<DimensionValue> values, string? requires = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0 || values.Count > 64)
        {
            throw new ArgumentException($"The dimension '{name}' has {values.Count} values; expected from 1 to 64.", nameof(values));
        }

        Name = name;
        Description = description;
        Values = values;
        Requires = requires;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets what the dimension varies.</summary>
    public string Description { get; }

    /// <summary>Gets the values; the first is the default.</summary>
    public IReadOnlyList<DimensionValue> Values { get; }

    /// <summary>Gets the tag an earlier value must carry for the dimension to apply, or null when it always applies.</summary>
    public string? Requires { get; }
}
