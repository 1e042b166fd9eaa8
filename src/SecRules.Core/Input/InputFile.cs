using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace SecRules.Input;

/// <summary>
/// Reads an input file as UTF-8 text, refusing what is not a regular file, what is larger than
/// <see cref="InputLimits.MaxFileBytes"/> and what is not UTF-8, each with a one-line error.
/// </summary>
internal static class InputFile
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the file at <paramref name="path"/>, naming it in errors as <paramref name="name"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">How errors name the file: the path as the user wrote it.</param>
    /// <param name="expected">What the file should hold, for error messages.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidInputException">The file is missing, not a regular file, unreadable, too large or not UTF-8.</exception>
    public static string ReadText(string path, string name, string expected) =>
        TryReadText(path, name, expected) ?? throw Problem(name, $"file not found; expected {expected}");

    /// <summary>Reads the file at <paramref name="path"/> as <see cref="ReadText"/> does, or returns null when there is none.</summary>
    public static string? TryReadText(string path, string name, string expected)
    {
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            throw Problem(name, $"this is not a valid file path; expected the path of a file holding {expected}");
        }

        var refused = InputFileKinds.Of(path) switch
        {
            InputFileKind.Missing => null,
            InputFileKind.Regular => string.Empty,
            InputFileKind.Folder => "this is a folder, not a file",
            InputFileKind.Pipe => "this is a pipe, not a regular file",
            InputFileKind.Device => "this is a device, not a regular file",
            InputFileKind.Socket => "this is a socket, not a regular file",
            InputFileKind.LinkLoop => "the symbolic links lead round in a loop",
            _ => "permission denied on a folder of the path",
        };
        if (refused is null)
        {
            return null;
        }

        if (refused.Length > 0)
        {
            throw Problem(name, $"{refused}; expected a regular file holding {expected}");
        }

        return Decode(name, ReadBounded(path, name, expected), expected);
    }

    private static byte[] ReadBounded(string path, string name, string expected)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            // One byte more than the size given, so that the end is seen rather than assumed.
            var buffer = new byte[stream.CanSeek ? (int)Math.Min(stream.Length + 1, InputLimits.MaxFileBytes + 1) : 64 * 1024];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > InputLimits.MaxFileBytes)
                    {
                        throw TooLarge(name, buffer, expected);
                    }

                    // The file grew since its size was read: read on, up to the bound.
                    Array.Resize(ref buffer, Math.Min(InputLimits.MaxFileBytes + 1, buffer.Length * 2));
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    return buffer[..length];
                }

                length += read;
            }
        }
        catch (UnauthorizedAccessException exception)
        {
            throw Problem(name, $"permission denied; expected a file you may read, holding {expected}", exception);
        }
        catch (IOException exception)
        {
            throw Problem(name, $"the file cannot be read ({exception.Message.TrimEnd('.')}); expected a readable file holding {expected}", exception);
        }
    }

    private static string Decode(string name, byte[] bytes, string expected)
    {
        var content = bytes.AsSpan();
        if (content.StartsWith(ByteOrderMark))
        {
            content = content[ByteOrderMark.Length..];
        }

        var text = new char[content.Length];
        var status = Utf8.ToUtf16(content, text, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var position = TextPositions.Of(name, text.AsSpan(0, charsWritten), charsWritten);
            throw new InvalidInputException(position, string.Create(CultureInfo.InvariantCulture,
                $"the byte 0x{content[bytesRead]:X2} is not UTF-8 text; expected a text file in UTF-8 holding {expected}"));
        }

        return new string(text, 0, charsWritten);
    }

    private static InvalidInputException TooLarge(string name, byte[] buffer, string expected)
    {
        // Name the line the bound falls on, so that the user sees how far the file got.
        var shown = Encoding.UTF8.GetString(buffer, 0, InputLimits.MaxFileBytes);
        return new InvalidInputException(
            TextPositions.Of(name, shown, shown.Length),
            string.Create(CultureInfo.InvariantCulture,
                $"the file is larger than {InputLimits.MaxFileBytes} bytes; expected {expected} in a file of at most {InputLimits.MaxFileBytes} bytes"));
    }

    private static InvalidInputException Problem(string name, string problem, Exception? cause = null) =>
        cause is null
            ? new InvalidInputException(SourcePosition.OfFile(name), problem)
            : new InvalidInputException(SourcePosition.OfFile(name), problem, cause);
}
