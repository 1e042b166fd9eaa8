namespace SecRules.Cli.Rendering.Markdown;

/// <summary>How Markdown output writes text that comes from data: messages, clauses, ids.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes text for a table cell: a pipe would end the cell and a line break the row.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings("<br>");

    /// <summary>Writes text as inline code, choosing a fence that the text does not contain.</summary>
    public static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? $"`` {text} ``" : $"`{text}`";
}
