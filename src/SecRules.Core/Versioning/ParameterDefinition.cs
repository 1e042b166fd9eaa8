using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>
/// A parameter an obligation's rule class reads from the ruleset: its name in YAML, what it means,
/// and how its value is written. Declared by the rule class; the value lives in the ruleset data.
/// </summary>
/// <remarks>Create definitions with the factories of <see cref="Parameter"/>.</remarks>
public abstract class ParameterDefinition
{
    /// <summary>The word ruleset YAML writes as the value of a parameter the sources leave unknown.</summary>
    public const string UnknownValue = "unknown";

    private protected ParameterDefinition(string name, string description, string expected, bool allowsUnknown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Description = description;
        Expected = allowsUnknown ? $"{expected}, or '{UnknownValue}' where the sources do not give it" : expected;
        AllowsUnknown = allowsUnknown;
    }

    /// <summary>Gets the name, as ruleset YAML spells it (kebab-case).</summary>
    public string Name { get; }

    /// <summary>Gets what the parameter means.</summary>
    public string Description { get; }

    /// <summary>Gets how a value is written, for error messages and schemas (for example <c>a date as YYYY-MM-DD</c>).</summary>
    public string Expected { get; }

    /// <summary>
    /// Gets whether the ruleset may write the value as <c>unknown</c>: a value no source gives, which
    /// the rule then treats as unknown (an Undetermined finding naming it) rather than guessing.
    /// </summary>
    public bool AllowsUnknown { get; }

    /// <summary>Gets the CLR type of the value.</summary>
    public abstract Type ValueType { get; }

    internal abstract object Read(YamlValue value);

    internal abstract string Display(object value);
}
