using SecRules.Engine;
using SecRules.Findings;

namespace SecRules.Testing;

/// <summary>The <c>Should()</c> entry points of the SecRules FluentAssertions assertions.</summary>
public static class SecRulesAssertionExtensions
{
    /// <summary>Starts assertions on the findings of an evaluation.</summary>
    /// <param name="result">The evaluation result.</param>
    /// <returns>The assertions.</returns>
    public static EvaluationResultAssertions Should(this EvaluationResult result) => new(result);

    /// <summary>Starts assertions on one finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The assertions.</returns>
    public static FindingAssertions Should(this Finding finding) => new(finding);
}
