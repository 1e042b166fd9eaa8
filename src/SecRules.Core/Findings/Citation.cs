namespace SecRules.Findings;

/// <summary>The clause a finding rests on, as it stood in the ruleset version evaluated.</summary>
/// <param name="Clause">The clause, for example <c>G8.24</c>, or text such as <c>SECMP0057 (clause TBC)</c> where the number is unknown.</param>
/// <param name="RulesetVersion">The id of the ruleset version whose text the clause belongs to.</param>
public sealed record Citation(string Clause, string RulesetVersion)
{
    /// <summary>Formats the citation as <c>clause [version]</c>.</summary>
    /// <returns>The formatted citation.</returns>
    public override string ToString() => $"{Clause} [{RulesetVersion}]";
}
