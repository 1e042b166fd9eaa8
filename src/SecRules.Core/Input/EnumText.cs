namespace SecRules.Input;

/// <summary>
/// The names by which enum values are written in scenario files, ruleset files and JSON output:
/// kebab-case (<c>small-supplier</c>), or the marker a value declares (<c>READ</c>).
/// </summary>
public static class EnumText
{
    /// <summary>Gets the written name of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name, for example <c>small-supplier</c>.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.NameOf(value);

    /// <summary>Parses a written name.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="text">The name, for example <c>small-supplier</c>.</param>
    /// <param name="value">The value, when the name is one.</param>
    /// <returns>True when the name is one of the type's written names.</returns>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.TryParse(text, out value);

    /// <summary>Gets every written name of the type, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => EnumNames<TEnum>.All;
}
