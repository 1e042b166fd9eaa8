namespace SecRules.Versioning;

/// <summary>Reads ruleset files from a folder, for drafters who edit them without a build.</summary>
/// <param name="directory">The folder holding <c>ruleset.yaml</c>, as the user named it.</param>
public sealed class DirectoryRulesetSource(string directory) : IRulesetSource
{
    /// <summary>Gets the folder, as the user named it.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc />
    public string DisplayName(string path) => Path.Combine(Directory, path).Replace('\\', '/');

    /// <inheritdoc />
    public string? ReadText(string path)
    {
        var full = Path.Combine(Directory, path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }
}
