using System.Diagnostics;
using SecRules.Cli.Rendering.Text;
using SecRules.Exploration;

namespace SecRules.Cli.Terminal;

/// <summary>
/// Reports an exploration's progress on standard error, so that standard output stays the same on
/// every run. On a terminal, one line redrawn in place a few times a second, with the time left, and
/// erased at the end; in a file or a pipe, nothing for a run that ends within a few seconds, then a
/// line every few seconds.
/// </summary>
internal sealed class ExploreProgress : IProgress<ExplorationProgress>
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter _error;
    private readonly bool _inPlace;
    private readonly Func<TimeSpan> _elapsed;
    private readonly Lock _lock = new();
    private TimeSpan _next;
    private long _latest;
    private bool _drawn;

    /// <param name="error">Standard error.</param>
    /// <param name="inPlace">Whether standard error is a terminal, where one line can be redrawn.</param>
    /// <param name="elapsed">The time since the exploration began; a stopwatch started now when not given.</param>
    public ExploreProgress(TextWriter error, bool inPlace, Func<TimeSpan>? elapsed = null)
    {
        _error = error;
        _inPlace = inPlace;
        _next = inPlace ? RedrawInterval : LineInterval;
        var clock = Stopwatch.StartNew();
        _elapsed = elapsed ?? (() => clock.Elapsed);
    }

    public void Report(ExplorationProgress value)
    {
        lock (_lock)
        {
            // Threads report in any order; a count lower than one already seen is stale.
            var elapsed = _elapsed();
            var done = value.Explored >= value.Total;
            if (value.Explored <= _latest || (elapsed < _next && !done))
            {
                return;
            }

            _latest = value.Explored;
            if (done)
            {
                Finish();
                return;
            }

            _next = elapsed + (_inPlace ? RedrawInterval : LineInterval);
            var line = Describe(value, elapsed);
            if (_inPlace)
            {
                // Erase to the end of the line, so that a shorter line leaves nothing of the one before.
                _error.Write($"\r{line}\u001b[K");
                _error.Flush();
                _drawn = true;
            }
            else
            {
                _error.WriteLine(line);
            }
        }
    }

    private void Finish()
    {
        if (_drawn)
        {
            _error.Write("\r\u001b[K");
            _error.Flush();
        }
        else if (!_inPlace && _next != LineInterval)
        {
            // A run long enough to have reported says that it ended.
            _error.WriteLine($"explore: {TextFormat.Number(_latest)} of {TextFormat.Number(_latest)} generated scenarios (100%)");
        }
    }

    private static string Describe(ExplorationProgress value, TimeSpan elapsed)
    {
        var rate = value.Explored / Math.Max(elapsed.TotalSeconds, 0.001);
        var left = TimeSpan.FromSeconds(Math.Ceiling((value.Total - value.Explored) / Math.Max(rate, 0.001)));
        return $"explore: {TextFormat.Number(value.Explored)} of {TextFormat.Number(value.Total)} generated scenarios ({100 * value.Explored / value.Total}%), "
            + $"{TextFormat.Number((long)rate)} a second, about {Duration(left)} left";
    }

    private static string Duration(TimeSpan time) =>
        time.TotalHours >= 1 ? $"{(int)time.TotalHours}h {time.Minutes:00}m"
        : time.TotalMinutes >= 1 ? $"{(int)time.TotalMinutes}m {time.Seconds:00}s"
        : $"{(int)time.TotalSeconds}s";
}
