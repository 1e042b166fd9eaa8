using System.Globalization;
using SecRules.Benchmarks.Measuring;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Benchmarks;

/// <summary>
/// Checks that the rules' decision code called directly (<see cref="DirectEvaluation"/>) gives the
/// engine's findings, every field of every finding in the same order: the ratio of one evaluation to
/// that reference means something only while it does. <see cref="EvaluateBenchmarks"/> checks its
/// own inputs before measuring; <c>--check</c> checks every input under every shipped version.
/// </summary>
internal static class FindingsCheck
{
    /// <summary>Checks every benchmark input, and any scenario files given, under every shipped version.</summary>
    /// <param name="scenarioPaths">Scenario files, or folders searched for <c>*.yaml</c> files, to check as well.</param>
    /// <param name="output">Where to write one line per input and version.</param>
    /// <returns>0 when every check passed, 1 otherwise.</returns>
    public static int Run(IReadOnlyList<string> scenarioPaths, TextWriter output)
    {
        var inputs = Inputs(scenarioPaths).ToList();
        var engine = SectionG.Engine;
        var failures = 0;
        foreach (var version in SectionG.Rulesets.Versions)
        {
            var direct = new DirectEvaluation(version);
            failures += SeedMatchesItsExample(engine, version, output);
            foreach (var (name, facts, date) in inputs)
            {
                try
                {
                    var findings = EnsureSame(name, version, engine.Evaluate(facts, date, version).Findings, direct.Findings(facts, date));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"same    {version.Id,-15} {name}: {findings} findings"));
                }
                catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException)
                {
                    failures++;
                    output.WriteLine($"DIFFER  {version.Id,-15} {name}: {exception.Message}");
                }
            }
        }

        output.WriteLine(failures == 0
            ? string.Create(CultureInfo.InvariantCulture, $"The direct evaluation gives the engine's findings for all {inputs.Count} inputs under all {SectionG.Rulesets.Versions.Count} versions.")
            : string.Create(CultureInfo.InvariantCulture, $"{failures} of {(inputs.Count + 1) * SectionG.Rulesets.Versions.Count} checks failed: align DirectEvaluation with the rules."));
        return failures == 0 ? 0 : 1;
    }

    // The benchmark holds its own copy of the seed example; a copy that has drifted from the example
    // would be measured under the example's name.
    private static int SeedMatchesItsExample(ComplianceEngine engine, RulesetVersion version, TextWriter output)
    {
        var example = ScenarioReader.ReadFile(RepositoryRoot.Of(EvaluationInputs.SeedFile), SectionG.Rulesets);
        var copy = EvaluationInputs.Seed();
        try
        {
            var findings = EnsureSame(
                $"the benchmark's copy of {EvaluationInputs.SeedFile} (engine against engine)",
                version,
                engine.Evaluate(example.Facts, example.EvaluationDate, version).Findings,
                engine.Evaluate(copy.Facts, copy.EvaluationDate, version).Findings);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"same    {version.Id,-15} the seed scenario and {EvaluationInputs.SeedFile}: {findings} findings"));
            return 0;
        }
        catch (InvalidOperationException exception)
        {
            output.WriteLine($"DIFFER  {version.Id,-15} {exception.Message}");
            return 1;
        }
    }

    /// <summary>Throws unless the two lists hold the same findings, field by field, in the same order.</summary>
    /// <param name="input">The name of the input, for the message.</param>
    /// <param name="version">The version evaluated under.</param>
    /// <param name="engine">The engine's findings.</param>
    /// <param name="direct">The direct evaluation's findings.</param>
    /// <returns>How many findings there are.</returns>
    /// <exception cref="InvalidOperationException">The findings differ; the message shows the first difference.</exception>
    public static int EnsureSame(string input, RulesetVersion version, IReadOnlyList<Finding> engine, IReadOnlyList<Finding> direct)
    {
        for (var index = 0; index < Math.Max(engine.Count, direct.Count); index++)
        {
            var expected = index < engine.Count ? Describe(engine[index]) : "(none)";
            var actual = index < direct.Count ? Describe(direct[index]) : "(none)";
            if (expected != actual)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"The decision code called directly does not give the engine's findings for {input} under {version.Id} ({direct.Count} findings, the engine {engine.Count}); first difference at finding {index}:\n  engine: {expected}\n  direct: {actual}"));
            }
        }

        return engine.Count;
    }

    // Every field of a finding, so that two findings described alike are alike.
    private static string Describe(Finding finding) => string.Create(CultureInfo.InvariantCulture,
        $"{finding.Obligation} | {finding.Outcome} | {finding.Subject} | concerning {finding.Concerning?.ToString() ?? "-"} | {finding.Citation.Clause} [{finding.Citation.RulesetVersion}] | {finding.Provenance} | {finding.Message} | facts [{string.Join(", ", finding.Facts)}] | missing [{string.Join("; ", finding.MissingFacts)}] | remedied {finding.Remedied?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} | conditions [{string.Join("; ", finding.Conditions.Select(condition => $"{condition.Condition} ({condition.Status}: {condition.Basis})"))}]");

    private static IEnumerable<(string Name, FactSet Facts, DateOnly Date)> Inputs(IReadOnlyList<string> scenarioPaths)
    {
        var seed = EvaluationInputs.Seed();
        yield return ("the seed scenario", seed.Facts, seed.EvaluationDate);
        foreach (var count in EvaluationInputs.ScaledUserSystemCounts)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"a User with {count} User Systems"), EvaluationInputs.ScaledUserSystems(count), EvaluationInputs.ScaledDate);
        }

        // Several Parties sharing providers, which the engine evaluates in parts.
        yield return ("a population of 20 Parties", Population.Of(20), Population.EvaluationDate);

        foreach (var file in scenarioPaths.SelectMany(ScenarioFiles))
        {
            var scenario = ScenarioReader.ReadFile(file, SectionG.Rulesets);
            yield return (file, scenario.Facts, scenario.EvaluationDate);
        }
    }

    private static IEnumerable<string> ScenarioFiles(string path) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [path];
}
