using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecRules.Scenarios.Tests.Schemas;

/// <summary>
/// Turns a YAML file into the JSON an editor's YAML language server validates: plain scalars that
/// are null, true, false or numbers become those JSON values; every other scalar, and every quoted
/// one, is a string (dates included, as JSON has no dates).
/// </summary>
internal static partial class YamlJson
{
    public static JsonElement Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return JsonSerializer.SerializeToElement(ToNode(stream.Documents[0].RootNode));
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToNode(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToNode)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException($"YAML aliases are not used in SecRules files ({node.Start})."),
    };

    private static JsonValue? Plain(string? text) => text switch
    {
        null or "" or "~" or "null" or "Null" or "NULL" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
        _ when Decimal().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?[0-9]*\.[0-9]+$")]
    private static partial Regex Decimal();
}
