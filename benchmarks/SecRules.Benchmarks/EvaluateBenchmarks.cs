using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SecRules.Benchmarks.Measuring;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
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
    private static readonly DateOnly ScaledDate = new(2026, 6, 30);

    private ComplianceEngine _engine = null!;
    private RulesetVersion _version = null!;
    private Scenario _seed = null!;
    private FactSet _systems = null!;

    /// <summary>Gets or sets how many User Systems the scaled scenario's User employs.</summary>
    [Params(2, 10, 50)]
    public int UserSystems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = SectionG.Engine;
        _version = SectionG.Rulesets.Get("post-secmp0057");
        _engine.Compile(_version);
        _seed = ScenarioReader.Read("seed.yaml", Seed);
        var first = new DateOnly(2017, 6, 1);
        _systems = new FactSet
        {
            Parties = [new Party { Id = "P1", Name = "Example Energy", Category = PartyCategory.LargeSupplier, UserEntryCompleted = first }],
            UserSystems = [.. Enumerable.Range(1, UserSystems).Select(index => new UserSystem
            {
                Id = $"S{index}",
                Owner = "P1",
                FirstEmployed = new FactTime(first.AddMonths(index * 2)),
            })],
            SscNotifications = [.. Enumerable.Range(2, UserSystems - 1).Select(index => new SscNotification
            {
                Id = $"N{index}",
                Party = "P1",
                UserSystem = $"S{index}",
                Sent = new FactTime(first.AddMonths(index * 2).AddDays(-20)),
            })],
        };

        var direct = new DirectEvaluation(_version);
        Compare(direct, nameof(SeedScenario), _seed.Facts, _seed.EvaluationDate);
        Compare(direct, nameof(ScaledUserSystems), _systems, ScaledDate);
    }

    [Benchmark(Baseline = true)]
    public EvaluationResult SeedScenario() => _engine.Evaluate(_seed.Facts, _seed.EvaluationDate, _version);

    [Benchmark]
    public EvaluationResult ScaledUserSystems() => _engine.Evaluate(_systems, ScaledDate, _version);

    private void Compare(DirectEvaluation direct, string benchmark, FactSet facts, DateOnly date)
    {
        if (Describe(_engine.Evaluate(facts, date, _version).Findings) != Describe(direct.Findings(facts, date)))
        {
            throw new InvalidOperationException($"The decision code called directly no longer gives the engine's findings for {benchmark}; align DirectEvaluation with the rules.");
        }

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

    private static string Describe(IEnumerable<Finding> findings) => string.Join(
        "\n",
        findings.Select(finding => $"{finding} {finding.Message} [{string.Join(", ", finding.Facts)}] [{string.Join("; ", finding.MissingFacts)}] [{string.Join("; ", finding.Conditions)}]"));

    // The seed document's own case, as examples/seed-second-user-system-from-srp.yaml states it; held
    // here so that the benchmark does not depend on the folder it runs from.
    private const string Seed = """
        scenario: Seed case, a second User System from a Shared Resource Provider without notice
        evaluation-date: 2019-06-30
        parties:
          - { id: P1, name: Example Energy, category: small-supplier, roles: [import-supplier, gas-supplier], domestic-premises: 120000, user-entry-completed: 2017-06-01 }
        shared-resource-providers:
          - { id: SRP1, name: Shared Platform Ltd }
        user-systems:
          - { id: S1, owner: P1, provider: in-house, first-employed: 2017-06-01 }
          - { id: S2, owner: P1, provider: SRP1, first-employed: 2019-05-01 }
        assessments:
          - { id: A1, subject: P1, kind: full, initial: true, fieldwork: 2017-03-10, report-issued: 2017-03-31, response-due: 2017-04-28, response-submitted: 2017-04-20, assurance-status: Approved, status-assigned: 2017-05-12 }
          - { id: A2, subject: SRP1, kind: full, fieldwork: 2019-01-10, report-issued: 2019-01-20, response-due: 2019-02-20, response-submitted: 2019-02-15 }
        """;

    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddJob(InProcess.Job.WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new Ratios.Column(RatioColumn, "Thread CPU time of the engine against the rules' decision code called directly, alternately in one process"));
        }
    }
}
