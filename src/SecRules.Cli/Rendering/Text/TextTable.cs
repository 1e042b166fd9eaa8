using SecRules.Cli.Rendering.Markdown;

namespace SecRules.Cli.Rendering.Text;

/// <summary>A table of text: written plain, columns padded to their widest cell and separated by two spaces, or as Markdown.</summary>
internal sealed class TextTable(params string[] headers)
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

    /// <summary>Writes the same rows as a Markdown table, each cell escaped; the columns named in <paramref name="numeric"/> are right-aligned.</summary>
    public void WriteMarkdown(TextWriter writer, params int[] numeric)
    {
        writer.WriteLine(MarkdownRow(headers));
        writer.WriteLine("|" + string.Concat(headers.Select((_, column) => numeric.Contains(column) ? "---:|" : "---|")));
        foreach (var row in _rows)
        {
            writer.WriteLine(MarkdownRow(row));
        }
    }

    public void Write(TextWriter writer, string indent = "")
    {
        var widths = headers.Select((header, column) => _rows.Select(row => row[column].Length).Prepend(header.Length).Max()).ToArray();
        foreach (var row in _rows.Prepend(headers))
        {
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]));
            writer.WriteLine((indent + string.Join("  ", cells)).TrimEnd());
        }
    }

    private static string MarkdownRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(MarkdownText.Cell)) + " |";
}
