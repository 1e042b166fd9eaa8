using System.Text.Json;
using SecRules.Cli.Text;
using SecRules.Engine;
using SecRules.Exploration;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;
using SecRules.Output;
using SecRules.Versioning;

namespace SecRules.Cli.Json;

/// <summary>
/// The JSON forms of diff and explore (<c>docs/impact-output.md</c>): the conventions of
/// <see cref="ResultJson"/> (camelCase keys in a fixed order, every key present, enum values as
/// scenario files write them), and findings written exactly as <c>evaluate</c> writes them.
/// </summary>
internal static class ImpactJson
{
    public static string Write(VersionDiff diff) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        WriteHeader(writer, "diff", diff.Text);
        writer.WriteStartArray("scenarios");
        foreach (var scenario in diff.Scenarios)
        {
            writer.WriteStartObject();
            writer.WriteString("name", scenario.Scenario.Name);
            writer.WriteString("file", scenario.Scenario.File);
            writer.WriteString("evaluationDate", TextFormat.Date(scenario.Scenario.EvaluationDate));
            WriteChanges(writer, "changes", scenario.Changes);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("summary");
        foreach (var summary in diff.Summary)
        {
            writer.WriteStartObject();
            writer.WriteString("obligation", summary.Obligation);
            writer.WriteNumber("scenarios", summary.Scenarios);
            writer.WriteNumber("added", summary.Added);
            writer.WriteNumber("removed", summary.Removed);
            writer.WriteNumber("outcomeChanged", summary.OutcomeChanged);
            writer.WriteStartArray("transitions");
            foreach (var (transition, count) in summary.Transitions)
            {
                writer.WriteStartObject();
                WriteOutcomes(writer, transition);
                writer.WriteNumber("count", count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static string Write(ExplorationResult result) => ResultJson.Write(writer =>
    {
        writer.WriteStartObject();
        WriteHeader(writer, "explore", result.Text);
        writer.WriteStartObject("space");
        writer.WriteString("evaluationDate", TextFormat.Date(result.Space.EvaluationDate));
        writer.WriteNumber("generated", result.Space.Count);
        writer.WriteNumber("explored", result.Explored);
        writer.WriteBoolean("limited", result.IsLimited);
        writer.WriteNumber("evaluated", result.Evaluated);
        writer.WriteNumber("differing", result.Differing);
        writer.WriteStartArray("dimensions");
        foreach (var dimension in result.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("name", dimension.Dimension);
            writer.WriteString("description", dimension.Description);
            writer.WriteStartArray("values");
            foreach (var value in dimension.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("label", value.Label);
                writer.WriteNumber("scenarios", value.Scenarios);
                writer.WriteNumber("differing", value.Differing);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("classes");
        foreach (var found in result.Classes)
        {
            writer.WriteStartObject();
            writer.WriteString("obligation", found.Transition.Obligation);
            WriteOutcomes(writer, found.Transition);
            writer.WriteNumber("scenarios", found.Scenarios);
            writer.WriteStartArray("valuesTaken");
            foreach (var taken in found.ValuesTaken)
            {
                writer.WriteStartObject();
                writer.WriteString("dimension", taken.Dimension);
                writer.WriteStartArray("values");
                taken.Values.ToList().ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteStartArray("missing");
                taken.Missing.ToList().ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("example");
            writer.WriteString("file", found.Example.File);
            writer.WriteNumber("facts", found.Example.Facts.All.Count());
            writer.WriteStartArray("values");
            foreach (var (dimension, value) in found.ExampleValues)
            {
                writer.WriteStartObject();
                writer.WriteString("dimension", dimension);
                writer.WriteString("value", value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteChanges(writer, "changes", [found.ExampleChange]);
            writer.WriteString("scenario", ExampleScenario.Text(result, found));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Writes the keys every impact document starts with: the format, the kind, and what was compared.</summary>
    public static void WriteHeader(Utf8JsonWriter writer, string kind, RulesetComparison text)
    {
        writer.WriteNumber("formatVersion", ResultJson.FormatVersion);
        writer.WriteString("kind", kind);
        writer.WriteString("engineVersion", ComplianceEngine.EngineVersion);
        WriteVersion(writer, "from", text.From);
        WriteVersion(writer, "to", text.To);
        writer.WriteStartObject("text");
        WriteModifications(writer, "modificationsAdded", text.ModificationsAdded);
        WriteModifications(writer, "modificationsRemoved", text.ModificationsRemoved);
        writer.WriteStartArray("obligations");
        foreach (var obligation in text.Obligations)
        {
            writer.WriteStartObject();
            writer.WriteString("obligation", obligation.Obligation);
            writer.WriteStartArray("differences");
            foreach (var difference in obligation.Differences)
            {
                writer.WriteStartObject();
                writer.WriteString("field", difference.Field);
                writer.WriteString("before", difference.Before);
                writer.WriteString("after", difference.After);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes changes with the whole finding on each side, or null where there is none.</summary>
    public static void WriteChanges(Utf8JsonWriter writer, string name, IEnumerable<FindingChange> changes)
    {
        writer.WriteStartArray(name);
        foreach (var change in changes)
        {
            writer.WriteStartObject();
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
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>before</c> and <c>after</c> outcomes, null where there is no finding.</summary>
    public static void WriteOutcomes(Utf8JsonWriter writer, OutcomeTransition transition)
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

    private static void WriteModifications(Utf8JsonWriter writer, string name, IEnumerable<Modification> modifications)
    {
        writer.WriteStartArray(name);
        foreach (var modification in modifications)
        {
            writer.WriteStartObject();
            writer.WriteString("id", modification.Id);
            writer.WriteString("title", modification.Title);
            writer.WriteString("implemented", TextFormat.Date(modification.Implemented));
            writer.WriteString("provenance", EnumText.Of(modification.Provenance));
            writer.WriteString("summary", modification.Summary);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
