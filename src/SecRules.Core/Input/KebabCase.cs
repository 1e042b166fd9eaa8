using System.Text;

namespace SecRules.Input;

/// <summary>Converts PascalCase identifiers to kebab-case.</summary>
internal static class KebabCase
{
    public static string Of(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
