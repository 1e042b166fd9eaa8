namespace SecRules.Input;

/// <summary>
/// A place in an input file: the file as the user named it, and a one-based line and column.
/// </summary>
/// <remarks>
/// A problem with a whole file (missing, a folder or a device, too large) is placed at its line 1,
/// column 1 (<see cref="OfFile"/>), so that every error message starts the same way, the way editors
/// and terminals recognise: <c>file:line:column</c>.
/// </remarks>
/// <param name="File">The file as the user or the ruleset source named it.</param>
/// <param name="Line">The one-based line, or 0 when no line is known.</param>
/// <param name="Column">The one-based column, or 0 when no column is known.</param>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>Creates the position of a problem with a whole file: its line 1, column 1.</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <returns>The position of the start of the file.</returns>
    public static SourcePosition OfFile(string file) => new(file, 1, 1);

    /// <summary>Gets whether the position names a line and column.</summary>
    public bool HasLine => Line > 0;

    /// <summary>Formats the position as <c>file:line:column</c>, or <c>file</c> when there is no line.</summary>
    /// <returns>The formatted position.</returns>
    public override string ToString() => HasLine ? $"{File}:{Line}:{Column}" : File;
}
