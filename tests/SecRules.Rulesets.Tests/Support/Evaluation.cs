using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Rulesets.Tests.Support;

/// <summary>Evaluates facts with the shipped rulesets and picks out findings.</summary>
internal static class Evaluation
{
    public static readonly string[] AllVersions = ["pre-secmp0044", "post-secmp0044", "post-secmp0057", "post-mp091"];

    public static IReadOnlyList<Finding> Findings(FactSet facts, string evaluationDate, string version) =>
        SectionG.Engine.Evaluate(facts, Build.Date(evaluationDate), version).Findings;

    public static Finding Single(FactSet facts, string evaluationDate, string version, string obligation, string subject)
    {
        var matching = Findings(facts, evaluationDate, version)
            .Where(finding => finding.Obligation == obligation && finding.Subject.Id == subject)
            .ToList();
        matching.Should().ContainSingle($"one {obligation} finding for {subject} is expected under {version}");
        return matching[0];
    }
}
