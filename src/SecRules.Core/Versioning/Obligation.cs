using SecRules.Findings;

namespace SecRules.Versioning;

/// <summary>
/// One obligation as it stands in one ruleset version: its clause, provenance and parameters, whether
/// it is in force, and which modifications introduced and changed it.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Obligation
{
    /// <summary>The definition of the <c>material</c> flag every obligation carries, used for Event of Default risk.</summary>
    public static readonly Parameter<bool> MaterialDefinition = Parameter.Boolean(
        "material",
        "Whether a breach of the obligation is a breach of a material obligation under M8.1(g).");

    private readonly Dictionary<string, ParameterValue> _parameters;

    internal Obligation(ObligationText text, string rulesetVersion, ObligationStatus status, string? statusNote, string introducedBy, IReadOnlyList<string> changedBy)
    {
        Text = text;
        RulesetVersion = rulesetVersion;
        Status = status;
        StatusNote = statusNote;
        IntroducedBy = introducedBy;
        ChangedBy = changedBy;
        _parameters = text.Parameters.ToDictionary(parameter => parameter.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets the stable id, the same in every version.</summary>
    public string Id => Text.Id;

    /// <summary>Gets a short title.</summary>
    public string Title => Text.Title;

    /// <summary>Gets the clause as it stood in this version, or text such as <c>SECMP0057 (clause TBC)</c> where the number is unknown.</summary>
    public string Clause => Text.Clause;

    /// <summary>Gets the provenance of the obligation's substance.</summary>
    public Provenance Provenance => Text.Provenance;

    /// <summary>Gets the source the obligation is read from (a source id of the domain notes), if any.</summary>
    public string? Source => Text.Source;

    /// <summary>Gets a plain-English summary of what the obligation requires.</summary>
    public string? Summary => Text.Summary;

    /// <summary>Gets whether a breach is a breach of a material obligation, with the provenance of that judgement.</summary>
    public ParameterValue Material => Text.Material;

    /// <summary>Gets whether a breach is a breach of a material obligation.</summary>
    public bool IsMaterial => Material.Value is true;

    /// <summary>Gets the parameters, in the order the ruleset writes them.</summary>
    public IReadOnlyList<ParameterValue> Parameters => Text.Parameters;

    /// <summary>Gets the id of the ruleset version this obligation belongs to.</summary>
    public string RulesetVersion { get; }

    /// <summary>Gets whether the obligation is in force in the version.</summary>
    public ObligationStatus Status { get; }

    /// <summary>Gets why the obligation is not in force (which modification introduces or retired it), or null when it is.</summary>
    public string? StatusNote { get; }

    /// <summary>Gets whether the obligation is in force in the version.</summary>
    public bool IsInForce => Status == ObligationStatus.InForce;

    /// <summary>Gets the id of the modification that introduced the obligation, or <c>baseline</c>.</summary>
    public string IntroducedBy { get; }

    /// <summary>Gets the ids of the modifications that changed the obligation since, in order.</summary>
    public IReadOnlyList<string> ChangedBy { get; }

    /// <summary>Gets the citation findings about this obligation carry.</summary>
    public Citation Citation => new(Clause, RulesetVersion);

    internal ObligationText Text { get; }

    /// <summary>Gets the value of a parameter the rule class declared.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="parameter">The parameter's definition.</param>
    /// <returns>The value in this version.</returns>
    /// <exception cref="KeyNotFoundException">The obligation has no such parameter.</exception>
    /// <exception cref="InvalidOperationException">The ruleset writes the value as unknown; read it with <see cref="TryGet{T}"/>.</exception>
    public T Get<T>(Parameter<T> parameter)
        where T : notnull =>
        TryGet(parameter, out var value)
            ? value
            : throw new InvalidOperationException($"The parameter '{parameter.Name}' of '{Id}' is unknown in {RulesetVersion}; read it with TryGet.");

    /// <summary>Gets the value of a parameter that the ruleset may write as unknown.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="parameter">The parameter's definition.</param>
    /// <param name="value">The value, when the ruleset gives one.</param>
    /// <returns>True when the ruleset gives a value; false when it writes it as unknown.</returns>
    /// <exception cref="KeyNotFoundException">The obligation has no such parameter.</exception>
    public bool TryGet<T>(Parameter<T> parameter, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
        where T : notnull
    {
        if (ValueOf(parameter).Value is T known)
        {
            value = known;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Gets a parameter's value together with its provenance, source and note, for findings that cite them.</summary>
    /// <param name="parameter">The parameter's definition.</param>
    /// <returns>The value in this version.</returns>
    /// <exception cref="KeyNotFoundException">The obligation has no such parameter.</exception>
    public ParameterValue ValueOf(ParameterDefinition parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return _parameters.TryGetValue(parameter.Name, out var value)
            ? value
            : throw new KeyNotFoundException($"The obligation '{Id}' has no parameter '{parameter.Name}'.");
    }

    /// <summary>Formats the obligation as <c>id (clause)</c>.</summary>
    /// <returns>The formatted obligation.</returns>
    public override string ToString() => $"{Id} ({Clause})";
}
