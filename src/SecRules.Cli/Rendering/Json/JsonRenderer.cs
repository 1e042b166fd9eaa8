using System.Text.Json;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Text;
using SecRules.Engine;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;
using SecRules.Output;
using SecRules.Versioning;

namespace SecRules.Cli.Rendering.Json;

/// <summary>
/// The JSON form of every report, for tools. <c>evaluate</c> writes the library's documented format
/// (<see cref="ResultJson"/>, <c>docs/json-output.md</c>); diff and explore (<c>docs/impact-output.md</c>)
/// and coverage follow its conventions (camelCase keys in a fixed order, every key present, enum values
/// as scenario files write them), and write findings exactly as <c>evaluate</c> does.
/// </summary>
internal static class JsonRenderer
{
    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    public static void Write(TextWriter writer, EvaluationReport report) =>
        writer.Write(ResultJson.Write(report.Scenario, report.Results));

    public static void Write(TextWriter output, DiffReport report) => output.Write(ResultJson.Write(writer =>
    {
        var diff = report.Diff;
        writer.WriteStartObject();
        WriteHeader(writer, "diff", diff.Text);
        Objects(writer, "scenarios", diff.Scenarios, scenario =>
        {
            writer.WriteString("name", scenario.Scenario.Name);
            writer.WriteString("file", scenario.Scenario.File);
            writer.WriteString("evaluationDate", TextFormat.Date(scenario.Scenario.EvaluationDate));
            WriteChanges(writer, "changes", scenario.Changes);
        });
        Objects(writer, "summary", diff.Summary, summary =>
        {
            writer.WriteString("obligation", summary.Obligation);
            writer.WriteNumber("scenarios", summary.Scenarios);
            writer.WriteNumber("added", summary.Added);
            writer.WriteNumber("removed", summary.Removed);
            writer.WriteNumber("outcomeChanged", summary.OutcomeChanged);
            Objects(writer, "transitions", summary.Transitions, transition =>
            {
                WriteOutcomes(writer, transition.Transition);
                writer.WriteNumber("count", transition.Count);
            });
        });
        writer.WriteEndObject();
    }));

    public static void Write(TextWriter output, ExplorationReport report) => output.Write(ResultJson.Write(writer =>
    {
        var result = report.Result;
        writer.WriteStartObject();
        WriteHeader(writer, "explore", result.Text);
        writer.WriteStartObject("space");
        writer.WriteString("evaluationDate", TextFormat.Date(result.Space.EvaluationDate));
        writer.WriteNumber("generated", result.Space.Count);
        writer.WriteNumber("explored", result.Explored);
        writer.WriteBoolean("limited", result.IsLimited);
        writer.WriteNumber("evaluated", result.Evaluated);
        writer.WriteNumber("differing", result.Differing);
        Objects(writer, "dimensions", result.Dimensions, dimension =>
        {
            writer.WriteString("name", dimension.Dimension);
            writer.WriteString("description", dimension.Description);
            Objects(writer, "values", dimension.Values, value =>
            {
                writer.WriteString("label", value.Label);
                writer.WriteNumber("scenarios", value.Scenarios);
                writer.WriteNumber("differing", value.Differing);
            });
        });
        writer.WriteEndObject();
        Objects(writer, "classes", result.Classes, found =>
        {
            writer.WriteString("obligation", found.Transition.Obligation);
            WriteOutcomes(writer, found.Transition);
            writer.WriteNumber("scenarios", found.Scenarios);
            Objects(writer, "valuesTaken", found.ValuesTaken, taken =>
            {
                writer.WriteString("dimension", taken.Dimension);
                Strings(writer, "values", taken.Values);
                Strings(writer, "missing", taken.Missing);
            });
            writer.WriteStartObject("example");
            writer.WriteString("file", found.Example.File);
            writer.WriteNumber("facts", found.Example.Facts.All.Count());
            Objects(writer, "values", found.ExampleValues, pair =>
            {
                writer.WriteString("dimension", pair.Dimension);
                writer.WriteString("value", pair.Value);
            });
            WriteChanges(writer, "changes", [found.ExampleChange]);
            writer.WriteString("scenario", ExampleScenario.Text(result, found));
            writer.WriteEndObject();
        });
        writer.WriteEndObject();
    }));

    public static void Write(TextWriter output, CoverageReport report) => output.Write(ResultJson.Write(writer =>
    {
        var coverage = report.Coverage;
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", ResultJson.FormatVersion);
        Strings(writer, "scenarios", coverage.Scenarios);
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
                    Strings(writer, EnumText.Of(outcome), obligation.ScenariosWith(outcome));
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            Strings(writer, "unreachedObligations", version.UnreachedObligations.Select(obligation => obligation.Obligation.Id));
            Strings(writer, "unreachedClauses", version.UnreachedClauses);
            Strings(writer, "obligationsWithoutBreach", version.ObligationsWithoutBreach.Select(obligation => obligation.Obligation.Id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }));

    private static void WriteHeader(Utf8JsonWriter writer, string kind, RulesetComparison text)
    {
        writer.WriteNumber("formatVersion", ResultJson.FormatVersion);
        writer.WriteString("kind", kind);
        writer.WriteString("engineVersion", ComplianceEngine.EngineVersion);
        WriteVersion(writer, "from", text.From);
        WriteVersion(writer, "to", text.To);
        writer.WriteStartObject("text");
        WriteModifications(writer, "modificationsAdded", text.ModificationsAdded);
        WriteModifications(writer, "modificationsRemoved", text.ModificationsRemoved);
        Objects(writer, "obligations", text.Obligations, obligation =>
        {
            writer.WriteString("obligation", obligation.Obligation);
            Objects(writer, "differences", obligation.Differences, difference =>
            {
                writer.WriteString("field", difference.Field);
                writer.WriteString("before", difference.Before);
                writer.WriteString("after", difference.After);
            });
        });
        writer.WriteEndObject();
    }

    // Changes carry the whole finding on each side, or null where there is none.
    private static void WriteChanges(Utf8JsonWriter writer, string name, IEnumerable<FindingChange> changes) =>
        Objects(writer, name, changes, change =>
        {
            writer.WriteString("change", EnumText.Of(change.Kind));
            writer.WriteString("obligation", change.Obligation);
            writer.WritePropertyName("subject");
            ResultJson.WriteReference(writer, change.Subject);
            writer.WritePropertyName("discriminator");
            if (change.Discriminator is { } discriminator)
            {
                ResultJson.WriteReference(writer, discriminator);
            }
            else
            {
                writer.WriteNullValue();
            }

            WriteFinding(writer, "before", change.Before);
            WriteFinding(writer, "after", change.After);
        });

    private static void WriteOutcomes(Utf8JsonWriter writer, OutcomeTransition transition)
    {
        WriteOutcome(writer, "before", transition.Before);
        WriteOutcome(writer, "after", transition.After);
    }

    private static void WriteOutcome(Utf8JsonWriter writer, string name, Outcome? outcome)
    {
        if (outcome is { } present)
        {
            writer.WriteString(name, EnumText.Of(present));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteFinding(Utf8JsonWriter writer, string name, Finding? finding)
    {
        writer.WritePropertyName(name);
        if (finding is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            ResultJson.WriteFinding(writer, finding);
        }
    }

    private static void WriteVersion(Utf8JsonWriter writer, string name, RulesetVersion version)
    {
        writer.WriteStartObject(name);
        writer.WriteString("rulesetId", version.Id);
        writer.WriteString("rulesetContentHash", version.ContentHash);
        writer.WriteEndObject();
    }

    private static void WriteModifications(Utf8JsonWriter writer, string name, IEnumerable<Modification> modifications) =>
        Objects(writer, name, modifications, modification =>
        {
            writer.WriteString("id", modification.Id);
            writer.WriteString("title", modification.Title);
            writer.WriteString("implemented", TextFormat.Date(modification.Implemented));
            writer.WriteString("provenance", EnumText.Of(modification.Provenance));
            writer.WriteString("summary", modification.Summary);
        });

    // Every array of the format is either of objects or of strings; these write one whole array.
    private static void Objects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<T> writeMembers)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeMembers(item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
