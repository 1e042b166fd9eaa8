using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>A parameter whose value is a <typeparamref name="T"/>; pass it to <see cref="Obligation.Get{T}"/>.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Parameter<T> : ParameterDefinition
    where T : notnull
{
    private readonly Func<YamlValue, T> _read;
    private readonly Func<T, string> _display;

    internal Parameter(string name, string description, string expected, Func<YamlValue, T> read, Func<T, string> display)
        : base(name, description, expected)
    {
        _read = read;
        _display = display;
    }

    /// <inheritdoc />
    public override Type ValueType => typeof(T);

    internal override object Read(YamlValue value) => _read(value);

    internal override string Display(object value) => _display((T)value);
}
