namespace SecRules.Cli.Reports;

/// <summary>A row of a multi-line value that changes, as written (indentation kept), or a run of rows that do not.</summary>
/// <param name="Kind">Whether the row was removed or added, or the rows are the same.</param>
/// <param name="Text">The row; empty for a run of rows that are the same.</param>
/// <param name="Count">How many rows: one for a row that changes, the length of a run that does not.</param>
internal sealed record RowChange(RowChangeKind Kind, string Text, int Count = 1);
