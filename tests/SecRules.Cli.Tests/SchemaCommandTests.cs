using SecRules.Cli.Tests.Support;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests;

public class SchemaCommandTests
{
    private static readonly string[] Expected =
        ["baseline", "calendar", "diff-output", "evaluate-output", "explore-output", "manifest", "modification", "scenario"];

    [Test]
    public void Schema_EveryFileUnderSchemas_TravelsWithTheTool()
    {
        var files = Directory.GetFiles(RepositoryPaths.Of("schemas"), "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        var run = CliRun.Of("schema");

        run.ExitCode.Should().Be(0);
        foreach (var name in Expected)
        {
            run.Out.Should().MatchRegex($"\\n{name} +[a-z-]+\\.schema\\.json +SecRules ");
        }

        Expected.Select(Commands.SchemaCommand.FileName).Order(StringComparer.Ordinal).Should().Equal(files);
    }

    [TestCase("scenario", "scenario.schema.json")]
    [TestCase("manifest", "ruleset-manifest.schema.json")]
    [TestCase("evaluate-output", "evaluate-output.schema.json")]
    public void Schema_Name_WritesThatSchemaExactlyAsTheRepositoryHasIt(string name, string file)
    {
        var run = CliRun.Of("schema", name);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be(File.ReadAllText(RepositoryPaths.Of($"schemas/{file}")));
    }

    [Test]
    public void Schema_Out_WritesEverySchemaUnderItsFileNameSoThatReferencesResolve()
    {
        var folder = Path.Combine(Path.GetDirectoryName(CliRun.WriteFile("marker", string.Empty))!, "schemas");

        var run = CliRun.Of("schema", "--out", folder);

        run.ExitCode.Should().Be(0);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("schemas"), "*.schema.json"))
        {
            File.ReadAllText(Path.Combine(folder, Path.GetFileName(file))).Should().Be(File.ReadAllText(file));
        }
    }

    [Test]
    public void Schema_UnknownName_ExitsWithTwo()
    {
        var run = CliRun.Of("schema", "scenarios");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("secrules: Argument 'scenarios' not recognized. Must be one of:");
    }

    [Test]
    public void OutputSchemas_RejectAnUndocumentedKeyOrOutcome()
    {
        var json = CliRun.Of("evaluate", RepositoryPaths.Of("examples/seed-second-user-system-from-srp.yaml"), "--format", "json").Out;

        OutputSchemas.Errors("evaluate-output.schema.json", json).Should().BeEmpty();
        OutputSchemas.Errors("evaluate-output.schema.json", json.Replace("\"outcome\": \"breach\"", "\"outcome\": \"guilty\"", StringComparison.Ordinal)).Should().NotBeEmpty();
        OutputSchemas.Errors("evaluate-output.schema.json", json.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"extra\": true,", StringComparison.Ordinal)).Should().NotBeEmpty();
    }
}
