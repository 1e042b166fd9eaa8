using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NRules;
using NRules.Fluent;
using SecRules.Benchmarks.Measuring;
using SecRules.Engine;
using SecRules.Rulesets;

namespace SecRules.Benchmarks;

/// <summary>
/// Compiling every shipped version, cold: each measurement is a fresh process (this program with
/// <c>--cold-compile</c>) that loads the rulesets, then compiles all four versions and reports how
/// long that took. The engine compiles with FastExpressionCompiler, or interprets; the reference is
/// NRules' own compiler (Expression.Compile). The modes are launched alternately.
/// </summary>
[Config(typeof(Configuration))]
public class CompileBenchmarks
{
    private const string MedianColumn = "Compile, cold (median)";
    private const string RatioColumn = "vs NRules' compiler";
    private const int Rounds = 15;

    /// <summary>Gets or sets how the engine prepares the rules.</summary>
    [Params(RuleCompilation.Compiled, RuleCompilation.Interpreted)]
    public RuleCompilation Compilation { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var subject = new List<TimeSpan>();
        var reference = new List<TimeSpan>();
        for (var round = 0; round < Rounds; round++)
        {
            reference.Add(Launch("nrules"));
            subject.Add(Launch(Compilation.ToString()));
        }

        subject.Sort();
        reference.Sort();
        var parameters = $"{nameof(Compilation)}={Compilation}";
        Ratios.Record(MedianColumn, typeof(CompileBenchmarks), nameof(CompileEveryVersion), parameters, Ratios.Milliseconds(subject[Rounds / 2]));
        Ratios.Record(RatioColumn, typeof(CompileBenchmarks), nameof(CompileEveryVersion), parameters, Ratios.Format(subject[Rounds / 2] / reference[Rounds / 2]));
    }

    /// <summary>One fresh process that loads the rulesets and compiles every version; the whole process is timed.</summary>
    [Benchmark]
    public TimeSpan CompileEveryVersion() => Launch(Compilation.ToString());

    /// <summary>
    /// In a fresh process: loads the shipped rulesets, then compiles every version one way and
    /// writes the milliseconds that took.
    /// </summary>
    /// <param name="mode">Compiled, Interpreted, or nrules for NRules' own compiler.</param>
    /// <returns>The milliseconds, as the child writes them.</returns>
    public static string ColdCompile(string mode)
    {
        var library = SectionG.Rulesets;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (mode == "nrules")
        {
            foreach (var version in library.Versions)
            {
                var rules = version.Obligations.Select(obligation => SectionG.Catalog.TryGet(obligation.Id, out var type) ? type.CreateRule(obligation, version) : null!);
                _ = new RuleCompiler().Compile(new RuleDefinitionFactory().Create(rules));
            }
        }
        else
        {
            var engine = new ComplianceEngine(library, Enum.Parse<RuleCompilation>(mode));
            foreach (var version in library.Versions)
            {
                engine.Compile(version);
            }
        }

        return watch.Elapsed.TotalMilliseconds.ToString("R", CultureInfo.InvariantCulture);
    }

    private static TimeSpan Launch(string mode)
    {
        var output = ChildProcess.Run("dotnet", typeof(CompileBenchmarks).Assembly.Location, "--cold-compile", mode).Output;
        return TimeSpan.FromMilliseconds(double.Parse(output.Trim(), CultureInfo.InvariantCulture));
    }

    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddJob(InProcess.Job
                .WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new Ratios.Column(MedianColumn, "Median, over fresh processes, of compiling all four versions after loading the rulesets"));
            AddColumn(new Ratios.Column(RatioColumn, "That median against NRules' own compiler, the processes alternating"));
        }
    }
}
