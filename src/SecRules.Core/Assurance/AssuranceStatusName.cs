namespace SecRules.Assurance;

/// <summary>One name an Assurance Status could be given, the other ways it is written, and the level it means.</summary>
/// <param name="Name">The name, as the ruleset prints it.</param>
/// <param name="Level">What the name means.</param>
/// <remarks>
/// A status as a report or an analyst writes it matches the name or one of <see cref="AlsoWritten"/>
/// without regard to case, commas or runs of spaces; a form ending in <c>...</c> stands for any text
/// that starts with it ("Approved, subject to the Party ..." is the SEC's own wording, whatever the
/// conditions that follow).
/// </remarks>
public sealed record AssuranceStatusName(string Name, AssuranceLevel Level)
{
    /// <summary>Gets the other ways the name is written, such as the SEC's own wording.</summary>
    public IReadOnlyList<string> AlsoWritten { get; init; } = [];

    /// <summary>Gets whether <paramref name="written"/> is this name, as the remarks describe.</summary>
    /// <param name="written">The status as written.</param>
    /// <returns>True when it is this name or one of its other forms.</returns>
    public bool Matches(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var text = StatusText.Normalise(written);
        return text.Length > 0 && AlsoWritten.Prepend(Name).Any(form => StatusText.Matches(form, text));
    }
}
