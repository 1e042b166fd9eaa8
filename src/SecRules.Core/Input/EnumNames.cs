using System.Reflection;
using System.Runtime.Serialization;

namespace SecRules.Input;

/// <summary>
/// The names by which enum values are written in YAML and JSON: kebab-case (<c>SmallSupplier</c> is
/// <c>small-supplier</c>) unless the value carries an <see cref="EnumMemberAttribute"/>. Computed once per enum type.
/// </summary>
/// <remarks>
/// The enums have a handful of values each, so plain arrays searched in order serve as well as any
/// dictionary, and cost a command that starts cold no code to compile for each enum type.
/// </remarks>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly string[] Names = Spell(Values);

    public static IReadOnlyList<string> All => Names;

    public static bool TryParse(string name, out TEnum value)
    {
        var index = Array.IndexOf(Names, name);
        value = index >= 0 ? Values[index] : default;
        return index >= 0;
    }

    public static string NameOf(TEnum value)
    {
        for (var index = 0; index < Values.Length; index++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(Values[index], value))
            {
                return Names[index];
            }
        }

        throw new KeyNotFoundException($"{value} is not a named value of {typeof(TEnum).Name}.");
    }

    private static string[] Spell(TEnum[] values)
    {
        var names = new string[values.Length];
        for (var index = 0; index < values.Length; index++)
        {
            names[index] = Spell(values[index]);
        }

        return names;
    }

    // A value spelt otherwise (provenance markers are written READ, SEED, INFERRED) says so with [EnumMember].
    private static string Spell(TEnum value)
    {
        var name = value.ToString();
        var member = typeof(TEnum).GetField(name)!.GetCustomAttribute<EnumMemberAttribute>();
        return member?.Value ?? KebabCase.Of(name);
    }
}
