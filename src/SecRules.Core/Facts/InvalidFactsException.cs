namespace SecRules.Facts;

/// <summary>
/// Thrown when facts given through the API are not sound: a list, fact or field is missing (null), a
/// value is out of range (an enum value with no name, a date outside <see cref="Input.SupportedDates"/>),
/// an id is malformed or duplicated, or a reference names no fact of the kind it needs.
/// </summary>
/// <remarks>
/// <see cref="Problems"/> lists every problem, each with its path (<c>user-systems[2].owner</c>); the
/// message lists them too, on one line. The engine checks facts this way before any rule runs, so a rule
/// never meets a null or an unknown id.
/// </remarks>
public sealed class InvalidFactsException : ArgumentException
{
    /// <summary>Creates the exception for the problems found in the facts given as <paramref name="paramName"/>.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <param name="paramName">The parameter the facts were given as.</param>
    public InvalidFactsException(IReadOnlyList<FactProblem> problems, string? paramName)
        : base(Describe(problems), paramName)
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in the order of the collections and items.</summary>
    public IReadOnlyList<FactProblem> Problems { get; }

    private static string Describe(IReadOnlyList<FactProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The facts are not sound ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}): {string.Join("; ", problems)}";
    }
}
