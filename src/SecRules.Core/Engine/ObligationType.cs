using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>
/// Links an obligation id in the ruleset data to the rule class that evaluates it, and declares the
/// parameters that rule class reads. Ruleset loading checks every obligation and parameter against these.
/// </summary>
public sealed class ObligationType
{
    private readonly Func<Obligation, RulesetVersion, ObligationRule> _createRule;

    /// <summary>Creates an obligation type.</summary>
    /// <param name="id">The obligation id, as ruleset YAML spells it.</param>
    /// <param name="createRule">Creates the rule for the obligation as it stands in a version.</param>
    /// <param name="parameters">The parameters the rule reads; every version must give each a value.</param>
    public ObligationType(string id, Func<Obligation, RulesetVersion, ObligationRule> createRule, params ParameterDefinition[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(createRule);
        ArgumentNullException.ThrowIfNull(parameters);
        var duplicate = parameters.GroupBy(parameter => parameter.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The obligation type '{id}' declares the parameter '{duplicate.Key}' twice.", nameof(parameters));
        }

        Id = id;
        _createRule = createRule;
        Parameters = parameters;
    }

    /// <summary>Gets the obligation id.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets the ids the obligation had before it was renamed. Scenario files that name a former id
    /// (in a Panel notice or an expectation) are read as naming this obligation.
    /// </summary>
    public IReadOnlyList<string> FormerIds { get; init; } = [];

    /// <summary>
    /// Gets whether the rule can conclude a <see cref="SecRules.Findings.Outcome.Breach"/>. A rule that reports
    /// only whether something is established (reliance on a provider's assessment, where no source
    /// makes relying wrongly a breach) cannot, and coverage does not ask a scenario to show one.
    /// </summary>
    public bool CanBeBreached { get; init; } = true;

    /// <summary>Gets the parameters the rule reads, in the order the rule class declares them.</summary>
    public IReadOnlyList<ParameterDefinition> Parameters { get; }

    internal ObligationRule CreateRule(Obligation obligation, RulesetVersion version) => _createRule(obligation, version);
}
