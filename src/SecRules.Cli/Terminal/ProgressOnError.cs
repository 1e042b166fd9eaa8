using System.Diagnostics;
using SecRules.Cli.Rendering.Text;
using SecRules.Exploration;

namespace SecRules.Cli.Terminal;

/// <summary>
/// Reports an exploration's progress on standard error, so that standard output stays the same on
/// every run: nothing for a run that ends within a few seconds, then a line every few seconds.
/// </summary>
internal sealed class ProgressOnError(TextWriter error) : IProgress<ExplorationProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _next = Interval;
    private long _latest;

    public void Report(ExplorationProgress value)
    {
        lock (_lock)
        {
            // Threads report in any order; a count lower than one already seen is stale.
            var elapsed = _clock.Elapsed;
            if (value.Explored <= _latest || (elapsed < _next && value.Explored < value.Total))
            {
                return;
            }

            _latest = value.Explored;
            if (value.Explored == value.Total && _next == Interval)
            {
                return;
            }

            _next = elapsed + Interval;
            var rate = value.Explored / Math.Max(elapsed.TotalSeconds, 0.001);
            error.WriteLine($"explore: {TextFormat.Number(value.Explored)} of {TextFormat.Number(value.Total)} generated scenarios ({100 * value.Explored / value.Total}%), {TextFormat.Number((long)rate)} a second");
        }
    }
}
