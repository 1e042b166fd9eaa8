using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Rulesets;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Schemas;

/// <summary>
/// The schemas and the loader agree: each file under Rejected/ (one defect each, and a
/// <c># loader:</c> line with the problem the loader reports) is rejected by both, and the enums the
/// schemas list are the names the loader reads.
/// </summary>
public class SchemaAgreementTests
{
    private const string LoaderLine = "# loader: ";

    private static readonly string RejectedFolder = RepositoryPaths.Of("tests/SecRules.Scenarios.Tests/Schemas/Rejected");

    public static IEnumerable<TestCaseData> RejectedFiles() =>
        Directory.EnumerateFiles(RejectedFolder, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RejectedFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(file => new TestCaseData(file).SetName(file));

    [TestCaseSource(nameof(RejectedFiles))]
    public void RejectedFile_WithOneDefect_IsRejectedByTheSchemaAndByTheLoader(string file)
    {
        var path = Path.Combine(RejectedFolder, file);
        var schema = $"{Path.GetDirectoryName(file)}.schema.json";
        var problem = File.ReadLines(path).Skip(1).First();
        problem.Should().StartWith(LoaderLine, "the second line says what the loader reports");

        var schemaErrors = SchemaFiles.Errors(schema, path);
        var load = () => Load(schema, path);

        Path.GetFileName(SchemaFiles.NamedBy(path)).Should().Be(schema);
        schemaErrors.Should().NotBeEmpty($"the schema must reject what the loader rejects: {problem[LoaderLine.Length..]}");
        load.Should().Throw<InvalidInputException>().Which.Problem.Should().Contain(problem[LoaderLine.Length..]);
    }

    [Test]
    public void ScenarioSchema_Enums_AreTheNamesTheLoaderReads()
    {
        Enum(SchemaFiles.Scenario, "partyCategory").Should().Equal(EnumText.All<PartyCategory>());
        Enum(SchemaFiles.Scenario, "userRole").Should().Equal(EnumText.All<UserRole>());
        Enum(SchemaFiles.Scenario, "assessmentKind").Should().Equal(EnumText.All<AssessmentKind>());
        Enum(SchemaFiles.Scenario, "sscDecisionKind").Should().Equal(EnumText.All<SscDecisionKind>());
        Enum(SchemaFiles.Scenario, "outcome").Should().Equal(EnumText.All<Outcome>());
        Enum(SchemaFiles.Scenario, "match").Should().Equal(EnumText.All<ExpectationMatch>());
    }

    [Test]
    public void OutputSchemas_Enums_AreTheNamesTheToolWrites()
    {
        Enum(SchemaFiles.EvaluateOutput, "outcome").Should().Equal(EnumText.All<Outcome>());
        Enum(SchemaFiles.EvaluateOutput, "provenance").Should().Equal(EnumText.All<Provenance>());
        SchemaFiles.Text(SchemaFiles.DiffOutput).GetProperty("$defs").GetProperty("change").GetProperty("properties").GetProperty("change")
            .GetProperty("enum").EnumerateArray().Select(value => value.GetString()).Should().Equal(EnumText.All<Impact.FindingChangeKind>());
    }

    [Test]
    public void RulesetSchemas_Enums_AreTheNamesTheLoaderReads()
    {
        Enum(SchemaFiles.Baseline, "provenance").Should().Equal(EnumText.All<Provenance>());
        Enum(SchemaFiles.Baseline, "partyCategory").Should().Equal(EnumText.All<PartyCategory>());
    }

    private static List<string?> Enum(string schema, string definition) =>
        [.. SchemaFiles.Text(schema).GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(value => value.GetString())];

    // Ruleset files are loaded as the library loads them: in place of their counterpart in a copy of rulesets/.
    private static void Load(string schema, string path)
    {
        if (schema == SchemaFiles.Scenario)
        {
            ScenarioReader.ReadFile(path, SectionG.Rulesets);
            return;
        }

        var rulesets = Path.Combine(Path.GetTempPath(), "secrules-schema-tests", Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(RepositoryPaths.Of("rulesets"), rulesets);
            var target = schema switch
            {
                SchemaFiles.Baseline => "baseline.yaml",
                SchemaFiles.Modification => "modifications/secmp0057.yaml",
                SchemaFiles.Manifest => "ruleset.yaml",
                _ => "calendars/england-and-wales-bank-holidays.yaml",
            };
            File.Copy(path, Path.Combine(rulesets, target), overwrite: true);

            SectionG.LoadRulesets(rulesets);
        }
        finally
        {
            Directory.Delete(rulesets, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
