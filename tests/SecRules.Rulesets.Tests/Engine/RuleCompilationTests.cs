using System.Diagnostics.CodeAnalysis;
using SecRules.Engine;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace SecRules.Rulesets.Tests.Engine;

/// <summary>Rules compiled to IL and rules interpreted must conclude the same, finding for finding.</summary>
public class RuleCompilationTests
{
    private static readonly ComplianceEngine Interpreting = new(SectionG.Rulesets, RuleCompilation.Interpreted);

    [Property(Arbitrary = [typeof(Populations)], MaxTest = 60, QuietOnSuccess = true)]
    [SuppressMessage("Structure", "NUnit1027", Justification = "FsCheck draws the population.")]
    public void Evaluate_InterpretedRules_GiveWhatCompiledRulesGive(Population population)
    {
        var compiled = SectionG.Engine.EvaluateAll(population.Facts, population.EvaluationDate);
        var interpreted = Interpreting.EvaluateAll(population.Facts, population.EvaluationDate);

        interpreted.Select(result => Describe(result.Findings)).Should().Equal(compiled.Select(result => Describe(result.Findings)));
    }

    [Test]
    public void Engine_ByDefault_CompilesItsRules()
    {
        SectionG.Engine.Compilation.Should().Be(RuleCompilation.Compiled);
        new ComplianceEngine(SectionG.Rulesets).Compilation.Should().Be(RuleCompilation.Compiled);
        Interpreting.Compilation.Should().Be(RuleCompilation.Interpreted);
    }

    private static string Describe(IEnumerable<Finding> findings) => string.Join(
        "\n",
        findings.Select(finding => $"{finding} {finding.Message} [{string.Join(", ", finding.Facts)}] [{string.Join("; ", finding.MissingFacts)}] [{string.Join("; ", finding.Conditions)}]"));
}
