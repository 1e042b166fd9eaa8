using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecRules.Input;

/// <summary>
/// One YAML node together with the file it came from, read strictly: every conversion names the
/// position and what was expected when the node is not of that kind.
/// </summary>
internal readonly struct YamlValue
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    public YamlValue(string file, YamlNode node)
    {
        File = file;
        Node = node;
    }

    public string File { get; }

    public YamlNode Node { get; }

    public SourcePosition Position => YamlInput.Position(File, Node);

    /// <summary>Gets whether the node is an explicit null (<c>~</c>, <c>null</c> or nothing after the colon).</summary>
    public bool IsNull => Node is YamlScalarNode { Style: ScalarStyle.Plain } scalar
        && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>Gets whether the node is the plain scalar <paramref name="word"/>.</summary>
    public bool IsWord(string word) => Node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && scalar.Value == word;

    public InvalidInputException Error(string problem) => new(Position, problem);

    public YamlMappingReader AsMapping(string expected, params string[] keys)
    {
        if (Node is YamlMappingNode mapping)
        {
            return new YamlMappingReader(File, mapping, expected, keys);
        }

        throw Error($"found {KindOfNode()}; expected {expected} (a mapping of key: value pairs)");
    }

    public IReadOnlyList<YamlValue> AsSequence(string expected)
    {
        if (Node is YamlSequenceNode sequence)
        {
            var file = File;
            return sequence.Children.Select(child => new YamlValue(file, child)).ToList();
        }

        throw Error($"found {KindOfNode()}; expected {expected} (a list)");
    }

    public string AsText(string expected)
    {
        if (Node is YamlScalarNode scalar && !IsNull && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            var control = scalar.Value.FirstOrDefault(c => c is not ('\n' or '\t') && InputText.IsUnprintable(c));
            return control == default
                ? scalar.Value
                : throw Error(FormattableString.Invariant(
                    $"{InputText.Quote(scalar.Value)} holds the control character U+{(int)control:X4}; expected {expected}, in printable text"));
        }

        throw Error($"found {KindOfNode()}; expected {expected}");
    }

    public string AsIdentifier(string expected)
    {
        var text = AsText(expected);
        if (Identifiers.IsValid(text))
        {
            return text;
        }

        throw Error($"{InputText.Quote(text)} is not a valid id; expected {expected}: letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    /// <summary>Reads the path of a file inside the folder of the file being read, refusing any that would lead out of it.</summary>
    public string AsRelativePath(string expected)
    {
        var text = AsText(expected);
        if (Path.IsPathRooted(text) || text.Split('/', '\\').Contains("..") || text.Contains(':', StringComparison.Ordinal))
        {
            throw Error($"the path {InputText.Quote(text)} leads outside the ruleset folder; expected {expected}: a relative path inside the folder, without '..'");
        }

        return text;
    }

    public DateOnly AsDate(string expected = "a date as YYYY-MM-DD")
    {
        var text = AsText(expected);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Supported(date, text, expected);
        }

        throw Error($"{InputText.Quote(text)} is not a valid date; expected {expected}");
    }

    public Facts.FactTime AsFactTime(string expected = "a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM")
    {
        var text = AsText(expected);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Facts.FactTime(Supported(date, text, expected));
        }

        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            return new Facts.FactTime(Supported(DateOnly.FromDateTime(dateTime), text, expected), TimeOnly.FromDateTime(dateTime));
        }

        throw Error($"{InputText.Quote(text)} is not a valid date or date and time; expected {expected}");
    }

    public int AsInteger(string expected, int minimum = int.MinValue)
    {
        var text = AsText(expected);
        var digits = text.StartsWith('-') ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            throw Error($"{InputText.Quote(text)} is not a whole number; expected {expected}, written in digits only");
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(FormattableString.Invariant($"{InputText.Quote(text)} is too large; expected {expected}, at most {int.MaxValue}"));
        }

        if (value < minimum)
        {
            throw Error(FormattableString.Invariant($"{InputText.Quote(text)} is less than {minimum}; expected {expected}"));
        }

        return value;
    }

    public bool AsBoolean(string expected = "true or false")
    {
        var text = AsText(expected);
        return text switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error($"{InputText.Quote(text)} is not a boolean; expected {expected}"),
        };
    }

    public TEnum AsEnum<TEnum>(string expected)
        where TEnum : struct, Enum
    {
        var text = AsText(expected);
        if (EnumNames<TEnum>.TryParse(text, out var value))
        {
            return value;
        }

        throw Error($"{InputText.Quote(text)} is not {expected}; expected one of: {string.Join(", ", EnumNames<TEnum>.All)}");
    }

    // Every date the rules compute from a supported date (at most a bounded period away) is a valid date.
    private DateOnly Supported(DateOnly date, string text, string expected) =>
        SupportedDates.Contains(date)
            ? date
            : throw Error($"{InputText.Quote(text)} is outside the dates SecRules supports; expected {expected}, {SupportedDates.Range}");

    public string KindOfNode() => Node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull => "nothing",
        YamlScalarNode scalar => InputText.Quote(scalar.Value ?? string.Empty),
        _ => "an alias",
    };
}
