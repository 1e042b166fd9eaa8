using System.Globalization;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Scenarios;

/// <summary>
/// What an analyst expects of a scenario under one version of the rules: the version, by id or by the
/// date the law is read at; the findings expected; the findings expected to be absent; and whether
/// the findings expected are all there may be (<see cref="ExpectationMatch.Exactly"/>) or only some
/// (<see cref="ExpectationMatch.AtLeast"/>).
/// </summary>
/// <remarks>Immutable. <see cref="ExpectationCheck"/> compares an expectation with an evaluation.</remarks>
public sealed class Expectation
{
    /// <summary>Gets the id of the version expected, or null when the expectation names a date (<see cref="AsOf"/>).</summary>
    public string? Ruleset { get; init; }

    /// <summary>Gets the date whose version in force is expected, or null when the expectation names a version id (<see cref="Ruleset"/>).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets how the findings are compared; <see cref="ExpectationMatch.AtLeast"/> unless the file says otherwise.</summary>
    public ExpectationMatch Match { get; init; } = ExpectationMatch.AtLeast;

    /// <summary>Gets the findings expected, each with an outcome.</summary>
    public IReadOnlyList<ExpectedFinding> Findings { get; init; } = [];

    /// <summary>Gets the findings expected to be absent.</summary>
    public IReadOnlyList<ExpectedFinding> Absent { get; init; } = [];

    /// <summary>Gets where the scenario file writes the expectation.</summary>
    public required SourcePosition Position { get; init; }

    /// <summary>Gets how the expectation names its version: <c>ruleset ID</c> or <c>as-of YYYY-MM-DD</c>.</summary>
    public string Selector => AsOf is { } date
        ? string.Create(CultureInfo.InvariantCulture, $"as-of {date:yyyy-MM-dd}")
        : $"ruleset {Ruleset}";

    /// <summary>Gets the version the expectation is about.</summary>
    /// <param name="rulesets">The library to find the version in.</param>
    /// <returns>The version with the id <see cref="Ruleset"/>, or the version in force on <see cref="AsOf"/>.</returns>
    /// <exception cref="InvalidInputException">The library has no version with that id; the error names the expectation's position.</exception>
    public RulesetVersion ResolveVersion(RulesetLibrary rulesets)
    {
        ArgumentNullException.ThrowIfNull(rulesets);
        if (AsOf is { } date)
        {
            return rulesets.AsOf(date);
        }

        var id = Ruleset ?? throw new InvalidOperationException("An expectation names neither a ruleset version nor an as-of date.");
        return rulesets.TryGet(id, out var version)
            ? version
            : throw new InvalidInputException(Position, rulesets.UnknownVersionProblem(id));
    }

    /// <summary>Formats the expectation as its <see cref="Selector"/> and match.</summary>
    /// <returns>The formatted expectation.</returns>
    public override string ToString() => $"{Selector}, match {EnumText.Of(Match)}";
}
