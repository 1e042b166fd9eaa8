using Json.Schema;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Schemas;

/// <summary>Every YAML file the repository ships names its schema on its first line and validates against it.</summary>
public class ShippedFileSchemaTests
{
    private static readonly string[] Folders = ["rulesets", "examples", "scenarios", "samples", "drafts"];

    public static IEnumerable<TestCaseData> ShippedFiles() =>
        Folders.Select(RepositoryPaths.Of)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(file => new TestCaseData(file).SetName(file));

    [TestCaseSource(nameof(ShippedFiles))]
    public void ShippedFile_NamingItsSchema_ValidatesAgainstIt(string file)
    {
        var path = RepositoryPaths.Of(file);

        var schema = SchemaFiles.NamedBy(path);

        schema.Should().NotBeNull("the first line must be '# yaml-language-server: $schema=<relative path>' so that editors validate as the analyst types");
        Path.GetDirectoryName(schema).Should().Be(SchemaFiles.Folder, "the schema must be one of schemas/");
        File.Exists(schema).Should().BeTrue($"{file} names {schema}");
        SchemaFiles.Errors(Path.GetFileName(schema)!, path).Should().BeEmpty();
    }

    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Schema_Itself_IsValidDraft202012(string name)
    {
        var results = MetaSchemas.Draft202012.Evaluate(SchemaFiles.Text(name), new EvaluationOptions { OutputFormat = OutputFormat.List });

        results.IsValid.Should().BeTrue();
        SchemaFiles.Text(name).GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }
}
