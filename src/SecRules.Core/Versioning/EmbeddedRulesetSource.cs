using System.Reflection;

namespace SecRules.Versioning;

/// <summary>
/// Reads ruleset files embedded in an assembly as resources named <c>rulesets/</c> followed by their
/// path, so that a library works with no files beside it.
/// </summary>
/// <param name="assembly">The assembly holding the resources.</param>
public sealed class EmbeddedRulesetSource(Assembly assembly) : IRulesetSource
{
    private const string Prefix = "rulesets/";

    /// <inheritdoc />
    public string DisplayName(string path) => $"embedded:{Prefix}{path}";

    /// <inheritdoc />
    public string? ReadText(string path)
    {
        using var stream = assembly.GetManifestResourceStream(Prefix + path);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
