using BenchmarkDotNet.Attributes;
using SecRules.Engine;
using SecRules.Exploration;
using SecRules.Rulesets;
using SecRules.Rulesets.Exploration;
using SecRules.Versioning;

namespace SecRules.Benchmarks;

/// <summary>
/// Throughput of explore from post-secmp0044 to post-secmp0057: generated scenarios explored per
/// second (each evaluated under both versions, with those derived from its findings).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExploreBenchmarks
{
    private ComplianceEngine _engine = null!;
    private RulesetVersion _from = null!;
    private RulesetVersion _to = null!;
    private ScenarioSpace _space = null!;

    /// <summary>Gets or sets how many generated scenarios each run explores, spread over the whole space.</summary>
    [Params(10_000, 100_000)]
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
    }

    [Benchmark]
    public ExplorationResult Explore() =>
        Explorer.Explore(_engine, _from, _to, _space, new ExplorationOptions { Limit = Scenarios });
}
