namespace SecRules.Cli.Reports;

/// <summary>What happened to a row of a multi-line value between two versions.</summary>
internal enum RowChangeKind
{
    /// <summary>The row is only in the earlier version.</summary>
    Removed,

    /// <summary>The row is only in the later version.</summary>
    Added,

    /// <summary>A run of rows both versions have, shown only by their number.</summary>
    Same,
}
