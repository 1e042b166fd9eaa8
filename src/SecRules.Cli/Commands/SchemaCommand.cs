using System.CommandLine;
using System.Reflection;
using System.Text.Json;
using SecRules.Cli.Rendering.Text;

namespace SecRules.Cli.Commands;

/// <summary>
/// <c>secrules schema</c>: writes the JSON Schemas of the file formats (scenario, modification,
/// baseline, manifest, calendar) and of the JSON output (evaluate, diff, explore), as the tool carries them.
/// </summary>
internal static class SchemaCommand
{
    private const string Prefix = "schemas/";
    private const string Suffix = ".schema.json";

    // The manifest's file is named for the ruleset it lists; 'manifest' is the name people say.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["manifest"] = "ruleset-manifest" };

    private static readonly Assembly Carrier = typeof(SchemaCommand).Assembly;

    /// <summary>Gets the name of every schema the tool carries, as <c>secrules schema NAME</c> takes it.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. Carrier.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(Prefix, StringComparison.Ordinal) && resource.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(resource => resource[Prefix.Length..^Suffix.Length])
            .Select(stem => Aliases.FirstOrDefault(alias => alias.Value == stem).Key ?? stem)
            .Order(StringComparer.Ordinal),
    ];

    public static Command Create(CliOutput output)
    {
        var name = new Argument<string?>("name")
        {
            Description = "The schema to write to standard output. Without it, the schemas are listed (or, with --out, all written).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        name.AcceptOnlyFromAmong([.. Names]);
        var outDirectory = new Option<string?>("--out")
        {
            Description = "Write the schema (or every schema) to this folder under its file name, where the schemas that refer to each other find each other.",
            HelpName = "DIR",
        };
        var command = new Command("schema", "Write the JSON Schema of a file format (scenario, modification, baseline, manifest, calendar) or of the JSON output (evaluate-output, diff-output, explore-output), for editors and tools.")
        {
            name,
            outDirectory,
        };
        command.SetAction(parsed =>
        {
            var chosen = parsed.GetValue(name);
            var folder = parsed.GetValue(outDirectory);
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
                foreach (var schema in chosen is null ? Names : [chosen])
                {
                    var path = Path.Combine(folder, FileName(schema));
                    File.WriteAllText(path, Text(schema));
                    output.Out.WriteLine(path.Replace('\\', '/'));
                }
            }
            else if (chosen is not null)
            {
                output.Out.Write(Text(chosen));
            }
            else
            {
                var table = new TextTable("NAME", "FILE", "TITLE");
                foreach (var schema in Names)
                {
                    table.Add(schema, FileName(schema), JsonDocument.Parse(Text(schema)).RootElement.GetProperty("title").GetString() ?? string.Empty);
                }

                table.Write(output.Out);
                output.Out.WriteLine();
                output.Out.WriteLine("Run 'secrules schema NAME' to write one, or 'secrules schema --out DIR' to write them all.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Gets the file name a schema has in the repository and in the packages, which the schemas' <c>$ref</c>s use.</summary>
    public static string FileName(string name) => (Aliases.GetValueOrDefault(name) ?? name) + Suffix;

    /// <summary>Gets a schema's text, exactly as the repository holds it.</summary>
    public static string Text(string name)
    {
        using var stream = Carrier.GetManifestResourceStream(Prefix + FileName(name))
            ?? throw new InvalidOperationException($"The tool carries no schema '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
