namespace SecRules.Input;

/// <summary>The one rule for ids in facts, rulesets and modifications.</summary>
internal static class Identifiers
{
    public static bool IsValid(string text) =>
        text.Length > 0
        && char.IsAsciiLetterOrDigit(text[0])
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
