using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Scenarios;

namespace SecRules.Output;

/// <summary>
/// Writes evaluation results as the documented SecRules JSON format (<c>docs/json-output.md</c>):
/// camelCase keys in a fixed order, enum values as scenario files spell them, every key always
/// present, LF line endings. The same results give byte-identical JSON on every run and machine.
/// </summary>
public static class ResultJson
{
    /// <summary>The version of the JSON format, written as <c>formatVersion</c>; it changes only when the format does.</summary>
    public const int FormatVersion = 1;

    // Relaxed escaping keeps apostrophes and the like readable; the output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the results of evaluating one scenario under one or more versions.</summary>
    /// <param name="scenario">The scenario evaluated.</param>
    /// <param name="results">One result per version, in the order to report them.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Scenario scenario, IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(results);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("formatVersion", FormatVersion);
            writer.WriteStartObject("scenario");
            writer.WriteString("name", scenario.Name);
            writer.WriteString("evaluationDate", Date(scenario.EvaluationDate));
            writer.WriteEndObject();
            writer.WriteStartArray("evaluations");
            foreach (var result in results)
            {
                WriteResult(writer, result);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes one evaluation result: its receipt and findings.</summary>
    /// <param name="writer">The writer, positioned where a JSON value may start.</param>
    /// <param name="result">The result.</param>
    public static void WriteResult(Utf8JsonWriter writer, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteStartObject("receipt");
        writer.WriteString("engineVersion", result.Receipt.EngineVersion);
        writer.WriteString("rulesetId", result.Receipt.RulesetId);
        writer.WriteString("rulesetContentHash", result.Receipt.RulesetContentHash);
        writer.WriteString("evaluationDate", Date(result.Receipt.EvaluationDate));
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one finding.</summary>
    /// <param name="writer">The writer, positioned where a JSON value may start.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        writer.WriteString("obligation", finding.Obligation);
        writer.WriteString("outcome", EnumText.Of(finding.Outcome));
        writer.WritePropertyName("subject");
        WriteReference(writer, finding.Subject);
        writer.WritePropertyName("concerning");
        if (finding.Concerning is { } concerning)
        {
            WriteReference(writer, concerning);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartObject("citation");
        writer.WriteString("clause", finding.Citation.Clause);
        writer.WriteString("rulesetVersion", finding.Citation.RulesetVersion);
        writer.WriteEndObject();
        writer.WriteString("provenance", EnumText.Of(finding.Provenance));
        writer.WriteString("message", finding.Message);
        writer.WriteStartArray("facts");
        foreach (var fact in finding.Facts)
        {
            WriteReference(writer, fact);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("missingFacts");
        foreach (var missing in finding.MissingFacts)
        {
            writer.WriteStringValue(missing);
        }

        writer.WriteEndArray();
        if (finding.Remedied is { } remedied)
        {
            writer.WriteString("remedied", Date(remedied));
        }
        else
        {
            writer.WriteNull("remedied");
        }

        writer.WriteBoolean("requiresPanelDetermination", finding.RequiresPanelDetermination);
        writer.WriteStartArray("conditions");
        foreach (var condition in finding.Conditions)
        {
            writer.WriteStartObject();
            writer.WriteString("condition", condition.Condition);
            writer.WriteString("status", EnumText.Of(condition.Status));
            writer.WriteString("basis", condition.Basis);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Runs <paramref name="write"/> against a writer with the format's options and returns the text.</summary>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a reference to a fact as <c>{ "kind": ..., "id": ... }</c>.</summary>
    /// <param name="writer">The writer, positioned where a JSON value may start.</param>
    /// <param name="reference">The reference.</param>
    public static void WriteReference(Utf8JsonWriter writer, FactRef reference)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("kind", EnumText.Of(reference.Kind));
        writer.WriteString("id", reference.Id);
        writer.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
