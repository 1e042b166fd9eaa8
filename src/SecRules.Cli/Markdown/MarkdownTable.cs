namespace SecRules.Cli.Markdown;

/// <summary>A Markdown table: a header row, a separator, and one row per <see cref="Add"/>, each cell escaped.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row has {cells.Length} cells; the table has {headers.Length} columns.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter writer)
    {
        writer.WriteLine(Row(headers));
        writer.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in _rows)
        {
            writer.WriteLine(Row(row));
        }
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(MarkdownText.Cell)) + " |";
}
