using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.Serialization;

namespace SecRules.Input;

/// <summary>
/// The names by which enum values are written in YAML and JSON: kebab-case (<c>SmallSupplier</c> is
/// <c>small-supplier</c>) unless the value carries an <see cref="EnumMemberAttribute"/>. Computed once per enum type.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, Spell);

    private static readonly FrozenDictionary<string, TEnum> ByName =
        ByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IReadOnlyList<string> All { get; } = Enum.GetValues<TEnum>().Select(value => ByValue[value]).ToList();

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);

    public static string NameOf(TEnum value) => ByValue[value];

    // A value spelt otherwise (provenance markers are written READ, SEED, INFERRED) says so with [EnumMember].
    private static string Spell(TEnum value)
    {
        var name = value.ToString();
        var member = typeof(TEnum).GetField(name)!.GetCustomAttribute<EnumMemberAttribute>();
        return member?.Value ?? KebabCase.Of(name);
    }
}
