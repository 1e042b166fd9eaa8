using SecRules.Assurance;
using SecRules.Facts;
using SecRules.Input;

namespace SecRules.Rulesets.Obligations;

/// <summary>The few ways of wording things that several obligations' messages share.</summary>
internal static class Phrases
{
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Describe(PartyCategory category) => EnumText.Of(category).Replace('-', ' ');

    public static string Describe(AssuranceLevel level) => EnumText.Of(level).Replace('-', ' ');

    public static string Describe(IReadOnlySet<PartyCategory> categories) => string.Join(", ", categories.Order().Select(Describe));
}
