using System.Globalization;
using System.Text;
using SecRules.Assurance;
using SecRules.Cli.Reports;
using SecRules.Engine;
using SecRules.Exploration;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Cli.Rendering.Text;

/// <summary>The readable text form of every report, as a terminal shows it.</summary>
internal static class TextRenderer
{
    // Evaluate fits a terminal of 100 columns; the other reports keep their messages to 96.
    private const int Width = 100;
    private const int MessageWidth = 96;
    private const string Indent = "  ";
    private const string CoverageIndent = "   ";

    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    /// <summary>Writes an evaluation: the cross-version grid that answers the question, then each version's findings in full.</summary>
    public static void Write(TextWriter writer, EvaluationReport report, TextStyle style)
    {
        TextFormat.WriteWrapped(writer, "Scenario:        ", report.Scenario.Name, Width - 17);
        writer.WriteLine($"File:            {report.Scenario.File}");
        writer.WriteLine($"Evaluation date: {TextFormat.Date(report.Scenario.EvaluationDate)}");
        if (report.Grid.Count > 0)
        {
            writer.WriteLine();
            WriteGrid(writer, report, style);
        }

        foreach (var result in report.Results)
        {
            writer.WriteLine();
            WriteResult(writer, report, result, style);
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

    public static void Write(TextWriter writer, TestReport report)
    {
        foreach (var (scenario, results) in report.Scenarios)
        {
            if (scenario.Expectations.Count == 0)
            {
                writer.WriteLine($"SKIP {scenario.File}: no expectations");
                continue;
            }

            foreach (var result in results)
            {
                if (result.Passed)
                {
                    writer.WriteLine(result.ToString());
                }
                else
                {
                    writer.WriteLine();
                    writer.Write(result.Report());
                    writer.WriteLine();
                }
            }
        }

        writer.WriteLine($"{report.Passed} passed, {report.Failed} failed");
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
            writer.WriteLine($"  {start} [{EnumText.Of(period.Provenance)}, set by {period.SetBy}]: {string.Join(", ", period.Names.Select(Describe))}");
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

    private static void WriteGrid(TextWriter writer, EvaluationReport report, TextStyle style)
    {
        writer.WriteLine(report.Results.Count == 1 ? "Outcome of each finding (details below):" : "Outcome of each finding under each version (details below):");
        writer.WriteLine();
        var inForce = report.InForceOnEvaluationDate;
        var evaluationDate = TextFormat.Date(report.Scenario.EvaluationDate);
        var ids = report.Results.Select(result => result.Version.Id).ToList();
        var idWidth = ids.Max(id => id.Length);
        for (var index = 0; index < report.Results.Count; index++)
        {
            var version = report.Results[index].Version;
            var when = report.IsNotYetInForce(version)
                ? $"{TextFormat.InForce(version)}: not yet in force on {evaluationDate}, shown as if it were"
                : version == inForce ? $"{TextFormat.InForce(version)}: the version in force on {evaluationDate}" : TextFormat.InForce(version);
            TextFormat.WriteWrapped(writer, $"{Indent}{GridColumn(index)} {ids[index].PadRight(idWidth)}  ", when, Width - Indent.Length - 6 - idWidth);
        }

        writer.WriteLine();
        var labels = report.Grid.Select(row => row.Cells.Select(ComparisonText.GridCell).ToList()).ToList();
        var widths = Enumerable.Range(0, report.Results.Count)
            .Select(column => labels.Select(row => row[column].Length).Prepend(GridColumn(column).Length).Max())
            .ToList();
        var first = report.Grid.Select(row => row.Label.Length + Indent.Length).Prepend("SUBJECT / OBLIGATION".Length).Max();
        writer.WriteLine(("SUBJECT / OBLIGATION".PadRight(first) + string.Concat(widths.Select((width, column) => "  " + GridColumn(column).PadRight(width)))).TrimEnd());
        FactRef? subject = null;
        for (var row = 0; row < report.Grid.Count; row++)
        {
            var gridRow = report.Grid[row];
            if (gridRow.Subject != subject)
            {
                subject = gridRow.Subject;
                writer.WriteLine(subject.ToString());
            }

            var line = new StringBuilder((Indent + gridRow.Label).PadRight(first));
            for (var column = 0; column < widths.Count; column++)
            {
                var padded = column == widths.Count - 1 ? labels[row][column] : labels[row][column].PadRight(widths[column]);
                var attention = gridRow.Cells[column].Outcomes.Where(outcome => outcome is Outcome.Breach or Outcome.EventOfDefaultRisk).DefaultIfEmpty(Outcome.Compliant).Max();
                line.Append("  ").Append(style.Outcome(padded, attention));
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static string GridColumn(int index) => $"[{index + 1}]";

    private static void WriteResult(TextWriter writer, EvaluationReport report, EvaluationResult result, TextStyle style)
    {
        TextFormat.WriteWrapped(writer, "== ", TextFormat.Version(result.Version), Width - 3);
        writer.WriteLine($"   ruleset {TextFormat.ShortHash(result.Receipt.RulesetContentHash)}, engine {result.Receipt.EngineVersion}");
        if (report.IsNotYetInForce(result.Version))
        {
            TextFormat.WriteWrapped(writer, "   ",
                $"Not yet in force on {TextFormat.Date(report.Scenario.EvaluationDate)}: these findings read the facts as if this text had applied then.", Width - 3);
        }

        writer.WriteLine($"   {FindingsSummary(result.Findings)}");
        for (var index = 0; index < result.Findings.Count; index++)
        {
            if (index == 0)
            {
                writer.WriteLine();
            }

            WriteFinding(writer, index + 1, result.Findings[index], style);
        }
    }

    private static void WriteFinding(TextWriter writer, int number, Finding finding, TextStyle style)
    {
        var label = $"{Indent}{number}. ";
        var detail = new string(' ', label.Length);
        var outcome = finding.Outcome.ToString();
        var heading = TextFormat.Wrap($"{outcome}: {finding.Obligation} for {finding.Subject}", Width - label.Length).ToList();
        writer.WriteLine(label + style.Outcome(outcome, finding.Outcome) + heading[0][outcome.Length..]);
        foreach (var line in heading.Skip(1))
        {
            writer.WriteLine(detail + line);
        }

        TextFormat.WriteWrapped(writer, detail, $"citing {finding.Citation}, {EnumText.Of(finding.Provenance)}", Width - detail.Length);
        TextFormat.WriteWrapped(writer, detail, finding.Message, Width - detail.Length);
        foreach (var missing in finding.MissingFacts)
        {
            TextFormat.WriteWrapped(writer, $"{detail}missing: ", missing, Width - detail.Length - 9);
        }

        foreach (var condition in finding.Conditions)
        {
            var status = $"[{EnumText.Of(condition.Status)}] ";
            TextFormat.WriteWrapped(writer, detail + status, condition.Condition, Width - detail.Length - status.Length);
            TextFormat.WriteWrapped(writer, detail + "    ", condition.Basis, Width - detail.Length - 4);
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
            foreach (var change in obligation.Differences.Select(difference => new FieldChange(difference)))
            {
                var difference = change.Difference;
                if (!change.IsMultiLine)
                {
                    writer.WriteLine($"    {difference.Field}:");
                    writer.WriteLine($"      {text.From.Id}: {ComparisonText.Field(difference.Before)}");
                    writer.WriteLine($"      {text.To.Id}: {ComparisonText.Field(difference.After)}");
                    continue;
                }

                writer.WriteLine($"    {difference.Field}, the rows that change (- {text.From.Id}, + {text.To.Id}):");
                foreach (var row in change.Rows)
                {
                    writer.WriteLine($"      {ComparisonText.Row(row)}");
                }
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
                writer.WriteLine($"  - {parameter.Name} = {parameter.Display} {provenance}{MaterialityCondition(obligation, parameter)}");
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

    private static string Describe(AssuranceStatusName name) =>
        name.AlsoWritten.Count == 0
            ? $"{name.Name} = {EnumText.Of(name.Level)}"
            : $"{name.Name} (also written {string.Join(", ", name.AlsoWritten.Select(form => $"'{form}'"))}) = {EnumText.Of(name.Level)}";

    // An Event of Default derived from a breach of this obligation lists its materiality as a
    // condition: met when a source says so, assumed when the flag is the ruleset's inference.
    private static string MaterialityCondition(Obligation obligation, ParameterValue parameter) =>
        ReferenceEquals(parameter, obligation.Material) && obligation.IsMaterial
            ? $"; M8.1(g) condition {(parameter.Provenance == Provenance.Read ? "met" : "assumed")}"
            : string.Empty;
}
