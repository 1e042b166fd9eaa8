using System.Text;

namespace SecRules.Scenarios.Tests.Robustness;

/// <summary>
/// Damages a YAML file the ways a hostile or careless hand would: flipped bytes, deleted tokens,
/// shuffled or duplicated lines, truncation, deep nesting, control characters, stray YAML
/// indicators, and values at the edges of what the formats accept. Seeded, so that a case can be
/// replayed from its seed.
/// </summary>
internal sealed class YamlMutator(Random random)
{
    private static readonly string[] Indicators =
    [
        "[", "]", "{", "}", ",", ": ", "- ", "? ", "&a ", "*a", "*b", "!", "!!str ", "!!binary ", "|", ">", "\"", "'", "#", "%YAML 1.2\n",
        "\n...\n", "\n---\n", "\t", "<<: *a", "@", "`", "\\", "\\x", "\\u00", "&a [*a]", "? [a]: b", "- : x", "{a: 1, a: 2}",
    ];

    private static readonly string[] EdgeValues =
    [
        "9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01", "1900-01-01", "2200-12-31", "2019-02-29", "2019-13-01",
        "2019-06-30T25:00", "-1", "0", "2147483647", "2147483648", "99999999999999999999", "1e5", "0x10", "1.5", "+3",
        "null", "~", "''", "\"\"", "true", "yes", "9999 years", "101 years", "1201 months", "0 months", "0 days",
        "9999 working days", "1 working day", "in-house", "P1", "S1", "A1", "post-secmp0057", "../../etc/passwd", "/etc/passwd",
        "\"\\e[31mred\\e[0m\"", "\"line\\nbreak\"", "\"\\0\"", new string('x', 5000),
    ];

    private static readonly string[] ControlCharacters =
        ["\0", "\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\u001B", "\u001B[31m", "\u007F", "\u0085", "\u009B", "\u2028", "\u202E", "\uFEFF", "\uFFFF"];

    private readonly List<string> _applied = [];

    /// <summary>Gets the mutations applied by the last <see cref="Mutate"/>, for the failure message.</summary>
    public IReadOnlyList<string> Applied => _applied;

    public byte[] Mutate(byte[] original)
    {
        _applied.Clear();
        var bytes = original;
        var count = random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            bytes = random.Next(11) switch
            {
                0 => FlipByte(bytes),
                1 => OnText(bytes, DeleteToken),
                2 => OnText(bytes, ShuffleLines),
                3 => Truncate(bytes),
                4 => OnText(bytes, Nest),
                5 => OnText(bytes, InsertControlCharacter),
                6 => OnText(bytes, InsertIndicator),
                7 => OnText(bytes, ReplaceValue),
                8 => OnText(bytes, DuplicateLine),
                9 => OnText(bytes, Reindent),
                _ => OnText(bytes, DeleteLine),
            };
        }

        return bytes;
    }

    private byte[] FlipByte(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        var at = random.Next(copy.Length);
        copy[at] = random.Next(2) == 0 ? (byte)(copy[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        _applied.Add($"byte {at} set to 0x{copy[at]:X2}");
        return copy;
    }

    private byte[] Truncate(byte[] bytes)
    {
        var at = random.Next(bytes.Length + 1);
        _applied.Add($"truncated at byte {at}");
        return bytes[..at];
    }

    private static byte[] OnText(byte[] bytes, Func<string, string> change) =>
        Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes)));

    private string DeleteToken(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var (start, length) = tokens[random.Next(tokens.Count)];
        _applied.Add($"deleted '{text.Substring(start, length)}' at {start}");
        return text.Remove(start, length);
    }

    private string ReplaceValue(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var (start, length) = tokens[random.Next(tokens.Count)];
        var value = EdgeValues[random.Next(EdgeValues.Length)];
        _applied.Add($"replaced '{text.Substring(start, length)}' at {start} by '{Shorten(value)}'");
        return text.Remove(start, length).Insert(start, value);
    }

    private string ShuffleLines(string text)
    {
        var lines = text.Split('\n');
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        _applied.Add($"swapped lines {a + 1} and {b + 1}");
        return string.Join('\n', lines);
    }

    private string DuplicateLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        lines.Insert(random.Next(lines.Count + 1), lines[at]);
        _applied.Add($"duplicated line {at + 1}");
        return string.Join('\n', lines);
    }

    private string DeleteLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        lines.RemoveAt(at);
        _applied.Add($"deleted line {at + 1}");
        return string.Join('\n', lines);
    }

    private string Reindent(string text)
    {
        var lines = text.Split('\n');
        var at = random.Next(lines.Length);
        var shift = random.Next(-4, 5);
        lines[at] = shift >= 0 ? new string(' ', shift) + lines[at] : lines[at].TrimStart().PadLeft(Math.Max(0, lines[at].Length + shift));
        _applied.Add($"indented line {at + 1} by {shift}");
        return string.Join('\n', lines);
    }

    private string Nest(string text)
    {
        var depth = random.Next(4) == 0 ? random.Next(1000, 100_001) : random.Next(1, 80);
        var opening = random.Next(3) switch
        {
            0 => "[",
            1 => "{a: ",
            _ => "- ",
        };
        var at = random.Next(text.Length + 1);
        _applied.Add($"nested '{opening}' {depth} deep at {at}");
        return text.Insert(at, string.Concat(Enumerable.Repeat(opening, depth)));
    }

    private string InsertControlCharacter(string text)
    {
        var control = ControlCharacters[random.Next(ControlCharacters.Length)];
        var at = random.Next(text.Length + 1);
        _applied.Add($"inserted U+{(int)control[0]:X4} at {at}");
        return text.Insert(at, control);
    }

    private string InsertIndicator(string text)
    {
        var indicator = Indicators[random.Next(Indicators.Length)];
        var at = random.Next(text.Length + 1);
        _applied.Add($"inserted '{indicator.Replace("\n", "\\n", StringComparison.Ordinal)}' at {at}");
        return text.Insert(at, indicator);
    }

    private static List<(int Start, int Length)> Tokens(string text)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (':' or ',' or '[' or ']' or '{' or '}');
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
        }

        return tokens;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "..." : value;
}
