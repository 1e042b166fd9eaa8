using SecRules.Exploration;

namespace SecRules.Cli.Text;

/// <summary>The readable text form of an exploration.</summary>
internal static class ExploreReport
{
    private const int MessageWidth = 96;

    public static void Write(TextWriter writer, ExplorationResult result, string? written)
    {
        writer.WriteLine($"From: {ComparisonText.Version(result.Text.From)}");
        writer.WriteLine($"To:   {ComparisonText.Version(result.Text.To)}");
        writer.WriteLine();
        DiffReport.WriteText(writer, result.Text);
        writer.WriteLine();
        writer.WriteLine(Coverage(result));
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
            table.Add(TextFormat.Number(index + 1), found.Transition.Obligation, Impact.OutcomeTransition.Name(found.Transition.Before),
                Impact.OutcomeTransition.Name(found.Transition.After), TextFormat.Number(found.Scenarios), $"{found.Example.Facts.All.Count()} facts");
        }

        table.Write(writer, "  ");
        for (var index = 0; index < result.Classes.Count; index++)
        {
            writer.WriteLine();
            WriteClass(writer, index + 1, result.Classes[index], written);
        }

        var unchanged = Unchanged(result).ToList();
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

    /// <summary>Says how much of the space was explored.</summary>
    public static string Coverage(ExplorationResult result) =>
        $"Explored {TextFormat.Number(result.Explored)} of {TextFormat.Number(result.Space.Count)} generated scenarios"
        + (result.IsLimited ? " (limited, spread evenly over the space)" : string.Empty)
        + $", {TextFormat.Number(result.Evaluated)} evaluated with those derived from findings, at {TextFormat.Date(result.Space.EvaluationDate)}: "
        + $"{TextFormat.Number(result.Differing)} give a finding that differs, in {TextFormat.Number(result.Classes.Count)} class{(result.Classes.Count == 1 ? string.Empty : "es")}.";

    /// <summary>Lists the values of each dimension that explored scenarios took and none of which differ.</summary>
    public static IEnumerable<(string Dimension, ValueStatistics Value)> Unchanged(ExplorationResult result) =>
        result.Dimensions.SelectMany(dimension => dimension.Values
            .Where(value => value.Scenarios > 0 && value.Differing == 0)
            .Select(value => (dimension.Dimension, value)));

    /// <summary>Lists the dimensions on which the class depends, with the values its scenarios took.</summary>
    public static IEnumerable<DimensionValues> OnlyWith(DifferenceClass found) =>
        found.ValuesTaken.Where(taken => !taken.IsEveryValue && taken.Values.Count > 0);

    /// <summary>Writes the values a class took: listed, or as all but those it did not take when that is shorter.</summary>
    public static string Values(DimensionValues taken, string separator) =>
        taken.Missing.Count < taken.Values.Count
            ? $"any but {string.Join(separator, taken.Missing)}"
            : string.Join(separator, taken.Values);

    private static void WriteClass(TextWriter writer, int number, DifferenceClass found, string? written)
    {
        var label = $"{number}. ";
        var indent = new string(' ', label.Length);
        writer.WriteLine($"{label}{found.Transition.Obligation}: {found.Transition.Describe()} ({TextFormat.Number(found.Scenarios)} scenarios)");
        TextFormat.WriteWrapped(writer, $"{indent}before: ", ComparisonText.Side(found.ExampleChange.Before), MessageWidth);
        TextFormat.WriteWrapped(writer, $"{indent}after:  ", ComparisonText.Side(found.ExampleChange.After), MessageWidth);
        foreach (var taken in OnlyWith(found))
        {
            TextFormat.WriteWrapped(writer, $"{indent}only with {taken.Dimension}: ", Values(taken, " | "), MessageWidth);
        }

        var example = string.Join("; ", found.ExampleValues.Select(pair => $"{pair.Dimension} {pair.Value}"));
        TextFormat.WriteWrapped(writer, $"{indent}smallest: ", $"{found.Example.Facts.All.Count()} facts: {example}", MessageWidth);
        if (written is not null)
        {
            writer.WriteLine($"{indent}written:  {Path.Combine(written, found.Example.File).Replace('\\', '/')}");
        }
    }
}
