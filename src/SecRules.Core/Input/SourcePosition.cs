namespace SecRules.Input;

/// <summary>
/// A place in an input file: the file as the user named it, and a one-based line and column.
/// </summary>
/// <remarks>
/// A position without a line (a missing file, say) prints as the file name alone, so that every
/// error message starts the same way editors and terminals recognise: <c>file:line:column</c>.
/// </remarks>
/// <param name="File">The file as the user or the ruleset source named it.</param>
/// <param name="Line">The one-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">The one-based column, or 0 when the problem concerns the whole file.</param>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>Creates a position that names only a file.</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <returns>A position with no line or column.</returns>
    public static SourcePosition OfFile(string file) => new(file, 0, 0);

    /// <summary>Gets whether the position names a line and column.</summary>
    public bool HasLine => Line > 0;

    /// <summary>Formats the position as <c>file:line:column</c>, or <c>file</c> when there is no line.</summary>
    /// <returns>The formatted position.</returns>
    public override string ToString() => HasLine ? $"{File}:{Line}:{Column}" : File;
}
