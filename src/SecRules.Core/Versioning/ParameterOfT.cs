using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>A parameter whose value is a <typeparamref name="T"/>; pass it to <see cref="Obligation.Get{T}"/>.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Parameter<T> : ParameterDefinition
    where T : notnull
{
    private readonly Func<YamlValue, T> _read;
    private readonly Func<T, string> _display;

    private readonly string _expectedWhenKnown;

    internal Parameter(string name, string description, string expected, Func<YamlValue, T> read, Func<T, string> display, bool allowsUnknown = false)
        : base(name, description, expected, allowsUnknown)
    {
        _expectedWhenKnown = expected;
        _read = read;
        _display = display;
    }

    /// <summary>
    /// Gets a definition of the same parameter whose value the ruleset may write as <c>unknown</c>;
    /// rules read it with <see cref="Obligation.TryGet{T}"/>.
    /// </summary>
    /// <returns>The definition.</returns>
    public Parameter<T> OrUnknown() => new(Name, Description, _expectedWhenKnown, _read, _display, allowsUnknown: true);

    /// <inheritdoc />
    public override Type ValueType => typeof(T);

    internal override object Read(YamlValue value) => _read(value);

    internal override string Display(object value) => _display((T)value);
}
