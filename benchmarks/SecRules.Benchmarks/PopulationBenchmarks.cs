using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SecRules.Benchmarks.Measuring;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Rulesets;
using SecRules.Versioning;

namespace SecRules.Benchmarks;

/// <summary>
/// One fact set holding a population of N Parties, evaluated under post-secmp0057. The ratio column
/// is the thread CPU time per Party at N against N = 100, both evaluated alternately in this process
/// over the same number of Parties (the 100-Party population as many times as it takes).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class PopulationBenchmarks
{
    private const string RatioColumn = "CPU/party vs N=100";
    private const string AllocatedColumn = "Allocated/party";

    private ComplianceEngine _engine = null!;
    private RulesetVersion _version = null!;
    private FactSet _population = null!;

    /// <summary>Gets or sets how many Parties the population holds.</summary>
    [Params(100, 1_000, 10_000, 100_000)]
    public int Parties { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = SectionG.Engine;
        _version = SectionG.Rulesets.Get("post-secmp0057");
        _engine.Compile(_version);
        _population = Population.Of(Parties);
        var reference = Population.Of(100);
        Evaluate(reference);
        Evaluate(_population);

        var repeats = Math.Max(1, Parties / 100);
        var comparison = Interleaved.Compare(
            rounds: Parties >= 100_000 ? 3 : 5,
            subject: () => ThreadCpuTime.Of(() => Evaluate(_population)),
            reference: () => ThreadCpuTime.Of(() =>
            {
                for (var repeat = 0; repeat < repeats; repeat++)
                {
                    Evaluate(reference);
                }
            }));
        var parameters = $"{nameof(Parties)}={Parties}";
        Ratios.Record(RatioColumn, typeof(PopulationBenchmarks), nameof(Evaluate), parameters, Ratios.Format(comparison.Ratio));

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        Evaluate(_population);
        Ratios.Record(AllocatedColumn, typeof(PopulationBenchmarks), nameof(Evaluate), parameters, $"{(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Parties / 1024.0:N1} KB");
    }

    [Benchmark]
    public EvaluationResult Evaluate() => Evaluate(_population);

    private EvaluationResult Evaluate(FactSet facts) => _engine.Evaluate(facts, Population.EvaluationDate, _version);

    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddJob(InProcess.Job
                .WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new Ratios.Column(RatioColumn, "Thread CPU time per Party at N against N = 100, alternately in one process over as many Parties"));
            AddColumn(new Ratios.Column(AllocatedColumn, "Memory allocated per Party by one evaluation"));
        }
    }
}
