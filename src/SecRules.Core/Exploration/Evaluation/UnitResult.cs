using SecRules.Findings;
using SecRules.Impact;

namespace SecRules.Exploration.Evaluation;

/// <summary>What a <see cref="RuleUnit"/> gave for one projection of a scenario.</summary>
/// <param name="From">The findings under the first version, in its report order.</param>
/// <param name="To">The findings under the second version, in its report order.</param>
/// <param name="Transitions">The outcome transitions of the findings that differ, each once.</param>
/// <param name="ReadFrom">The findings under the first version that rules reading findings can match.</param>
/// <param name="ReadTo">The findings under the second version that rules reading findings can match.</param>
/// <param name="ReadNumbers">The numbers of <paramref name="ReadFrom"/> and <paramref name="ReadTo"/> by value, for the projections of the rules that read them.</param>
internal sealed record UnitResult(Finding[] From, Finding[] To, OutcomeTransition[] Transitions, Finding[] ReadFrom, Finding[] ReadTo, (int From, int To) ReadNumbers)
{
    /// <summary>Gets whether <see cref="From"/> and <see cref="To"/> hold the findings, rather than being left empty because only how they differ was wanted.</summary>
    public bool HasFindings { get; init; } = true;

    /// <summary>Gets the result of rules that cannot fire: no finding.</summary>
    public static UnitResult None { get; } = new([], [], [], [], [], (0, 0));
}
