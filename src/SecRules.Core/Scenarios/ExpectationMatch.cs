namespace SecRules.Scenarios;

/// <summary>How an expectation's findings are compared with the findings a version gives.</summary>
public enum ExpectationMatch
{
    /// <summary>Every finding expected must be among the actual findings; others may be there too. Written <c>at-least</c>.</summary>
    AtLeast,

    /// <summary>The actual findings must be the findings expected, no more and no fewer. Written <c>exactly</c>.</summary>
    Exactly,
}
