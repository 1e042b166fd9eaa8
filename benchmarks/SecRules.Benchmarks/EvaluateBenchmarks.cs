using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SecRules.Benchmarks.Measuring;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Rulesets;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Benchmarks;

/// <summary>
/// One evaluation under post-secmp0057: the seed document's scenario as shipped, and a User with a
/// growing number of User Systems, each notified to the SSC, to show how the cost scales with facts.
/// The ratio column compares each with the rules' own decision code called directly on the same facts
/// (<see cref="DirectEvaluation"/>), which gives the same findings: the two run alternately in this
/// process, and their thread CPU time is compared.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class EvaluateBenchmarks
{
    private const string RatioColumn = "vs decision code";

    private ComplianceEngine _engine = null!;
    private RulesetVersion _version = null!;
    private Scenario _seed = null!;
    private FactSet _systems = null!;

    /// <summary>Gets or sets how many User Systems the scaled scenario's User employs.</summary>
    [ParamsSource(nameof(UserSystemCounts))]
    public int UserSystems { get; set; }

    /// <summary>Gets the User System counts measured, those <see cref="FindingsCheck"/> checks.</summary>
    public static IEnumerable<int> UserSystemCounts => EvaluationInputs.ScaledUserSystemCounts;

    /// <summary>Compiles the version, builds the inputs, checks the reference gives the engine's findings on each, and measures the ratios.</summary>
    /// <exception cref="InvalidOperationException">The reference does not give the engine's findings.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _engine = SectionG.Engine;
        _version = SectionG.Rulesets.Get("post-secmp0057");
        _engine.Compile(_version);
        _seed = EvaluationInputs.Seed();
        _systems = EvaluationInputs.ScaledUserSystems(UserSystems);

        var direct = new DirectEvaluation(_version);
        Compare(direct, nameof(SeedScenario), _seed.Facts, _seed.EvaluationDate);
        Compare(direct, nameof(ScaledUserSystems), _systems, EvaluationInputs.ScaledDate);
    }

    [Benchmark(Baseline = true)]
    public EvaluationResult SeedScenario() => _engine.Evaluate(_seed.Facts, _seed.EvaluationDate, _version);

    [Benchmark]
    public EvaluationResult ScaledUserSystems() => _engine.Evaluate(_systems, EvaluationInputs.ScaledDate, _version);

    private void Compare(DirectEvaluation direct, string benchmark, FactSet facts, DateOnly date)
    {
        FindingsCheck.EnsureSame(benchmark, _version, _engine.Evaluate(facts, date, _version).Findings, direct.Findings(facts, date));

        const int Repeats = 200;
        var comparison = Interleaved.Compare(
            rounds: 7,
            subject: () => ThreadCpuTime.Of(() =>
            {
                for (var repeat = 0; repeat < Repeats; repeat++)
                {
                    _engine.Evaluate(facts, date, _version);
                }
            }),
            reference: () => ThreadCpuTime.Of(() =>
            {
                for (var repeat = 0; repeat < Repeats; repeat++)
                {
                    direct.Findings(facts, date);
                }
            }));
        Ratios.Record(RatioColumn, typeof(EvaluateBenchmarks), benchmark, $"{nameof(UserSystems)}={UserSystems}", Ratios.Format(comparison.Ratio));
    }

    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddJob(InProcess.Job.WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new Ratios.Column(RatioColumn, "Thread CPU time of the engine against the rules' decision code called directly, alternately in one process"));
        }
    }
}
