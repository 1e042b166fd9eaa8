using System.Globalization;
using SecRules.Engine;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Scenarios;

namespace SecRules.Cli.Text;

/// <summary>The readable text form of evaluation results: one table of findings per ruleset version.</summary>
internal static class FindingsReport
{
    private const int MessageWidth = 96;
    private const string Indent = "  ";

    public static void Write(TextWriter writer, Scenario scenario, IReadOnlyList<EvaluationResult> results)
    {
        writer.WriteLine($"Scenario:        {scenario.Name}");
        writer.WriteLine($"File:            {scenario.File}");
        writer.WriteLine($"Evaluation date: {TextFormat.Date(scenario.EvaluationDate)}");
        foreach (var result in results)
        {
            writer.WriteLine();
            WriteResult(writer, result);
        }
    }

    public static void WriteResult(TextWriter writer, EvaluationResult result)
    {
        writer.WriteLine($"== {TextFormat.Version(result.Version)}");
        writer.WriteLine($"   ruleset {TextFormat.ShortHash(result.Receipt.RulesetContentHash)}, engine {result.Receipt.EngineVersion}");
        writer.WriteLine($"   {Summary(result.Findings)}");
        if (result.Findings.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        var table = new TextTable("#", "OUTCOME", "OBLIGATION", "SUBJECT", "CITATION", "PROVENANCE");
        for (var index = 0; index < result.Findings.Count; index++)
        {
            var finding = result.Findings[index];
            table.Add((index + 1).ToString(CultureInfo.InvariantCulture), finding.Outcome.ToString(), finding.Obligation,
                finding.Subject.ToString(), finding.Citation.Clause, EnumText.Of(finding.Provenance));
        }

        table.Write(writer, Indent);
        writer.WriteLine();
        for (var index = 0; index < result.Findings.Count; index++)
        {
            WriteDetails(writer, index + 1, result.Findings[index]);
        }
    }

    private static void WriteDetails(TextWriter writer, int number, Finding finding)
    {
        var label = $"{Indent}{number}. ";
        TextFormat.WriteWrapped(writer, label, finding.Message, MessageWidth);
        var detail = new string(' ', label.Length);
        foreach (var missing in finding.MissingFacts)
        {
            writer.WriteLine($"{detail}missing: {missing}");
        }

        foreach (var condition in finding.Conditions)
        {
            writer.WriteLine($"{detail}[{EnumText.Of(condition.Status)}] {condition.Condition}");
            foreach (var line in TextFormat.Wrap(condition.Basis, MessageWidth - 4))
            {
                writer.WriteLine($"{detail}    {line}");
            }
        }
    }

    private static string Summary(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "no findings";
        }

        var counts = findings
            .GroupBy(finding => finding.Outcome)
            .OrderBy(group => group.Key)
            .Select(group => $"{group.Count()} {EnumText.Of(group.Key).Replace('-', ' ')}");
        return $"{findings.Count} finding{(findings.Count == 1 ? string.Empty : "s")}: {string.Join(", ", counts)}";
    }
}
