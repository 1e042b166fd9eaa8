namespace SecRules.Exploration;

/// <summary>How far an exploration has got.</summary>
/// <param name="Explored">How many generated scenarios have been explored (each with those derived from its findings).</param>
/// <param name="Total">How many the run explores.</param>
public readonly record struct ExplorationProgress(long Explored, long Total);
