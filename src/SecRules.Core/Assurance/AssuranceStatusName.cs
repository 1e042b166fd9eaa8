namespace SecRules.Assurance;

/// <summary>One name an Assurance Status could be given, and the level it means.</summary>
/// <param name="Name">The name, as assessment reports write it.</param>
/// <param name="Level">What the name means.</param>
public sealed record AssuranceStatusName(string Name, AssuranceLevel Level);
