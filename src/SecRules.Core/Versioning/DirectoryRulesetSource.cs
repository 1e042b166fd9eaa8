using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Reads ruleset files from a folder, for drafters who edit them without a build.</summary>
/// <param name="directory">The folder holding <c>ruleset.yaml</c>, as the user named it.</param>
/// <remarks>
/// Only files inside the folder are read: a path that leads out of it, by <c>..</c>, as an absolute
/// path or through a symbolic link, is an <see cref="InvalidInputException"/> that shows nothing of
/// what lies outside. Files are read within <see cref="InputLimits"/>.
/// </remarks>
public sealed class DirectoryRulesetSource(string directory) : IRulesetSource
{
    private const string Expected = "a ruleset file";

    // Beyond this many symbolic links in one path, the path is taken to loop, as the operating system does.
    private const int MaxLinks = 40;

    /// <summary>Gets the folder, as the user named it.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc />
    public string DisplayName(string path) => Path.Combine(Directory, path).Replace('\\', '/');

    /// <inheritdoc />
    /// <exception cref="InvalidInputException">The path leads outside the folder, or the file is not a regular file, cannot be read or is too large.</exception>
    public string? ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = DisplayName(path);
        var root = Path.GetFullPath(Directory);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!IsInside(full, root) || (Path.Exists(full) && !IsInside(Resolve(full, 0) ?? full, Resolve(root, 0) ?? root)))
        {
            throw new InvalidInputException(SourcePosition.OfFile(name),
                $"the path leads outside the ruleset folder; expected {Expected} inside '{InputText.Escape(Directory)}'");
        }

        return InputFile.TryReadText(full, name, Expected);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // The path with every symbolic link along it followed, as the operating system would open it; null
    // when the links loop, which reading the file then reports.
    private static string? Resolve(string fullPath, int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (new FileInfo(current).LinkTarget is { } target)
            {
                links++;
                var resolved = links > MaxLinks ? null : Resolve(Path.GetFullPath(target, Path.GetDirectoryName(current)!), links);
                if (resolved is null)
                {
                    return null;
                }

                current = resolved;
            }
        }

        return current;
    }
}
