using System.Globalization;
using System.Text;

namespace SecRules.Input;

/// <summary>
/// Makes text from input safe to print in a one-line error: control characters (line breaks, tabs,
/// terminal escape sequences) are shown as escapes, and a long value is cut to a readable length.
/// </summary>
public static class InputText
{
    /// <summary>Quotes a value the user gave, for an error message: <c>'value'</c>, escaped and cut.</summary>
    /// <param name="value">The value as read.</param>
    /// <returns>The value between single quotes, one line, at most about <see cref="InputLimits.MaxEchoedLength"/> characters of it.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cut = value.Length > InputLimits.MaxEchoedLength;
        var shown = cut ? value[..CutAt(value)] : value;
        var suffix = cut
            ? string.Create(CultureInfo.InvariantCulture, $"... ({value.Length} characters)")
            : string.Empty;
        return $"'{Escape(shown)}{suffix}'";
    }

    /// <summary>Escapes every control character of <paramref name="text"/>, so that it prints as one line and sends nothing to the terminal.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, with <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\u001B</c>-style escapes for control characters.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnprintable))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsUnprintable(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Gets whether a character is one a terminal would act on rather than print.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for C0 and C1 control characters, DEL, the line and paragraph separators, and the bidirectional controls.</returns>
    internal static bool IsUnprintable(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    // Never cut between the two halves of a surrogate pair.
    private static int CutAt(string value) =>
        char.IsHighSurrogate(value[InputLimits.MaxEchoedLength - 1]) ? InputLimits.MaxEchoedLength - 1 : InputLimits.MaxEchoedLength;
}
