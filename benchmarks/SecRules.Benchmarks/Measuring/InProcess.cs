using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace SecRules.Benchmarks.Measuring;

/// <summary>
/// The job of benchmarks whose setup measures a ratio: they run in the process that prints the
/// summary, so that the summary's columns can show what the setup measured.
/// </summary>
internal static class InProcess
{
    /// <summary>Gets a job run in process, with room for the population of 100,000 Parties and the whole explore.</summary>
    public static Job Job { get; } = Job.Default.WithToolchain(new InProcessNoEmitToolchain(TimeSpan.FromHours(1), logOutput: true));
}
