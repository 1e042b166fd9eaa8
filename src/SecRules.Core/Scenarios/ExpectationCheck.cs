using SecRules.Engine;
using SecRules.Findings;

namespace SecRules.Scenarios;

/// <summary>
/// Checks the expectations of scenario files against the findings the engine gives: the one
/// comparison that <c>secrules test</c>, the NUnit integration and any other tool share.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ExpectationCheck
{
    /// <summary>Evaluates a scenario under the version of each of its expectations and checks each.</summary>
    /// <param name="engine">The engine, whose ruleset library the expectations' versions are found in.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="drafted">
    /// Applies proposed modifications over the version each expectation names (see
    /// <see cref="Versioning.RulesetLibrary.ApplyDrafts"/>), to check the expectations against a draft; null to check the versions as shipped.
    /// </param>
    /// <returns>One result per expectation, in the order the file writes them; empty when the scenario has none.</returns>
    /// <exception cref="Input.InvalidInputException">An expectation names a version the library does not have, or a draft does not fit a version.</exception>
    public static IReadOnlyList<ExpectationResult> Run(ComplianceEngine engine, Scenario scenario, Func<Versioning.RulesetVersion, Versioning.RulesetVersion>? drafted = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. scenario.Expectations.Select(expectation => Run(engine, scenario, expectation, drafted))];
    }

    /// <summary>Evaluates a scenario under the version of one expectation and checks it.</summary>
    /// <param name="engine">The engine, whose ruleset library the expectation's version is found in.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="expectation">One of the scenario's expectations, or any other expectation about its facts.</param>
    /// <param name="drafted">Applies proposed modifications over the version the expectation names; null to check it as shipped.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Input.InvalidInputException">The expectation names a version the library does not have, or a draft does not fit it.</exception>
    public static ExpectationResult Run(ComplianceEngine engine, Scenario scenario, Expectation expectation, Func<Versioning.RulesetVersion, Versioning.RulesetVersion>? drafted = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(expectation);
        var shipped = expectation.ResolveVersion(engine.Rulesets);
        var version = drafted is null ? shipped : drafted(shipped);
        return Compare(scenario, expectation, engine.Evaluate(scenario.Facts, scenario.EvaluationDate, version));
    }

    /// <summary>Compares an expectation with the findings of an evaluation made already.</summary>
    /// <param name="scenario">The scenario evaluated.</param>
    /// <param name="expectation">The expectation.</param>
    /// <param name="evaluation">The evaluation, under the version the expectation names.</param>
    /// <returns>The result, with its diff.</returns>
    public static ExpectationResult Compare(Scenario scenario, Expectation expectation, EvaluationResult evaluation)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(expectation);
        ArgumentNullException.ThrowIfNull(evaluation);

        // Findings are matched one for one, so that a finding expected twice must be there twice.
        var unmatched = evaluation.Findings.ToList();
        var shown = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        var lines = new List<ExpectationDiffLine>();
        var missing = new List<ExpectedFinding>();
        foreach (var expected in expectation.Findings)
        {
            var index = unmatched.FindIndex(expected.Matches);
            if (index >= 0)
            {
                lines.Add(ExpectationDiffLine.Of(DiffSide.Same, expected));
                unmatched.RemoveAt(index);
            }
            else
            {
                lines.Add(ExpectationDiffLine.Of(DiffSide.Expected, expected));
                missing.Add(expected);
            }
        }

        foreach (var absent in expectation.Absent)
        {
            var present = evaluation.Findings.Where(absent.Matches).ToList();
            lines.Add(ExpectationDiffLine.Absent(present.Count == 0 ? DiffSide.Same : DiffSide.Expected, absent));
            foreach (var finding in present.Where(shown.Add))
            {
                lines.Add(ExpectationDiffLine.Of(DiffSide.Actual, finding));
            }
        }

        // Under at-least, other findings are none of the expectation's business, except those that
        // stand where a missing one was expected: they show what the engine concluded instead.
        var unexpected = expectation.Match == ExpectationMatch.Exactly
            ? unmatched
            : unmatched.Where(finding => missing.Any(expected => expected.Obligation == finding.Obligation && expected.Subject == finding.Subject.Id));
        foreach (var finding in unexpected.Where(shown.Add))
        {
            lines.Add(ExpectationDiffLine.Of(DiffSide.Actual, finding));
        }

        var order = evaluation.Version.FindingOrder;
        var diff = lines
            .OrderBy(line => order.IndexOf(line.Obligation))
            .ThenBy(line => line.Subject, StringComparer.Ordinal)
            .ThenBy(line => line.Side)
            .ToList();
        return new ExpectationResult(scenario, expectation, evaluation, diff);
    }
}
