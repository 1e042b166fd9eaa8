using SecRules.Facts;
using SecRules.Scenarios;

namespace SecRules.Rulesets.Tests.Support;

/// <summary>A generated population and the date to evaluate it at; it prints as a scenario file, so that a failing case can be run with the command line.</summary>
/// <param name="Facts">The facts.</param>
/// <param name="EvaluationDate">The evaluation date.</param>
public sealed record Population(FactSet Facts, DateOnly EvaluationDate)
{
    public override string ToString() => Environment.NewLine + ScenarioWriter.Write(new Scenario
    {
        Name = "Generated population",
        File = "population.yaml",
        EvaluationDate = EvaluationDate,
        Facts = Facts,
    });
}
