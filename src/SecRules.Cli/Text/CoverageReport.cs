using System.Globalization;
using System.Text.Json;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Output;
using SecRules.Scenarios;

namespace SecRules.Cli.Text;

/// <summary>The forms of a coverage report: a readable table per version, Markdown, and JSON.</summary>
internal static class CoverageReport
{
    private const string Indent = "   ";
    private const string Reached = "An obligation is reached when some scenario gives a finding of it other than not-applicable.";

    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    public static void WriteText(TextWriter writer, ScenarioCoverage coverage)
    {
        writer.WriteLine($"Coverage of {Count(coverage.Scenarios.Count, "scenario file")} against the obligations in force in each version.");
        writer.WriteLine(Reached);
        foreach (var version in coverage.Versions)
        {
            writer.WriteLine();
            writer.WriteLine($"== {TextFormat.Version(version.Version)}");
            writer.WriteLine();
            Table(version, name => name.ToUpperInvariant()).Write(writer, Indent);
            writer.WriteLine();
            foreach (var (gap, items) in Gaps(version))
            {
                writer.WriteLine($"{Indent}{gap}: {items}");
            }
        }
    }

    public static void WriteMarkdown(TextWriter writer, ScenarioCoverage coverage)
    {
        writer.WriteLine("# Scenario coverage");
        writer.WriteLine();
        writer.WriteLine($"{Count(coverage.Scenarios.Count, "scenario file")}, against the obligations in force in each version. {Reached}");
        foreach (var version in coverage.Versions)
        {
            writer.WriteLine();
            writer.WriteLine($"## {TextFormat.Version(version.Version)}");
            writer.WriteLine();
            Table(version, name => name).WriteMarkdown(writer, [.. Enumerable.Range(2, Outcomes.Length)]);
            writer.WriteLine();
            foreach (var (gap, items) in Gaps(version))
            {
                writer.WriteLine($"- {gap}: {items}");
            }
        }
    }

    public static string Json(ScenarioCoverage coverage) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", ResultJson.FormatVersion);
        WriteStrings(writer, "scenarios", coverage.Scenarios);
        writer.WriteStartArray("versions");
        foreach (var version in coverage.Versions)
        {
            writer.WriteStartObject();
            writer.WriteString("rulesetId", version.Version.Id);
            writer.WriteString("rulesetContentHash", version.Version.ContentHash);
            writer.WriteStartArray("obligations");
            foreach (var obligation in version.Obligations)
            {
                writer.WriteStartObject();
                writer.WriteString("obligation", obligation.Obligation.Id);
                writer.WriteString("clause", obligation.Obligation.Clause);
                writer.WriteBoolean("reached", obligation.IsReached);
                writer.WriteBoolean("hasBreach", obligation.HasBreach);
                writer.WriteStartObject("scenariosByOutcome");
                foreach (var outcome in Outcomes)
                {
                    WriteStrings(writer, EnumText.Of(outcome), obligation.ScenariosWith(outcome));
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteStrings(writer, "unreachedObligations", version.UnreachedObligations.Select(obligation => obligation.Obligation.Id));
            WriteStrings(writer, "unreachedClauses", version.UnreachedClauses);
            WriteStrings(writer, "obligationsWithoutBreach", version.ObligationsWithoutBreach.Select(obligation => obligation.Obligation.Id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static TextTable Table(VersionCoverage version, Func<string, string> heading)
    {
        var table = new TextTable([heading("obligation"), heading("clause"), .. Outcomes.Select(outcome => heading(EnumText.Of(outcome)))]);
        foreach (var obligation in version.Obligations)
        {
            table.Add([obligation.Obligation.Id, obligation.Obligation.Clause,
                .. Outcomes.Select(outcome => obligation.CountOf(outcome).ToString(CultureInfo.InvariantCulture))]);
        }

        return table;
    }

    private static IEnumerable<(string Gap, string Items)> Gaps(VersionCoverage version)
    {
        yield return ("Obligations no scenario reaches", List(version.UnreachedObligations.Select(obligation => obligation.Obligation.Id)));
        yield return ("Clauses no scenario reaches", List(version.UnreachedClauses));
        yield return ("Obligations no scenario shows in breach", List(version.ObligationsWithoutBreach.Select(obligation => obligation.Obligation.Id)));
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string List(IEnumerable<string> items) => string.Join(", ", items.DefaultIfEmpty("none"));

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
