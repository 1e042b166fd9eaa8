using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SecRules.Benchmarks;

/// <summary>Adds a column with the generated scenarios explored per second, from the <c>Scenarios</c> parameter and the mean time.</summary>
public class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig() => AddColumn(new ScenariosPerSecondColumn());

    private sealed class ScenariosPerSecondColumn : IColumn
    {
        public string Id => nameof(ScenariosPerSecondColumn);

        public string ColumnName => "Scenarios/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Generated scenarios explored per second (each under both versions)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var scenarios = benchmarkCase.Parameters.Items.FirstOrDefault(parameter => parameter.Name == "Scenarios")?.Value;
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return scenarios is int count && mean is > 0
                ? (count / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
