using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SecRules.Benchmarks.Measuring;

namespace SecRules.Benchmarks;

/// <summary>
/// The command line started cold, as the packed tool is (ReadyToRun for Linux x64), against a
/// hello-world console app: each run is a new process. The ratio column comes from launching the
/// three alternately, many times, and comparing the median wall times.
/// </summary>
[Config(typeof(Configuration))]
public class StartupBenchmarks
{
    private const string MedianColumn = "Median (alternating)";
    private const string RatioColumn = "vs hello world";
    private const string Evaluation = "examples/seed-second-user-system-from-srp.yaml";

    private string _hello = null!;
    private string _secrules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _hello = Path.Combine(ChildProcess.Publish("benchmarks/HelloWorld/HelloWorld.csproj"), "HelloWorld");
        _secrules = Path.Combine(ChildProcess.Publish("src/SecRules.Cli/SecRules.Cli.csproj", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true"), "secrules");

        var hello = new List<TimeSpan>();
        var rulesets = new List<TimeSpan>();
        var evaluate = new List<TimeSpan>();
        for (var round = 0; round < 25; round++)
        {
            hello.Add(ChildProcess.Run(_hello).Wall);
            rulesets.Add(ChildProcess.Run(_secrules, "rulesets").Wall);
            evaluate.Add(ChildProcess.Run(_secrules, "evaluate", Evaluation, "--ruleset", "post-secmp0057").Wall);
        }

        var (helloMedian, rulesetsMedian, evaluateMedian) = (Median(hello), Median(rulesets), Median(evaluate));
        Ratios.Record(MedianColumn, typeof(StartupBenchmarks), nameof(HelloWorld), string.Empty, Ratios.Milliseconds(helloMedian));
        Ratios.Record(MedianColumn, typeof(StartupBenchmarks), nameof(Rulesets), string.Empty, Ratios.Milliseconds(rulesetsMedian));
        Ratios.Record(MedianColumn, typeof(StartupBenchmarks), nameof(EvaluateOneVersion), string.Empty, Ratios.Milliseconds(evaluateMedian));
        Ratios.Record(RatioColumn, typeof(StartupBenchmarks), nameof(HelloWorld), string.Empty, Ratios.Format(1));
        Ratios.Record(RatioColumn, typeof(StartupBenchmarks), nameof(Rulesets), string.Empty, Ratios.Format(rulesetsMedian / helloMedian));
        Ratios.Record(RatioColumn, typeof(StartupBenchmarks), nameof(EvaluateOneVersion), string.Empty, Ratios.Format(evaluateMedian / helloMedian));
    }

    [Benchmark(Baseline = true)]
    public TimeSpan HelloWorld() => ChildProcess.Run(_hello).Wall;

    [Benchmark(Description = "secrules rulesets")]
    public TimeSpan Rulesets() => ChildProcess.Run(_secrules, "rulesets").Wall;

    [Benchmark(Description = "secrules evaluate --ruleset post-secmp0057")]
    public TimeSpan EvaluateOneVersion() => ChildProcess.Run(_secrules, "evaluate", Evaluation, "--ruleset", "post-secmp0057").Wall;

    private static TimeSpan Median(List<TimeSpan> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddJob(InProcess.Job
                .WithWarmupCount(2).WithIterationCount(15).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new Ratios.Column(MedianColumn, "Median wall time of 25 launches, the three commands alternating"));
            AddColumn(new Ratios.Column(RatioColumn, "That median against the hello-world app's"));
        }
    }
}
