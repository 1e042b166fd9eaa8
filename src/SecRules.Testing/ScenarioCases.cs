using NUnit.Framework;
using SecRules.Engine;
using SecRules.Input;
using SecRules.Rulesets;
using SecRules.Scenarios;

namespace SecRules.Testing;

/// <summary>
/// Makes NUnit test cases from a folder of scenario files: one per expectation of each scenario,
/// named after the file and the version it checks.
/// </summary>
/// <example>
/// Use <see cref="ScenarioFixture"/> for a one-line fixture, or name this class as a test case source:
/// <code>
/// [TestCaseSource(typeof(ScenarioCases), nameof(ScenarioCases.From), new object[] { "scenarios" })]
/// public void Scenario(ScenarioCase scenario) => scenario.Verify();
/// </code>
/// </example>
public static class ScenarioCases
{
    /// <summary>
    /// Makes the test cases of every <c>*.yaml</c> or <c>*.yml</c> file in a folder and its subfolders, checked with the
    /// rulesets embedded in SecRules.Rulesets.
    /// </summary>
    /// <param name="folder">
    /// The folder. A relative path is looked for in the test's output folder first, then in each
    /// folder above it (<see cref="TestFiles.Locate"/>), so that a folder beside the test project or
    /// at the repository root is found without copying it to the output.
    /// </param>
    /// <returns>
    /// One case per expectation, in file order; one case per file without expectations, which checks
    /// that it evaluates; and one failing case per file that cannot be read, or for a folder that is
    /// not found, so that one bad file never hides the others.
    /// </returns>
    public static IEnumerable<TestCaseData> From(string folder) => From(folder, SectionG.Engine);

    /// <summary>Makes the test cases of every <c>*.yaml</c> or <c>*.yml</c> file in a folder, checked with a given engine (rulesets a drafter edits, say).</summary>
    /// <param name="folder">The folder, found as <see cref="From(string)"/> finds it.</param>
    /// <param name="engine">The engine to evaluate with; expectations name versions of its ruleset library.</param>
    /// <returns>The test cases, as <see cref="From(string)"/> makes them.</returns>
    public static IEnumerable<TestCaseData> From(string folder, ComplianceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(engine);
        return Cases(folder, engine).Select(scenario => new TestCaseData(scenario).SetName(scenario.Name));
    }

    /// <summary>Makes the <see cref="ScenarioCase"/>s of every <c>*.yaml</c> or <c>*.yml</c> file in a folder.</summary>
    /// <param name="folder">The folder, found as <see cref="From(string)"/> finds it.</param>
    /// <param name="engine">The engine to evaluate with.</param>
    /// <returns>The cases, as <see cref="From(string)"/> makes them.</returns>
    internal static IReadOnlyList<ScenarioCase> Cases(string folder, ComplianceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(engine);
        var root = TestFiles.Locate(folder);
        IReadOnlyList<string> files;
        try
        {
            files = ScenarioFiles.Find([root]);
        }
        catch (InvalidInputException exception)
        {
            return [ScenarioCase.Failing($"{folder} (no scenarios)", folder, exception.Message)];
        }

        var cases = new List<ScenarioCase>();
        foreach (var file in files)
        {
            var name = Path.ChangeExtension(Path.GetRelativePath(root, file), null).Replace('\\', '/');
            Scenario scenario;
            try
            {
                scenario = ScenarioReader.ReadFile(file, engine.Rulesets);
            }
            catch (InvalidInputException exception)
            {
                cases.Add(ScenarioCase.Failing($"{name} (invalid)", file, exception.Message));
                continue;
            }

            if (scenario.Expectations.Count == 0)
            {
                cases.Add(ScenarioCase.Evaluating($"{name} (no expectations)", engine, scenario));
            }

            foreach (var expectation in scenario.Expectations)
            {
                var version = expectation.AsOf is null ? expectation.Ruleset : $"{expectation.ResolveVersion(engine.Rulesets).Id}, {expectation.Selector}";
                cases.Add(ScenarioCase.Checking($"{name} [{version}]", engine, scenario, expectation));
            }
        }

        return cases;
    }
}
