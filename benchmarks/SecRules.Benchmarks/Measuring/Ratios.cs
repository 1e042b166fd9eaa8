using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SecRules.Benchmarks.Measuring;

/// <summary>
/// What each benchmark case measured against its reference, side by side in one process, shown as
/// columns of the summary. Benchmarks that use it run in process, so the setup that measures and
/// the summary that prints share this table.
/// </summary>
internal static class Ratios
{
    private static readonly ConcurrentDictionary<string, string> Values = new();

    /// <summary>Records a value for a case.</summary>
    /// <param name="column">The column's name.</param>
    /// <param name="benchmarks">The class of the case.</param>
    /// <param name="method">The benchmark method of the case.</param>
    /// <param name="parameters">The case's parameters as <c>Name=value</c>, comma-separated; empty for none.</param>
    /// <param name="value">The value to show.</param>
    public static void Record(string column, Type benchmarks, string method, string parameters, string value) =>
        Values[$"{column}|{benchmarks.Name}.{method}:{parameters}"] = value;

    /// <summary>Formats a ratio as the summary shows it.</summary>
    public static string Format(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    /// <summary>Formats a duration in milliseconds.</summary>
    public static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    /// <summary>A column showing one recorded value for each case.</summary>
    /// <param name="name">The column's name, the key values are recorded under.</param>
    /// <param name="legend">What the column shows.</param>
    internal sealed class Column(string name, string legend) : IColumn
    {
        public string Id => $"{nameof(Ratios)}.{name}";

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => false;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            Values.TryGetValue($"{name}|{KeyOf(benchmarkCase)}", out var value) ? value : "-";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        private static string KeyOf(BenchmarkCase benchmarkCase) =>
            $"{benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethod.Name}:"
            + string.Join(",", benchmarkCase.Parameters.Items.Select(parameter => $"{parameter.Name}={parameter.Value}"));
    }
}
