namespace SecRules.Cli.Reports.Timelines;

/// <summary>One dated event on a User's timeline.</summary>
/// <param name="Date">When it happened, or is due.</param>
/// <param name="Lane">The row it belongs to.</param>
/// <param name="Label">What happened, naming the fact by id.</param>
/// <param name="IsDeadline">Whether the date is a deadline (a date something is due by) rather than something that happened.</param>
internal sealed record TimelineEvent(DateOnly Date, TimelineLane Lane, string Label, bool IsDeadline = false);
