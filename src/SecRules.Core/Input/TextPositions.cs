namespace SecRules.Input;

/// <summary>Turns an index into text into a one-based line and column, counting line breaks as YAML does.</summary>
internal static class TextPositions
{
    public static SourcePosition Of(string file, ReadOnlySpan<char> text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(file, line, index - lineStart + 1);
    }
}
