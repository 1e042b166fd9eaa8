using NUnit.Framework;
using SecRules.Engine;
using SecRules.Scenarios;

namespace SecRules.Testing;

/// <summary>
/// One NUnit test case made from a scenario file: one expectation of the scenario (so one version),
/// or, for a file without expectations, its evaluation under every version, or, for a file that
/// cannot be read, the error that says why.
/// </summary>
/// <remarks>Built by <see cref="ScenarioCases"/>; run it with <see cref="Verify"/>.</remarks>
public sealed class ScenarioCase
{
    private readonly ComplianceEngine? _engine;

    private ScenarioCase(string name, string file, ComplianceEngine? engine, Scenario? scenario, Expectation? expectation, string? error)
    {
        Name = name;
        File = file;
        _engine = engine;
        Scenario = scenario;
        Expectation = expectation;
        Error = error;
    }

    /// <summary>Gets the test case's name: the file's path below the folder, without <c>.yaml</c> or <c>.yml</c>, and the version in brackets.</summary>
    public string Name { get; }

    /// <summary>Gets the scenario file.</summary>
    public string File { get; }

    /// <summary>Gets the scenario, or null when the file could not be read.</summary>
    public Scenario? Scenario { get; }

    /// <summary>Gets the expectation the case checks, or null for a scenario without expectations.</summary>
    public Expectation? Expectation { get; }

    /// <summary>Gets why the file could not be read (<c>file:line:column: problem; expected ...</c>), or null when it was.</summary>
    public string? Error { get; }

    /// <summary>
    /// Runs the case: evaluates the scenario and checks the expectation, failing the NUnit test with
    /// the diff of expected against actual findings when it is not met.
    /// </summary>
    /// <returns>The result of the check, or null for a scenario without expectations, which passes when it evaluates under every version.</returns>
    public ExpectationResult? Verify()
    {
        if (Error is not null)
        {
            Assert.Fail(Error);
        }

        if (Expectation is null)
        {
            _ = _engine!.EvaluateAll(Scenario!.Facts, Scenario.EvaluationDate);
            return null;
        }

        var result = ExpectationCheck.Run(_engine!, Scenario!, Expectation);
        if (!result.Passed)
        {
            Assert.Fail(result.Report());
        }

        return result;
    }

    /// <summary>Gets the case's <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal static ScenarioCase Checking(string name, ComplianceEngine engine, Scenario scenario, Expectation expectation) =>
        new(name, scenario.File, engine, scenario, expectation, null);

    internal static ScenarioCase Evaluating(string name, ComplianceEngine engine, Scenario scenario) =>
        new(name, scenario.File, engine, scenario, null, null);

    internal static ScenarioCase Failing(string name, string file, string error) =>
        new(name, file, null, null, null, error);
}
