namespace SecRules.Facts;

/// <summary>A User's six-monthly report of the Smart Metering Systems in its portfolio (G5.27).</summary>
public sealed record SmsCountReport : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.SmsCountReport;

    /// <summary>Gets the id of the reporting Party.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the date the report was submitted.</summary>
    public required DateOnly Submitted { get; init; }
}
