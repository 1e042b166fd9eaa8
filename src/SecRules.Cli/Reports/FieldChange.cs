using SecRules.Impact;

namespace SecRules.Cli.Reports;

/// <summary>
/// How one field of an obligation's text differs between two versions: both values when each is one
/// line, and for a multi-line value (the assessment <c>schedule</c> table, say) only the rows that
/// change, found by a longest-common-subsequence diff of the rows.
/// </summary>
internal sealed class FieldChange
{
    public FieldChange(TextDifference difference)
    {
        Difference = difference;
        IsMultiLine = Lines(difference.Before).Count > 1 || Lines(difference.After).Count > 1;
        Rows = IsMultiLine ? Compare(Lines(difference.Before), Lines(difference.After)) : [];
    }

    /// <summary>Gets the difference: the field and its whole value before and after.</summary>
    public TextDifference Difference { get; }

    /// <summary>Gets whether either value spans several lines, so that the rows that change tell more than the two values.</summary>
    public bool IsMultiLine { get; }

    /// <summary>Gets, for a multi-line value, the rows removed and added in order, with each run of rows that stay the same as one entry.</summary>
    public IReadOnlyList<RowChange> Rows { get; }

    private static List<string> Lines(string? text) => text is null or "" ? [] : [.. text.Split('\n')];

    private static List<RowChange> Compare(List<string> before, List<string> after)
    {
        // common[i, j]: the length of the longest common subsequence of before[i..] and after[j..].
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var rows = new List<RowChange>();
        var (b, a, same) = (0, 0, 0);
        while (b < before.Count || a < after.Count)
        {
            if (b < before.Count && a < after.Count && before[b] == after[a])
            {
                same++;
                (b, a) = (b + 1, a + 1);
                continue;
            }

            if (same > 0)
            {
                rows.Add(new RowChange(RowChangeKind.Same, string.Empty, same));
                same = 0;
            }

            if (a < after.Count && (b == before.Count || common[b, a + 1] >= common[b + 1, a]))
            {
                rows.Add(new RowChange(RowChangeKind.Added, after[a++]));
            }
            else
            {
                rows.Add(new RowChange(RowChangeKind.Removed, before[b++]));
            }
        }

        if (same > 0)
        {
            rows.Add(new RowChange(RowChangeKind.Same, string.Empty, same));
        }

        // A removal read before the addition that replaces it, as a reviewer expects.
        return [.. Regroup(rows)];
    }

    private static IEnumerable<RowChange> Regroup(List<RowChange> rows)
    {
        var run = new List<RowChange>();
        foreach (var row in rows)
        {
            if (row.Kind == RowChangeKind.Same)
            {
                foreach (var changed in run.OrderBy(item => item.Kind))
                {
                    yield return changed;
                }

                run.Clear();
                yield return row;
            }
            else
            {
                run.Add(row);
            }
        }

        foreach (var changed in run.OrderBy(item => item.Kind))
        {
            yield return changed;
        }
    }
}
