using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using SecRules.Benchmarks.Measuring;
using SecRules.Engine;
using SecRules.Exploration;
using SecRules.Rulesets;
using SecRules.Rulesets.Exploration;
using SecRules.Versioning;

namespace SecRules.Benchmarks;

/// <summary>
/// Explore from post-secmp0044 to post-secmp0057, the whole space (1,205,640 generated scenarios) and a
/// tenth of it spread over the whole. The ratio column compares its CPU time per scenario with that
/// of evaluating every scenario with every rule of both versions (the exhaustive way it is tested
/// against, whose cost per scenario does not depend on how many are explored; measured on 10,000
/// spread over the space), the two alternating in this process, by process CPU time since explore
/// uses every core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class ExploreBenchmarks
{
    private const string RatioColumn = "CPU/scenario vs exhaustive";
    private const long Sample = 10_000;

    private ComplianceEngine _engine = null!;
    private RulesetVersion _from = null!;
    private RulesetVersion _to = null!;
    private ScenarioSpace _space = null!;

    /// <summary>Gets or sets how many generated scenarios each run explores, spread over the whole space.</summary>
    [Params(120_564, 1_205_640)]
    public int Scenarios { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = SectionG.Engine;
        _from = SectionG.Rulesets.Get("post-secmp0044");
        _to = SectionG.Rulesets.Get("post-secmp0057");
        _space = SectionGSpace.For(SectionG.Rulesets, _from, _to);
        _ = _space.Count;
        _engine.Compile(_from);
        _engine.Compile(_to);

        var comparison = Interleaved.Compare(
            rounds: 3,
            subject: () => ProcessCpu(() => Explore()) / Scenarios,
            reference: () => ProcessCpu(() => Explorer.Explore(_engine, _from, _to, _space, new ExplorationOptions { Limit = Sample, Exhaustive = true })) / Sample);
        Ratios.Record(RatioColumn, typeof(ExploreBenchmarks), nameof(Explore), $"{nameof(Scenarios)}={Scenarios}", Ratios.Format(comparison.Ratio));
    }

    [Benchmark]
    public ExplorationResult Explore() =>
        Explorer.Explore(_engine, _from, _to, _space, new ExplorationOptions { Limit = Scenarios });

    private static TimeSpan ProcessCpu(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        action();
        process.Refresh();
        return process.TotalProcessorTime - start;
    }

    private sealed class Configuration : ThroughputConfig
    {
        public Configuration()
        {
            AddJob(InProcess.Job
                .WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new Ratios.Column(RatioColumn, "Process CPU time per scenario of explore against evaluating every scenario with every rule (10,000 of them), alternately"));
        }
    }
}
