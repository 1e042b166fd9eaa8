using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecRules.Input;

/// <summary>Loads one YAML document and turns every YAML failure into an <see cref="InvalidInputException"/>.</summary>
internal static class YamlInput
{
    /// <summary>Reads the file at <paramref name="path"/>, naming it in errors as the user wrote it.</summary>
    public static YamlValue LoadFile(string path, string expected)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidInputException(SourcePosition.OfFile(path), $"file not found; expected {expected}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(SourcePosition.OfFile(path), $"cannot read the file ({exception.Message}); expected {expected}", exception);
        }

        return Load(path, text, expected);
    }

    /// <summary>Parses <paramref name="text"/> as a single YAML document named <paramref name="file"/> in errors.</summary>
    public static YamlValue Load(string file, string text, string expected)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var position = new SourcePosition(file, (int)exception.Start.Line, (int)exception.Start.Column);
            throw new InvalidInputException(position, $"malformed YAML: {Describe(exception)}", exception);
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner fails this way, without a position, on some unclosed flow
            // collections; the last token it read is where the user should look.
            throw new InvalidInputException(
                LastReadablePosition(file, text),
                "malformed YAML: cannot read on from here; expected a well-formed value (check for an unclosed '[', '{' or quote)",
                exception);
        }

        return stream.Documents.Count switch
        {
            0 => throw new InvalidInputException(new SourcePosition(file, 1, 1), $"the file is empty; expected {expected}"),
            1 => new YamlValue(file, stream.Documents[0].RootNode),
            _ => throw new InvalidInputException(
                Position(file, stream.Documents[1].RootNode),
                $"the file holds more than one YAML document; expected a single document with {expected}"),
        };
    }

    internal static SourcePosition Position(string file, YamlNode node) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static SourcePosition LastReadablePosition(string file, string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var last = new Mark();
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current!.Start;
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or YamlException)
        {
            // Expected: the scan stops where the document stops making sense.
        }

        return new SourcePosition(file, Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column));
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes its messages with the position it also exposes as marks; keep only the words.
        var message = exception.InnerException?.Message ?? exception.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && closing > 0)
        {
            message = message[(closing + 3)..];
        }

        return message.Trim().TrimEnd('.').Replace('\n', ' ');
    }
}
