namespace SecRules.Facts;

/// <summary>The Domestic and Non-Domestic Premises a Party served on a date.</summary>
/// <param name="Domestic">The Domestic Premises count, or null when the facts do not give it.</param>
/// <param name="NonDomestic">The Non-Domestic Premises count, or null when the facts do not give it.</param>
public readonly record struct PremisesCount(int? Domestic, int? NonDomestic);
