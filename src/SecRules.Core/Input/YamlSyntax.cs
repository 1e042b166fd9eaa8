using YamlDotNet.Core;

namespace SecRules.Input;

/// <summary>
/// Puts YamlDotNet's syntax errors in the project's words: what is wrong, then what was expected, so
/// that a malformed file gets the same kind of message as a wrong value.
/// </summary>
internal static class YamlSyntax
{
    /// <summary>The problem when YamlDotNet stops without saying where or why.</summary>
    public const string CannotReadOn =
        "malformed YAML: cannot read on from here; expected a well-formed value (check for an unclosed '[', '{' or quote)";

    // The first entry whose fragment YamlDotNet's message contains gives the problem. YamlDotNet's
    // messages are stable sentences such as "While parsing a flow sequence, did not find expected ',' or ']'."
    private static readonly (string Fragment, string Problem)[] Known =
    [
        ("expected ',' or ']'", "a list in [ ] is not closed, or two of its items lack a ',' between them; expected ',' between items and ']' at the end"),
        ("expected ',' or '}'", "a mapping in { } is not closed, or two of its entries lack a ',' between them; expected ',' between entries and '}' at the end"),
        ("block mapping, did not find expected key", "this line does not fit the mapping above it (check its indentation); expected 'key: value' indented like the other keys"),
        ("block collection, did not find expected '-'", "this line does not fit the list above it (check its indentation); expected '- item' indented like the other items"),
        ("expected node content", "a value is missing or cannot start here; expected a value: text, a list or a mapping"),
        ("did not find expected token", "a value is missing or cannot start here; expected a value: text, a list or a mapping"),
        ("quoted scalar, found unexpected end of stream", "a quoted value is not closed; expected its closing quote"),
        ("quoted scalar, found unexpected document indicator", "a quoted value is not closed before a '---' or '...' line; expected its closing quote"),
        ("unknown escape character", "an unknown escape after '\\' in a double-quoted value; expected one of \\\\ \\\" \\n \\t \\xXX \\uXXXX, or single quotes around text holding backslashes"),
        ("expected hexadecimal number", "a \\x, \\u or \\U escape without its hexadecimal digits; expected \\xXX, \\uXXXX or \\UXXXXXXXX"),
        ("Unicode character escape code", "a \\u or \\U escape names no valid character; expected the code of a character"),
        ("Unicode surrogates", "a \\u escape names half a surrogate pair; expected the code of a whole character"),
        ("wrong indentation", "a quoted value goes on at a line indented less than its key; expected the rest of the value indented"),
        ("tab", "a tab is used to indent; expected spaces"),
        ("Mapping values are not allowed", "a ':' where no mapping can start; expected the value quoted if it holds ': ', or the key on a line of its own"),
        ("Block sequence entries are not allowed", "a '- ' list item where no list can start; expected the list on the lines after its key, indented"),
        ("Mapping keys are not allowed", "a '? ' key where no mapping can start; expected 'key: value'"),
        ("could not find expected ':'", "a key is not followed by ':' on its line; expected 'key: value'"),
        ("found invalid mapping", "a value holds ': ' and so would start a mapping; expected the value quoted"),
        ("cannot start any token", "a character that cannot start a value ('@', '`' or a reserved indicator); expected the value quoted"),
        ("anchor or alias", "an anchor or alias has no valid name; expected '&name' or '*name', the name without []{},"),
        ("Anchor cannot be empty", "an anchor or alias has no valid name; expected '&name' or '*name', the name without []{},"),
        ("Anchor value must not be empty", "an anchor or alias has no valid name; expected '&name' or '*name', the name without []{},"),
        ("Anchor before sequence entry", "an anchor '&name' before a '- ' on the same line; expected the anchor after the '- '"),
        ("more than one anchor", "a value has two anchors; expected at most one '&name'"),
        ("tag", "a tag ('!...') is malformed; expected a value without a tag"),
        ("directive", "a '%' directive is malformed or not allowed here; expected no directive, or the value quoted if it starts with '%'"),
        ("invalid content after '...'", "text follows the document end marker '...' on its line; expected nothing after the document"),
        ("<document start>", "text follows the end of the document; expected nothing after the document (a '...' line ends it)"),
        ("<document end>", "text follows the end of the document; expected nothing after the document (a '...' line ends it)"),
        ("comment", "a comment where YAML allows none; expected a space before '#', or the comment on a line of its own"),
        ("block scalar", "a '|' or '>' block value is malformed; expected the indicator at the end of its line and the text indented below"),
        ("Reached the end of the stream", "the file ends in the middle of a value; expected the rest of the value"),
        ("alias", "an alias names no anchor before it; expected an anchor '&name' earlier in the file"),
        ("not found", "an alias names no anchor before it; expected an anchor '&name' earlier in the file"),
        ("Duplicate key", "a key is given twice in one mapping; expected each key once"),
        ("duplicate key", "a key is given twice in one mapping; expected each key once"),
    ];

    /// <summary>Describes a YamlDotNet error as <c>malformed YAML: problem; expected ...</c>.</summary>
    public static string Describe(YamlException exception)
    {
        var message = Words(exception);
        foreach (var (fragment, problem) in Known)
        {
            if (message.Contains(fragment, StringComparison.Ordinal))
            {
                return $"malformed YAML: {problem}";
            }
        }

        return $"malformed YAML: {InputText.Escape(message)}; expected well-formed YAML";
    }

    // YamlDotNet prefixes its messages with the position it also exposes as marks; keep only the words.
    private static string Words(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && closing > 0)
        {
            message = message[(closing + 3)..];
        }

        return message.Trim().TrimEnd('.');
    }
}
