using SecRules.Facts;

namespace SecRules.Cli.Reports;

/// <summary>One row of an evaluation's cross-version grid: a subject's findings of one obligation under each version.</summary>
/// <param name="Subject">The fact the findings are about.</param>
/// <param name="Obligation">The obligation's id.</param>
/// <param name="Cells">One cell per version, in the order of the report's results.</param>
internal sealed record OutcomeGridRow(FactRef Subject, string Obligation, IReadOnlyList<OutcomeGridCell> Cells)
{
    /// <summary>Gets the fact that tells this row's findings apart from others of the same obligation and subject, if any.</summary>
    public FactRef? Concerning { get; init; }

    /// <summary>Gets the row's label: the obligation, and in brackets the id of the fact it concerns.</summary>
    public string Label => Concerning is { } concerning ? $"{Obligation} [{concerning.Id}]" : Obligation;
}
