namespace SecRules.Engine;

/// <summary>
/// The fact every session holds once: the date the facts are evaluated at. Rules read the date from
/// here and never from the clock, so the same facts give the same findings whenever they are run.
/// </summary>
/// <param name="Date">The evaluation date.</param>
public sealed record EvaluationContext(DateOnly Date);
