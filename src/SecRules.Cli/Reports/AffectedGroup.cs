namespace SecRules.Cli.Reports;

/// <summary>One group of Users a comparison looked at (a Party Category, say), and how many of its scenarios a change affects.</summary>
/// <param name="Label">The group, as reports name it.</param>
/// <param name="Scenarios">How many scenarios of the group were compared.</param>
/// <param name="Affected">How many of those give a finding that differs.</param>
internal sealed record AffectedGroup(string Label, long Scenarios, long Affected);
