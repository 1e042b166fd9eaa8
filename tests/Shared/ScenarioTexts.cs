namespace SecRules.Tests.Shared;

/// <summary>Scenario file texts that tests in several projects start from.</summary>
internal static class ScenarioTexts
{
    /// <summary>
    /// The seed's case at its plainest: a User that completed User Entry in 2017 begins to employ a
    /// second, in-house User System (S2) on 2019-05-01 and never notifies the SSC. Sixteen lines and
    /// a newline, so that text appended to it starts on line 17.
    /// </summary>
    public const string SecondSystemWithoutNotice = """
        scenario: Second User System without notice
        evaluation-date: 2019-06-30
        parties:
          - id: P1
            name: Example Energy
            category: small-supplier
            user-entry-completed: 2017-06-01
        user-systems:
          - id: S1
            owner: P1
            provider: in-house
            first-employed: 2017-06-01
          - id: S2
            owner: P1
            provider: in-house
            first-employed: 2019-05-01

        """;
}
