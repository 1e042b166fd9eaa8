namespace SecRules.Facts;

/// <summary>
/// A request of the Security Sub-Committee that a User do something to facilitate an assessment of
/// its compliance with G3 to G6 (G8.13), with the date it set.
/// </summary>
public sealed record SscRequest : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.SscRequest;

    /// <summary>Gets the id of the Party asked.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the date the request was made.</summary>
    public required DateOnly Made { get; init; }

    /// <summary>Gets the date by which the Party must comply.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>Gets the date the Party complied, or null while it has not.</summary>
    public DateOnly? Complied { get; init; }

    /// <summary>Gets the id of the SSC decision the request follows from, for an ad-hoc review of a notified User System.</summary>
    public string? Decision { get; init; }

    /// <summary>Gets the id of the User System the request concerns, if any.</summary>
    public string? UserSystem { get; init; }

    /// <summary>Gets the id of the assessment whose outcome the request follows (a further full assessment after a "Rejected" status, say), if any.</summary>
    public string? Assessment { get; init; }

    /// <summary>Gets the kind of assessment the request requires the Party to undergo, if it requires one.</summary>
    public AssessmentKind? Requires { get; init; }
}
