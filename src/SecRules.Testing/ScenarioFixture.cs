using SecRules.Engine;
using SecRules.Rulesets;

namespace SecRules.Testing;

/// <summary>
/// The base of a one-line NUnit fixture that runs a folder of scenario files: one test case per
/// scenario and version its expectations name, each failing with the diff of expected against
/// actual findings.
/// </summary>
/// <example>
/// <code>
/// [TestFixture]
/// public class CompanyScenarios() : ScenarioFixture("scenarios");
/// </code>
/// </example>
/// <remarks>
/// <para>
/// Keep the <c>[TestFixture]</c> attribute: NUnit runs only the assemblies that use its framework
/// themselves, and a project whose only tests are inherited from this class would otherwise run none.
/// </para>
/// <para>
/// The folder is found by <see cref="TestFiles.Locate"/>: a relative path is looked for in the
/// test's output folder, then in each folder above it. The cases are made when NUnit discovers the
/// tests, so the derived class needs a constructor NUnit can call (no parameters, or the arguments
/// of its <c>[TestFixture(...)]</c> attribute).
/// </para>
/// </remarks>
public abstract class ScenarioFixture
{
    /// <summary>Creates the fixture for a folder of scenario files.</summary>
    /// <param name="folder">The folder, searched with its subfolders for <c>*.yaml</c> or <c>*.yml</c> files.</param>
    protected ScenarioFixture(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = folder;
    }

    /// <summary>Gets the folder of scenario files.</summary>
    public string Folder { get; }

    /// <summary>Gets the engine the scenarios are evaluated with: by default the rulesets embedded in SecRules.Rulesets.</summary>
    /// <remarks>Override it to test a ruleset folder a drafter edits, with <c>new ComplianceEngine(SectionG.LoadRulesets(path))</c>.</remarks>
    protected internal virtual ComplianceEngine Engine => SectionG.Engine;

    /// <summary>Runs one scenario case.</summary>
    /// <param name="scenario">The case.</param>
    [ScenarioCaseSource]
    public void Scenario(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Verify();
    }
}
