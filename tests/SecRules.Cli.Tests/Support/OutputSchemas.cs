using System.Text.Json;
using Json.Schema;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests.Support;

/// <summary>The JSON Schemas of the JSON output under schemas/, against which every JSON output the tests make is validated.</summary>
internal static class OutputSchemas
{
    // Built in dependency order, under an https base with the files' layout, so that their relative
    // $refs resolve (JsonSchema.Net does not resolve them against file: URIs).
    private static readonly string[] Files = ["evaluate-output.schema.json", "diff-output.schema.json", "explore-output.schema.json"];
    private static readonly Uri BaseUri = new("https://secrules.test/schemas/");

    private static readonly Lazy<Dictionary<string, JsonSchema>> Built = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return Files.ToDictionary(file => file, file => JsonSchema.FromFile(RepositoryPaths.Of($"schemas/{file}"), options, new Uri(BaseUri, file)));
    });

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Gets the schema of a command's JSON output, or null for a command whose output has none.</summary>
    public static string? For(string command) => command switch
    {
        "evaluate" => Files[0],
        "diff" => Files[1],
        "explore" => Files[2],
        _ => null,
    };

    /// <summary>Lists what in a JSON text the schema does not allow, as <c>location: message</c>.</summary>
    public static IReadOnlyList<string> Errors(string file, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Built.Value[file].Evaluate(document.RootElement, Evaluation);
        return results.IsValid
            ? []
            : [.. (results.Details ?? [results])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))];
    }
}
