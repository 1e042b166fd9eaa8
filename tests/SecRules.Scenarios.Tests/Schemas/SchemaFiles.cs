using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Schemas;

/// <summary>
/// The JSON Schemas under schemas/, built once, and the schema a YAML file names on its first line
/// (<c># yaml-language-server: $schema=PATH</c>), as an editor finds it.
/// </summary>
internal static partial class SchemaFiles
{
    public const string Scenario = "scenario.schema.json";
    public const string Baseline = "baseline.schema.json";
    public const string Modification = "modification.schema.json";
    public const string Manifest = "ruleset-manifest.schema.json";
    public const string Calendar = "calendar.schema.json";
    public const string EvaluateOutput = "evaluate-output.schema.json";
    public const string DiffOutput = "diff-output.schema.json";
    public const string ExploreOutput = "explore-output.schema.json";

    // Each schema after those it refers to: the modification schema uses the baseline's definitions,
    // and the output schemas build on the evaluation output's.
    public static readonly string[] All = [Baseline, Modification, Manifest, Calendar, Scenario, EvaluateOutput, DiffOutput, ExploreOutput];

    // The files have no $id, so that an editor resolves their relative $refs by file path. JsonSchema.Net
    // does not resolve relative references against file: URIs, so the schemas are built under an
    // https base with the same layout.
    private static readonly Uri BaseUri = new("https://secrules.test/schemas/");

    private static readonly Lazy<Dictionary<string, JsonSchema>> Built = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return All.ToDictionary(name => name, name => JsonSchema.FromFile(Path.Combine(Folder, name), options, new Uri(BaseUri, name)));
    });

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string Folder => RepositoryPaths.Of("schemas");

    public static JsonSchema Get(string name) => Built.Value[name];

    /// <summary>Gets the schema file a YAML file names on its first line, or null when it names none.</summary>
    public static string? NamedBy(string yamlPath)
    {
        var match = SchemaComment().Match(File.ReadLines(yamlPath).FirstOrDefault() ?? string.Empty);
        return match.Success
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(yamlPath)!, match.Groups["path"].Value))
            : null;
    }

    /// <summary>Validates a YAML file against a schema and lists each error as <c>location: message</c>.</summary>
    public static IReadOnlyList<string> Errors(string schemaName, string yamlPath) => Errors(schemaName, YamlJson.Load(yamlPath));

    /// <summary>Validates JSON text (output of the tool, say) against a schema and lists each error as <c>location: message</c>.</summary>
    public static IReadOnlyList<string> JsonErrors(string schemaName, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Errors(schemaName, document.RootElement);
    }

    private static IReadOnlyList<string> Errors(string schemaName, JsonElement instance)
    {
        var results = Get(schemaName).Evaluate(instance, Evaluation);
        return results.IsValid
            ? []
            : [.. (results.Details ?? [results])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }

    public static JsonElement Text(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name))).RootElement;

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<path>\S+)$")]
    private static partial Regex SchemaComment();
}
