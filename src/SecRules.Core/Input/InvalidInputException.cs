namespace SecRules.Input;

/// <summary>
/// Thrown when a scenario, ruleset or modification file cannot be read: the file is missing, its YAML
/// is malformed, or a value is of the wrong kind, unknown, duplicated or impossible.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is one line, <c>file:line:column: problem; expected ...</c>, fit to
/// show a user as it is: control characters, in values and file names alike, print as escapes.
/// <see cref="Position"/> and <see cref="Problem"/> carry the same information
/// for tools that place the error themselves (an editor, a test report).
/// </remarks>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception for a problem at a position.</summary>
    /// <param name="position">Where the problem is.</param>
    /// <param name="problem">What was wrong and what was expected, without the position.</param>
    public InvalidInputException(SourcePosition position, string problem)
        : base(InputText.Escape($"{position}: {problem}"))
    {
        Position = position;
        Problem = InputText.Escape(problem);
    }

    /// <summary>Creates the exception for a problem at a position, keeping the underlying cause.</summary>
    /// <param name="position">Where the problem is.</param>
    /// <param name="problem">What was wrong and what was expected, without the position.</param>
    /// <param name="innerException">The exception that revealed the problem.</param>
    public InvalidInputException(SourcePosition position, string problem, Exception innerException)
        : base(InputText.Escape($"{position}: {problem}"), innerException)
    {
        Position = position;
        Problem = InputText.Escape(problem);
    }

    /// <summary>Gets where the problem is.</summary>
    public SourcePosition Position { get; }

    /// <summary>Gets what was wrong and what was expected, without the position.</summary>
    public string Problem { get; }
}
