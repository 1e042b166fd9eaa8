using SecRules.Output;
using SecRules.Rulesets;
using SecRules.Scenarios.Tests.Schemas;
using SecRules.Tests.Shared;
using Snapshooter;
using Snapshooter.NUnit;

namespace SecRules.Scenarios.Tests.Snapshots;

/// <summary>
/// Holds the JSON result of every shipped scenario under every version in a reviewed snapshot, so
/// that any change in any finding, message or ruleset hash shows up in review as a diff of a .snap file.
/// </summary>
public class ShippedResultSnapshotTests
{
    private const string Name = nameof(ShippedResultSnapshotTests);

    private static readonly string[] Folders = ["examples", "scenarios"];

    private static readonly string SnapshotFolder = RepositoryPaths.Of("tests/SecRules.Scenarios.Tests/Snapshots/__snapshots__");

    public static IEnumerable<TestCaseData> Cases() =>
        from file in ShippedFiles()
        from version in SectionG.Rulesets.Versions
        select new TestCaseData(file, version.Id).SetName($"{file} [{version.Id}]");

    [TestCaseSource(nameof(Cases))]
    public void Evaluate_ShippedScenario_MatchesTheReviewedSnapshot(string file, string version)
    {
        var scenario = ScenarioReader.ReadFile(RepositoryPaths.Of(file), SectionG.Rulesets);

        var result = SectionG.Engine.Evaluate(scenario.Facts, scenario.EvaluationDate, version);

        var json = ResultJson.Write(scenario, [result]);
        SchemaFiles.JsonErrors(SchemaFiles.EvaluateOutput, json).Should().BeEmpty("the JSON follows schemas/evaluate-output.schema.json");
        Snapshot.Match(json, Snapshot.FullName(Name, Extension(file, version)));
    }

    [Test]
    public void SnapshotFolder_EverySnapshot_BelongsToAShippedScenarioAndVersion()
    {
        var expected = Cases().Select(testCase => FileName((string)testCase.Arguments[0]!, (string)testCase.Arguments[1]!));

        var orphans = Directory.EnumerateFiles(SnapshotFolder, "*.snap").Select(Path.GetFileName).Except(expected);

        orphans.Should().BeEmpty("a snapshot of a scenario or version that is gone must be deleted with it");
    }

    // Named after the scenario's path and the version only (not the test's arguments, which Snapshooter
    // would append again), so that names are short and survive new files and versions.
    private static SnapshotNameExtension Extension(string file, string version) =>
        SnapshotNameExtension.Create(Path.ChangeExtension(file, null).Replace('/', '.'), version);

    private static string FileName(string file, string version) =>
        $"{Name}{Extension(file, version).ToParamsString()}.snap";

    private static IEnumerable<string> ShippedFiles() =>
        ScenarioFiles.Find(Folders.Select(RepositoryPaths.Of))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'));
}
