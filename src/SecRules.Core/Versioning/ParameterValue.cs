using SecRules.Findings;

namespace SecRules.Versioning;

/// <summary>The value a ruleset version gives one parameter, with where that value comes from.</summary>
public sealed class ParameterValue
{
    internal ParameterValue(ParameterDefinition definition, object? value, Provenance provenance, string? source, string? note, string setBy)
    {
        Definition = definition;
        Value = value;
        Provenance = provenance;
        Source = source;
        Note = note;
        SetBy = setBy;
    }

    /// <summary>Gets the definition the rule class declared.</summary>
    public ParameterDefinition Definition { get; }

    /// <summary>Gets the parameter's name.</summary>
    public string Name => Definition.Name;

    /// <summary>
    /// Gets the value, of the definition's <see cref="ParameterDefinition.ValueType"/>, or null when the
    /// ruleset writes it as unknown (<see cref="ParameterDefinition.AllowsUnknown"/>).
    /// </summary>
    public object? Value { get; }

    /// <summary>Gets whether the ruleset gives a value, rather than writing it as unknown.</summary>
    public bool IsKnown => Value is not null;

    /// <summary>Gets the value as ruleset YAML writes it.</summary>
    public string Display => Value is null ? ParameterDefinition.UnknownValue : Definition.Display(Value);

    /// <summary>Gets the provenance of the value.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the source the value is read from (a source id of the domain notes), if any.</summary>
    public string? Source { get; }

    /// <summary>Gets a note on the value: why it was chosen, what is uncertain.</summary>
    public string? Note { get; }

    /// <summary>Gets the id of the modification that set the value, or <c>baseline</c>.</summary>
    public string SetBy { get; }
}
