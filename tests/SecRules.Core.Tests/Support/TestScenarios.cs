namespace SecRules.Core.Tests.Support;

/// <summary>Scenario texts for the probe rules of <see cref="TestRulesets"/>.</summary>
internal static class TestScenarios
{
    /// <summary>Two parties and nothing else: nine lines and a newline, so that text appended to it starts on line 10.</summary>
    public const string TwoParties = """
        scenario: Two parties
        evaluation-date: 2019-06-30
        parties:
          - id: P1
            name: One
            category: small-supplier
          - id: P2
            name: Two
            category: other-user

        """;
}
