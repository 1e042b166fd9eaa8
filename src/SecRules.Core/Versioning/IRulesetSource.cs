namespace SecRules.Versioning;

/// <summary>
/// Where ruleset files come from: a folder on disk, or resources embedded in an assembly. Paths are
/// relative to the ruleset root, with '/' separators; the manifest is <c>ruleset.yaml</c>.
/// </summary>
public interface IRulesetSource
{
    /// <summary>Gets how errors name the file at <paramref name="path"/>.</summary>
    /// <param name="path">The path relative to the ruleset root.</param>
    /// <returns>The name to print, such as <c>rulesets/baseline.yaml</c>.</returns>
    string DisplayName(string path);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The path relative to the ruleset root.</param>
    /// <returns>The file's text, or null when there is no such file.</returns>
    /// <exception cref="Input.InvalidInputException">The file exists but cannot be read as a ruleset file: it lies outside the source, is not a regular file, is too large or is not UTF-8.</exception>
    string? ReadText(string path);
}
