using SecRules.Cli.Text;
using SecRules.Facts;
using SecRules.Impact;
using SecRules.Input;

namespace SecRules.Cli.Markdown;

/// <summary>The Markdown form of a diff: a report a drafter reads without the tool.</summary>
internal static class DiffMarkdown
{
    public static void Write(TextWriter writer, VersionDiff diff)
    {
        writer.WriteLine($"# What changes from {MarkdownText.Code(diff.From.Id)} to {MarkdownText.Code(diff.To.Id)}");
        writer.WriteLine();
        ComparisonMarkdown.WriteVersions(writer, diff.Text);
        writer.WriteLine();
        if (diff.IsEmpty)
        {
            writer.WriteLine($"No difference: the text of every obligation and the outcome of every finding in {TextFormat.Number(diff.Scenarios.Count)} scenario(s) are the same.");
            return;
        }

        ComparisonMarkdown.WriteText(writer, diff.Text);
        writer.WriteLine("## What changes in the findings");
        writer.WriteLine();
        var changed = diff.Scenarios.Where(scenario => scenario.Changes.Count > 0).ToList();
        writer.WriteLine($"{TextFormat.Number(changed.Count)} of {TextFormat.Number(diff.Scenarios.Count)} scenario(s) change.");
        writer.WriteLine();
        if (diff.Summary.Count > 0)
        {
            var summary = new TextTable("obligation", "scenarios", "added", "removed", "outcome changed", "outcomes", "party categories");
            foreach (var obligation in diff.Summary)
            {
                var categories = changed
                    .Where(scenario => scenario.Changes.Any(change => change.Obligation == obligation.Obligation))
                    .SelectMany(scenario => scenario.Scenario.Facts.Parties)
                    .Select(party => party.Category)
                    .Distinct()
                    .Order();
                summary.Add(MarkdownText.Code(obligation.Obligation), TextFormat.Number(obligation.Scenarios), TextFormat.Number(obligation.Added), TextFormat.Number(obligation.Removed),
                    TextFormat.Number(obligation.OutcomeChanged), ComparisonText.Transitions(obligation.Transitions), string.Join(", ", categories.Select(Category)));
            }

            summary.WriteMarkdown(writer);
            writer.WriteLine();
        }

        foreach (var scenario in diff.Scenarios)
        {
            WriteScenario(writer, scenario);
        }
    }

    private static void WriteScenario(TextWriter writer, ScenarioComparison scenario)
    {
        writer.WriteLine($"### {scenario.Scenario.Name}");
        writer.WriteLine();
        var parties = string.Join("; ", scenario.Scenario.Facts.Parties.Select(party => $"{party.Id} {party.Name} ({Category(party.Category)})"));
        writer.WriteLine($"{MarkdownText.Code(scenario.Scenario.File)}, evaluated at {TextFormat.Date(scenario.Scenario.EvaluationDate)}. Parties: {parties}.");
        writer.WriteLine();
        if (scenario.Changes.Count == 0)
        {
            writer.WriteLine("No finding changes.");
            writer.WriteLine();
            return;
        }

        var table = new TextTable("#", "change", "obligation", "subject", "before", "after");
        for (var index = 0; index < scenario.Changes.Count; index++)
        {
            var change = scenario.Changes[index];
            table.Add(TextFormat.Number(index + 1), EnumText.Of(change.Kind), MarkdownText.Code(change.Obligation), ComparisonText.Subject(change),
                OutcomeTransition.Name(change.OutcomeBefore), OutcomeTransition.Name(change.OutcomeAfter));
        }

        table.WriteMarkdown(writer);
        writer.WriteLine();
        for (var index = 0; index < scenario.Changes.Count; index++)
        {
            var change = scenario.Changes[index];
            writer.WriteLine($"{index + 1}. - {ComparisonMarkdown.Side("Before", change.Before)}");
            writer.WriteLine($"   - {ComparisonMarkdown.Side("After", change.After)}");
        }

        writer.WriteLine();
    }

    private static string Category(PartyCategory category) => EnumText.Of(category).Replace('-', ' ');

}
