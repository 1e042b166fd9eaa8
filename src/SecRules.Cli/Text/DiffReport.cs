using SecRules.Impact;
using SecRules.Input;

namespace SecRules.Cli.Text;

/// <summary>The readable text form of a diff between two versions.</summary>
internal static class DiffReport
{
    private const int MessageWidth = 96;

    public static void Write(TextWriter writer, VersionDiff diff)
    {
        writer.WriteLine($"From: {ComparisonText.Version(diff.From)}");
        writer.WriteLine($"To:   {ComparisonText.Version(diff.To)}");
        writer.WriteLine();
        if (diff.IsEmpty)
        {
            writer.WriteLine($"No difference: the text of every obligation and the outcome of every finding in {Scenarios(diff.Scenarios.Count)} are the same.");
            return;
        }

        WriteText(writer, diff.Text);
        writer.WriteLine();
        var changed = diff.Scenarios.Where(scenario => scenario.Changes.Count > 0).ToList();
        writer.WriteLine($"Findings: {changed.Count} of {Scenarios(diff.Scenarios.Count)} change.");
        foreach (var scenario in diff.Scenarios)
        {
            writer.WriteLine();
            WriteScenario(writer, scenario);
        }

        if (diff.Summary.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Summary by obligation");
        var table = new TextTable("OBLIGATION", "SCENARIOS", "ADDED", "REMOVED", "CHANGED", "OUTCOMES");
        foreach (var summary in diff.Summary)
        {
            table.Add(summary.Obligation, TextFormat.Number(summary.Scenarios), TextFormat.Number(summary.Added), TextFormat.Number(summary.Removed), TextFormat.Number(summary.OutcomeChanged),
                ComparisonText.Transitions(summary.Transitions));
        }

        table.Write(writer, "  ");
    }

    /// <summary>Writes what changes in the text: modifications, then obligation fields before and after.</summary>
    public static void WriteText(TextWriter writer, RulesetComparison text)
    {
        if (text.IsEmpty)
        {
            writer.WriteLine("Text: no obligation differs.");
            return;
        }

        writer.WriteLine($"Text: {text.Obligations.Count} obligation{(text.Obligations.Count == 1 ? string.Empty : "s")} differ{(text.Obligations.Count == 1 ? "s" : string.Empty)}.");
        foreach (var modification in text.ModificationsAdded)
        {
            writer.WriteLine($"  + {ComparisonText.Modification(modification)}");
        }

        foreach (var modification in text.ModificationsRemoved)
        {
            writer.WriteLine($"  - {ComparisonText.Modification(modification)}");
        }

        foreach (var obligation in text.Obligations)
        {
            writer.WriteLine($"  {obligation.Obligation}");
            foreach (var difference in obligation.Differences)
            {
                writer.WriteLine($"    {difference.Field}:");
                writer.WriteLine($"      {text.From.Id}: {ComparisonText.Field(difference.Before)}");
                writer.WriteLine($"      {text.To.Id}: {ComparisonText.Field(difference.After)}");
            }
        }
    }

    private static void WriteScenario(TextWriter writer, ScenarioComparison scenario)
    {
        writer.WriteLine($"== {scenario.Scenario.Name}");
        writer.WriteLine($"   {scenario.Scenario.File}, evaluated at {TextFormat.Date(scenario.Scenario.EvaluationDate)}");
        if (scenario.Changes.Count == 0)
        {
            writer.WriteLine("   no change");
            return;
        }

        writer.WriteLine();
        var table = new TextTable("#", "CHANGE", "OBLIGATION", "SUBJECT", "BEFORE", "AFTER");
        for (var index = 0; index < scenario.Changes.Count; index++)
        {
            var change = scenario.Changes[index];
            table.Add(TextFormat.Number(index + 1), EnumText.Of(change.Kind), change.Obligation, ComparisonText.Subject(change),
                OutcomeTransition.Name(change.OutcomeBefore), OutcomeTransition.Name(change.OutcomeAfter));
        }

        table.Write(writer, "  ");
        writer.WriteLine();
        for (var index = 0; index < scenario.Changes.Count; index++)
        {
            var change = scenario.Changes[index];
            TextFormat.WriteWrapped(writer, $"  {index + 1}. before: ", ComparisonText.Side(change.Before), MessageWidth);
            TextFormat.WriteWrapped(writer, new string(' ', $"  {index + 1}. ".Length) + "after:  ", ComparisonText.Side(change.After), MessageWidth);
        }
    }

    private static string Scenarios(int count) => $"{count} scenario{(count == 1 ? string.Empty : "s")}";

}
