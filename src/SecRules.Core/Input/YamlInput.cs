using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecRules.Input;

/// <summary>
/// Loads one YAML document within <see cref="InputLimits"/> and turns every failure, YamlDotNet's
/// included, into an <see cref="InvalidInputException"/> naming the position and what was expected.
/// </summary>
internal static class YamlInput
{
    /// <summary>Reads the file at <paramref name="path"/>, naming it in errors as the user wrote it.</summary>
    public static YamlValue LoadFile(string path, string expected) =>
        Load(path, InputFile.ReadText(path, path, expected), expected);

    /// <summary>Parses <paramref name="text"/> as a single YAML document named <paramref name="file"/> in errors.</summary>
    public static YamlValue Load(string file, string text, string expected)
    {
        CheckText(file, text, expected);
        var parser = new BoundedParser(file, text, expected);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (InvalidInputException)
        {
            throw;
        }
        catch (YamlException exception)
        {
            throw new InvalidInputException(Position(file, exception.Start), YamlSyntax.Describe(exception), exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The parser checked the events the model reads, so this is YamlDotNet failing on
            // something they did not show; the last event read is where the user should look.
            throw new InvalidInputException(parser.LastPosition, YamlSyntax.CannotReadOn, exception);
        }

        return stream.Documents.Count == 0
            ? throw new InvalidInputException(new SourcePosition(file, 1, 1), $"the file is empty; expected {expected}")
            : new YamlValue(file, stream.Documents[0].RootNode);
    }

    internal static SourcePosition Position(string file, YamlNode node) => Position(file, node.Start);

    private static SourcePosition Position(string file, Mark mark) =>
        new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    // YAML streams hold only printable characters; stopping at the first other one names it plainly,
    // where YamlDotNet would report a token it cannot read, or pass a terminal escape into a value.
    private static void CheckText(string file, string text, string expected)
    {
        if (text.Length > InputLimits.MaxFileBytes)
        {
            throw new InvalidInputException(
                TextPositions.Of(file, text, InputLimits.MaxFileBytes),
                FormattableString.Invariant($"the text is longer than {InputLimits.MaxFileBytes} characters; expected {expected} of at most {InputLimits.MaxFileBytes} characters"));
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c) && !(c == '\uFEFF' && i == 0))
            {
                throw new InvalidInputException(
                    TextPositions.Of(file, text, i),
                    FormattableString.Invariant($"the character U+{(int)c:X4} cannot appear in YAML; expected printable text (a control character written as an escape in a double-quoted value)"));
            }
        }
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' or '\u0085'
        || (c >= ' ' && c <= '~')
        || (c >= '\u00A0' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
