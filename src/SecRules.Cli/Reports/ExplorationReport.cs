using SecRules.Cli.Reports.Timelines;
using SecRules.Exploration;

namespace SecRules.Cli.Reports;

/// <summary>What <c>explore</c> found: the classes of generated scenarios whose findings differ between two versions.</summary>
/// <param name="Result">The exploration.</param>
/// <param name="CommandLine">The command a reader would run to make the same report, naming no path of this machine.</param>
/// <param name="Written">The folder the smallest scenarios were written to, if any.</param>
internal sealed record ExplorationReport(ExplorationResult Result, string CommandLine, string? Written)
{
    /// <summary>Gets the values of each dimension that explored scenarios took and none of which differ.</summary>
    public IEnumerable<(string Dimension, ValueStatistics Value)> Unchanged =>
        Result.Dimensions.SelectMany(dimension => dimension.Values
            .Where(value => value.Scenarios > 0 && value.Differing == 0)
            .Select(value => (dimension.Dimension, value)));

    /// <summary>Gets the statistics of the dimension that says who the User is, when the space has it.</summary>
    public DimensionStatistics? Who =>
        Result.Dimensions.FirstOrDefault(dimension => dimension.Dimension == Result.Space.WhoDimension);

    /// <summary>Gets, for each value of the dimension that says who the User is, how many scenarios were explored with it and how many of those differ.</summary>
    public IReadOnlyList<AffectedGroup> Affected =>
        Who is { } who ? [.. who.Values.Select(value => new AffectedGroup(value.Label, value.Scenarios, value.Differing))] : [];

    /// <summary>Gets the timeline of the User of a class's smallest scenario, against the dates the two versions took effect.</summary>
    public IReadOnlyList<UserTimeline> Timelines(DifferenceClass found) =>
        UserTimeline.Of(found.Example.Facts, found.Example.EvaluationDate, [Result.Text.From, Result.Text.To]);

    /// <summary>Lists the dimensions on which a class depends, with the values its scenarios took.</summary>
    public static IEnumerable<DimensionValues> OnlyWith(DifferenceClass found) =>
        found.ValuesTaken.Where(taken => !taken.IsEveryValue && taken.Values.Count > 0);

    /// <summary>Writes the values a class took: listed, or as all but those it did not take when that is shorter.</summary>
    public static string Values(DimensionValues taken, string separator) =>
        taken.Missing.Count < taken.Values.Count
            ? $"any but {string.Join(separator, taken.Missing)}"
            : string.Join(separator, taken.Values);
}
