using System.Globalization;
using SecRules.Cli.Reports;
using SecRules.Engine;
using SecRules.Exploration;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Cli.Rendering.Text;

/// <summary>The readable text form of every report, as a terminal shows it.</summary>
internal static class TextRenderer
{
    private const int MessageWidth = 96;
    private const string Indent = "  ";
    private const string CoverageIndent = "   ";

    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    public static void Write(TextWriter writer, EvaluationReport report)
    {
        writer.WriteLine($"Scenario:        {report.Scenario.Name}");
        writer.WriteLine($"File:            {report.Scenario.File}");
        writer.WriteLine($"Evaluation date: {TextFormat.Date(report.Scenario.EvaluationDate)}");
        foreach (var result in report.Results)
        {
            writer.WriteLine();
            WriteResult(writer, result);
        }
    }

    public static void Write(TextWriter writer, DiffReport report)
    {
        var diff = report.Diff;
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
        writer.WriteLine($"Findings: {report.Changed.Count} of {Scenarios(diff.Scenarios.Count)} change.");
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

        table.Write(writer, Indent);
    }

    public static void Write(TextWriter writer, ExplorationReport report)
    {
        var result = report.Result;
        writer.WriteLine($"From: {ComparisonText.Version(result.Text.From)}");
        writer.WriteLine($"To:   {ComparisonText.Version(result.Text.To)}");
        writer.WriteLine();
        WriteText(writer, result.Text);
        writer.WriteLine();
        writer.WriteLine(ComparisonText.Explored(result));
        if (result.Classes.Count == 0)
        {
            writer.WriteLine("No explored scenario gives a finding that differs between the two versions.");
            return;
        }

        writer.WriteLine();
        var table = new TextTable("#", "OBLIGATION", "BEFORE", "AFTER", "SCENARIOS", "SMALLEST");
        for (var index = 0; index < result.Classes.Count; index++)
        {
            var found = result.Classes[index];
            table.Add(TextFormat.Number(index + 1), found.Transition.Obligation, OutcomeTransition.Name(found.Transition.Before),
                OutcomeTransition.Name(found.Transition.After), TextFormat.Number(found.Scenarios), $"{found.Example.Facts.All.Count()} facts");
        }

        table.Write(writer, Indent);
        for (var index = 0; index < result.Classes.Count; index++)
        {
            writer.WriteLine();
            WriteClass(writer, index + 1, result.Classes[index], report.Written);
        }

        var unchanged = report.Unchanged.ToList();
        if (unchanged.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Where nothing differs (values under which no explored scenario gives a different finding):");
            foreach (var (dimension, value) in unchanged)
            {
                writer.WriteLine($"  {dimension}: {value.Label} (0 of {TextFormat.Number(value.Scenarios)})");
            }
        }
    }

    public static void Write(TextWriter writer, CoverageReport report)
    {
        var coverage = report.Coverage;
        writer.WriteLine($"Coverage of {ComparisonText.Count(coverage.Scenarios.Count, "scenario file")} against the obligations in force in each version.");
        writer.WriteLine(ComparisonText.Reached);
        foreach (var version in coverage.Versions)
        {
            writer.WriteLine();
            writer.WriteLine($"== {TextFormat.Version(version.Version)}");
            writer.WriteLine();
            CoverageTable(version, name => name.ToUpperInvariant()).Write(writer, CoverageIndent);
            writer.WriteLine();
            foreach (var (gap, items) in CoverageReport.Gaps(version))
            {
                writer.WriteLine($"{CoverageIndent}{gap}: {ComparisonText.List(items)}");
            }
        }
    }

    /// <summary>The coverage table of one version, with the headings a format writes.</summary>
    public static TextTable CoverageTable(VersionCoverage version, Func<string, string> heading)
    {
        var table = new TextTable([heading("obligation"), heading("clause"), .. Outcomes.Select(outcome => heading(EnumText.Of(outcome)))]);
        foreach (var obligation in version.Obligations)
        {
            table.Add([obligation.Obligation.Id, obligation.Obligation.Clause,
                .. Outcomes.Select(outcome => obligation.CountOf(outcome).ToString(CultureInfo.InvariantCulture))]);
        }

        return table;
    }

    public static void Write(TextWriter writer, RulesetsReport report)
    {
        var library = report.Library;
        writer.WriteLine($"{library.Title} ({library.Id})");
        writer.WriteLine();
        var table = new TextTable("VERSION", "IN FORCE FROM", "MODIFICATIONS", "CONTENT HASH", "TITLE");
        foreach (var version in library.Versions)
        {
            table.Add(
                version.Id,
                version.EffectiveFrom is { } from ? TextFormat.Date(from) : "(baseline)",
                version.OwnModifications.Count == 0
                    ? "-"
                    : string.Join(", ", version.OwnModifications.Select(modification => $"{modification.Id} [{EnumText.Of(modification.Provenance)}]")),
                TextFormat.ShortHash(version.ContentHash),
                version.Title);
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("Run 'secrules rulesets show VERSION' for a version's obligations.");
    }

    public static void Write(TextWriter writer, RulesetReport report)
    {
        var version = report.Version;
        writer.WriteLine($"{version.Id}: {version.Title}");
        writer.WriteLine(version.EffectiveFrom is { } from ? $"In force from {TextFormat.Date(from)}." : "The baseline text.");
        writer.WriteLine(version.Modifications.Count == 0
            ? "Modifications: none."
            : $"Modifications: {string.Join(", ", version.Modifications.Select(modification => $"{modification.Id} ({TextFormat.Date(modification.Implemented)}, {EnumText.Of(modification.Provenance)})"))}.");
        writer.WriteLine($"Content hash: {version.ContentHash}");
        writer.WriteLine();

        writer.WriteLine("Assurance Status names (read by the date a status was assigned):");
        foreach (var period in version.AssuranceStatuses.Periods)
        {
            var start = period.From is { } date ? $"from {TextFormat.Date(date)}" : "from the start";
            writer.WriteLine($"  {start} [{EnumText.Of(period.Provenance)}, set by {period.SetBy}]: {string.Join(", ", period.Names.Select(name => $"{name.Name} = {EnumText.Of(name.Level)}"))}");
        }

        writer.WriteLine();
        var table = new TextTable("OBLIGATION", "STATUS", "CLAUSE", "PROVENANCE", "INTRODUCED BY", "CHANGED BY");
        foreach (var obligation in version.Obligations)
        {
            table.Add(obligation.Id, EnumText.Of(obligation.Status), obligation.Clause, EnumText.Of(obligation.Provenance),
                obligation.IntroducedBy, obligation.ChangedBy.Count == 0 ? "-" : string.Join(", ", obligation.ChangedBy));
        }

        table.Write(writer, Indent);
        foreach (var obligation in version.Obligations)
        {
            writer.WriteLine();
            WriteObligation(writer, obligation);
        }
    }

    private static void WriteResult(TextWriter writer, EvaluationResult result)
    {
        writer.WriteLine($"== {TextFormat.Version(result.Version)}");
        writer.WriteLine($"   ruleset {TextFormat.ShortHash(result.Receipt.RulesetContentHash)}, engine {result.Receipt.EngineVersion}");
        writer.WriteLine($"   {FindingsSummary(result.Findings)}");
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

    private static string FindingsSummary(IReadOnlyList<Finding> findings)
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

    // What changes in the text: modifications, then obligation fields before and after.
    private static void WriteText(TextWriter writer, RulesetComparison text)
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

        table.Write(writer, Indent);
        writer.WriteLine();
        for (var index = 0; index < scenario.Changes.Count; index++)
        {
            var change = scenario.Changes[index];
            TextFormat.WriteWrapped(writer, $"  {index + 1}. before: ", ComparisonText.Side(change.Before), MessageWidth);
            TextFormat.WriteWrapped(writer, new string(' ', $"  {index + 1}. ".Length) + "after:  ", ComparisonText.Side(change.After), MessageWidth);
        }
    }

    private static void WriteClass(TextWriter writer, int number, DifferenceClass found, string? written)
    {
        var label = $"{number}. ";
        var indent = new string(' ', label.Length);
        writer.WriteLine($"{label}{found.Transition.Obligation}: {found.Transition.Describe()} ({TextFormat.Number(found.Scenarios)} scenarios)");
        TextFormat.WriteWrapped(writer, $"{indent}before: ", ComparisonText.Side(found.ExampleChange.Before), MessageWidth);
        TextFormat.WriteWrapped(writer, $"{indent}after:  ", ComparisonText.Side(found.ExampleChange.After), MessageWidth);
        foreach (var taken in ExplorationReport.OnlyWith(found))
        {
            TextFormat.WriteWrapped(writer, $"{indent}only with {taken.Dimension}: ", ExplorationReport.Values(taken, " | "), MessageWidth);
        }

        var example = string.Join("; ", found.ExampleValues.Select(pair => $"{pair.Dimension} {pair.Value}"));
        TextFormat.WriteWrapped(writer, $"{indent}smallest: ", $"{found.Example.Facts.All.Count()} facts: {example}", MessageWidth);
        if (written is not null)
        {
            writer.WriteLine($"{indent}written:  {Path.Combine(written, found.Example.File).Replace('\\', '/')}");
        }
    }

    private static void WriteObligation(TextWriter writer, Obligation obligation)
    {
        const int Width = 96;
        writer.WriteLine($"{obligation.Id}: {obligation.Title}");
        var source = obligation.Source is null ? string.Empty : $", source {obligation.Source}";
        writer.WriteLine($"  clause {obligation.Clause} [{EnumText.Of(obligation.Provenance)}{source}]; {EnumText.Of(obligation.Status).Replace('-', ' ')}{(obligation.StatusNote is { } note ? $" ({note})" : string.Empty)}");
        if (obligation.Summary is { } summary)
        {
            foreach (var line in TextFormat.Wrap(summary, Width))
            {
                writer.WriteLine($"  {line}");
            }
        }

        foreach (var parameter in obligation.Parameters.Prepend(obligation.Material))
        {
            var parameterSource = parameter.Source is null ? string.Empty : $", source {parameter.Source}";
            var lines = parameter.Display.Split('\n');
            var provenance = $"[{EnumText.Of(parameter.Provenance)}{parameterSource}, set by {parameter.SetBy}]";
            if (lines.Length == 1)
            {
                writer.WriteLine($"  - {parameter.Name} = {parameter.Display} {provenance}");
            }
            else
            {
                writer.WriteLine($"  - {parameter.Name} {provenance}:");
                foreach (var line in lines)
                {
                    writer.WriteLine($"      {line}");
                }
            }

            if (parameter.Note is { } parameterNote)
            {
                foreach (var line in TextFormat.Wrap(parameterNote, Width - 4))
                {
                    writer.WriteLine($"      {line}");
                }
            }
        }
    }

    private static string Scenarios(int count) => $"{count} scenario{(count == 1 ? string.Empty : "s")}";
}
